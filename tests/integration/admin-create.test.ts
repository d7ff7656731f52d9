import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/prisma-client";
import { verifyPassword } from "@/lib/auth/password";
import { migratedDatabase, type FreshDatabase } from "../support/fresh-database";

const run = promisify(execFile);

/** Runs `npm run admin:create` the way the README says, on the given database. */
function adminCreate(url: string, args: string[], password: string) {
  return run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/admin-create.ts", ...args], {
    env: { ...process.env, DATABASE_URL: url, ADMIN_PASSWORD: password },
  }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );
}

// Issue #11 §1: the first administrator of an empty database, without the demo seed.
describe("npm run admin:create on an empty database", () => {
  let fresh: FreshDatabase;
  let client: Db;
  beforeAll(async () => {
    fresh = await migratedDatabase("bcd_admin");
    client = createPrismaClient(fresh.url, 2);
  });
  afterAll(async () => {
    await client?.$disconnect();
    await fresh?.drop();
  });

  it("refuses a password outside the policy and writes nothing", async () => {
    const r = await adminCreate(fresh.url, ["quantri", "Nguyễn Văn Quản"], "short");
    expect(r.code).not.toBe(0);
    expect(r.out).toContain("Mật khẩu");
    expect(await client.unit.count()).toBe(0);
    expect(await client.user.count()).toBe(0);
  });

  it("creates the NATION root and an ADMIN there that must change its password, audited", async () => {
    const r = await adminCreate(fresh.url, ["QuanTri", "Nguye\u0302\u0303n Văn Quản"], "KhoiTao2026x");
    expect(r.code, r.out).toBe(0);
    const user = await client.user.findUniqueOrThrow({
      where: { username: "quantri" },
      omit: { passwordHash: false },
      include: { unit: true },
    });
    expect(user).toMatchObject({ role: "ADMIN", mustChangePassword: true, fullName: "Nguyễn Văn Quản" });
    expect(user.unit).toMatchObject({ level: "NATION", code: "VN", parentId: null, lineage: [user.unit.id] });
    expect(await verifyPassword(user.passwordHash, "KhoiTao2026x")).toBe(true);
    const audit = await client.auditLog.findMany({
      where: { entityId: { in: [user.id, user.unitId] } },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["unit.create", "user.create-first-admin"]);
  });

  it("refuses a second first administrator (one is active)", async () => {
    const r = await adminCreate(fresh.url, ["quantri2", "Trần Văn B"], "KhoiTao2026x");
    expect(r.code).not.toBe(0);
    expect(r.out).toContain("Đã có quản trị viên");
    expect(await client.user.count()).toBe(1);
  });
});
