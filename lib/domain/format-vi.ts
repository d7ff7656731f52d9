// Number formatting for Vietnamese messages (domain.md §9: numbers 1.234,5 in vi-VN).

const cache = new Map<number, Intl.NumberFormat>();

/** Formats with vi-VN separators and at most `maxDecimals` decimals (trailing zeros dropped). */
export function formatNumberVi(value: number, maxDecimals = 1): string {
  let nf = cache.get(maxDecimals);
  if (!nf) {
    nf = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: maxDecimals });
    cache.set(maxDecimals, nf);
  }
  return nf.format(value);
}

/** "12,5%" style percentage for messages; `value` is already a percentage (0..100). */
export function formatPercentVi(value: number, maxDecimals = 1): string {
  return `${formatNumberVi(value, maxDecimals)}%`;
}

/**
 * Rounds half away from zero to `decimals` places without binary artefacts
 * (1.005 → 1.01, not 1.00), using exponent shifting on the decimal string.
 */
export function roundHalfUp(value: number, decimals = 1): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const abs = Math.abs(value);
  // Tiny or huge numbers print in exponent form; plain scaling is accurate enough there.
  if (String(abs).includes("e")) return (sign * Math.round(abs * 10 ** decimals)) / 10 ** decimals;
  const shifted = Math.round(Number(`${abs}e${decimals}`));
  return sign * Number(`${shifted}e-${decimals}`);
}
