/** Shared by the generator and the benchmark (issue #8). */
export const BENCH_DATABASE = "bcd_bench";
/** Password of every generated account (hashed once by the generator). */
export const BENCH_PASSWORD = "ChuyenHoa2026";
