import { seededRandom } from "./random";

/** Base monthly level of each count (flows per month, stocks as a level). */
export const LEVEL: Record<string, [number, number]> = {
  HS_VU: [3, 9],
  HS_TRUY_TO: [4, 15],
  HS_GDTX: [2, 8],
  HS_QLNV: [5, 20],
  HS_TRUY_NA: [0, 3],
  HS_BANG_NHOM: [0, 2],
  HS_TU_DIEM: [0, 3],
  HS_TO_GIAC: [4, 12],
  MT_VU: [1, 5],
  MT_TU_DIEM: [1, 4],
  MT_QLNV: [5, 18],
  MT_NGHIEN: [8, 30],
  MT_SU_DUNG: [10, 40],
  MT_TRONG: [0, 1],
  KT_VU: [0, 4],
  KT_QLNV: [2, 8],
  KT_HANG_GIA: [0, 3],
  KT_MOI_TRUONG: [0, 2],
  KQ_RNT_XAY_RA: [0, 1],
  KQ_HET_AN: [20, 60],
  KQ_MO_HINH: [1, 3],
  KQ_TONG_HO: [1500, 4000],
};

/**
 * A commune's own profile, the same for the monthly figures and the survey figures of its proposals: the
 * base monthly level of each count, and whether its crime rises (about one in six) instead of falling.
 */
export function communeProfile(communeCode: string): { rising: boolean; base: Map<string, number> } {
  const r = seededRandom(`commune:${communeCode}`);
  const rising = r() < 0.17;
  const base = new Map(Object.entries(LEVEL).map(([code, [lo, hi]]) => [code, lo + r() * (hi - lo)]));
  return { rising, base };
}
