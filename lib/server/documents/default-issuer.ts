import "server-only";

/** The signatory of a steering committee's document when nothing else is set: on behalf of the committee, its head. */
export const DEFAULT_SIGNER = { authority: "TM. BAN CHỈ ĐẠO", title: "TRƯỞNG BAN", name: "" } as const;

/** Issuer lines and place of a unit's steering committee without settings: "UBND <unit>" over "BAN CHỈ ĐẠO 138". */
export function defaultIssuer(unitName: string, provinceName?: string | null) {
  return {
    issuer: [`UBND ${unitName.toUpperCase()}`, "BAN CHỈ ĐẠO 138"],
    place: (provinceName ?? unitName).replace(/^(Tỉnh|Thành phố)\s+/u, ""),
  };
}
