// Tests run outside Next's server runtime; the "server-only" guard is a no-op there.
export {};
