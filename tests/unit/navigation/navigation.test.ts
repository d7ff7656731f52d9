import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { coversPath, currentLink } from "@/lib/navigation/current-item";
import { NAV_GROUPS, navFor } from "@/lib/navigation/items";

// Issue #16 §6: every page of the signed-in area sits in a task group, each entry shows only to the roles whose
// permission its page checks, and the page the user is on is marked.

const APP_DIR = path.resolve(import.meta.dirname, "../../../app/(app)");

/** Page routes under app/(app) as navigation paths ("[id]" → "*"), with the page file's text. */
function pages(dir = APP_DIR, route = ""): { path: string; source: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pages(full, `${route}/${entry.name.startsWith("[") ? "*" : entry.name}`);
    return entry.name === "page.tsx" ? [{ path: route || "/", source: readFileSync(full, "utf8") }] : [];
  });
}

const ITEMS = NAV_GROUPS.flatMap((group) => group.items);
// The catch-all 404 page (app/(app)/[...missing]) is no destination.
const PAGES = pages().filter((page) => page.path !== "/*");

const actorAs = (role: Role): Actor =>
  ({
    userId: "u",
    username: "u",
    fullName: "U",
    role,
    agencyId: null,
    unitId: "unit-1",
    unitName: "Đơn vị",
    unitLevel: "PROVINCE",
    provinceId: "p",
    unitLineage: ["p"],
    sessionId: null,
    mustChangePassword: false,
  }) as Actor;

describe("navigation paths", () => {
  it("covers a page and the pages under it; a wildcard stands for one segment; home covers only itself", () => {
    expect(coversPath("/monthly", "/monthly")).toBe(true);
    expect(coversPath("/monthly", "/monthly/abc/2026/11")).toBe(true);
    expect(coversPath("/monthly", "/monthlyx")).toBe(false);
    expect(coversPath("/programme/*/plans", "/programme/2025/plans/s1/document")).toBe(true);
    expect(coversPath("/programme/*/plans", "/programme/2025")).toBe(false);
    expect(coversPath("/", "/")).toBe(true);
    expect(coversPath("/", "/monthly")).toBe(false);
  });

  it("marks the most specific entry: literal segments over wildcards, deeper over shallower", () => {
    const links = ["/units/*", "/units/changes", "/monthly", "/monthly/indicators"].map((path) => ({ path }));
    expect(currentLink("/units/changes", links)?.path).toBe("/units/changes");
    expect(currentLink("/units/abc", links)?.path).toBe("/units/*");
    expect(currentLink("/monthly/indicators", links)?.path).toBe("/monthly/indicators");
    expect(currentLink("/monthly/abc/2026/11", links)?.path).toBe("/monthly");
    expect(currentLink("/khong-co", links)).toBeUndefined();
  });
});

describe("every page is placed", () => {
  it.each(PAGES.map((page) => page.path))("an entry covers %s", (route) => {
    const sample = route.replaceAll("*", "x1");
    expect(currentLink(sample, ITEMS), route).toBeDefined();
  });

  it("gives every entry whose route has a dynamic segment an address of its own", () => {
    expect(ITEMS.filter((item) => item.path.includes("*") && !item.href).map((item) => item.path)).toEqual([]);
  });

  it.each(ITEMS.map((item) => [item.path, item.permission] as const))(
    "the entry %s carries the permission its page checks (%s)",
    (itemPath, permission) => {
      const page = PAGES.find((candidate) => candidate.path === itemPath);
      expect(page, `no page at ${itemPath}`).toBeDefined();
      const checked = page!.source.match(/requirePageActor\("([^"]+)"/)?.[1];
      expect(permission).toBe(checked);
    },
  );
});

describe("each role sees its groups", () => {
  const groupsOf = (role: Role, programmeYear: number | null = 2026) =>
    navFor(actorAs(role), { programmeYear }).map((group) => group.id);

  // Every role has the home page and its account; these are the groups in between.
  it.each([
    ["ADMIN", ["monthly", "evaluation", "monitoring", "committee", "admin"]],
    ["PROVINCE_SECRETARIAT", ["programme", "monthly", "evaluation", "monitoring", "committee", "admin"]],
    ["PROVINCE_LEADER", ["programme", "monthly", "evaluation", "monitoring", "admin"]],
    ["DISTRICT_COMMITTEE", ["programme", "monthly", "evaluation", "monitoring", "committee", "admin"]],
    ["COMMUNE_POLICE", ["programme", "monthly", "admin"]],
    ["AGENCY_MEMBER", ["monitoring", "committee"]],
    ["MINISTRY_OFFICE", ["programme", "monthly", "evaluation", "monitoring", "committee", "admin"]],
  ] as const)("%s", (role, groups) => {
    expect(groupsOf(role)).toEqual(["home", ...groups, "account"]);
  });

  it("links the newest programme year, and hides its pages while the province has none", () => {
    const links = (programmeYear: number | null) =>
      navFor(actorAs("DISTRICT_COMMITTEE"), { programmeYear }).find((group) => group.id === "programme")!.items;
    expect(links(2026).map((link) => link.href)).toEqual([
      "/programme",
      "/programme/2026/proposals",
      "/programme/2026/plans",
    ]);
    expect(links(null).map((link) => link.href)).toEqual(["/programme"]);
  });

  it("hides a province's awards overview from an account without a province (it answered 404 from the menu)", () => {
    const hrefs = (actor: Actor) => navFor(actor, { programmeYear: null }).flatMap((g) => g.items.map((i) => i.href));
    expect(hrefs(actorAs("PROVINCE_LEADER"))).toContain("/awards/overview");
    expect(hrefs({ ...actorAs("MINISTRY_OFFICE"), provinceId: "p" })).toContain("/awards/overview");
    for (const role of ["ADMIN", "MINISTRY_OFFICE"] as const)
      expect(hrefs({ ...actorAs(role), provinceId: null })).not.toContain("/awards/overview");
  });

  it("names the monthly page after what the role does there", () => {
    const monthly = (role: Role) =>
      navFor(actorAs(role), { programmeYear: null }).find((group) => group.id === "monthly")!.items[0].label;
    expect([monthly("COMMUNE_POLICE"), monthly("DISTRICT_COMMITTEE"), monthly("PROVINCE_LEADER")]).toEqual([
      "Nhập số liệu",
      "Xét duyệt số liệu",
      "Số liệu các đơn vị",
    ]);
  });
});
