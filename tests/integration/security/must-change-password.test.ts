import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runActionAs } from "@/lib/actions/define-action";
import { authenticate } from "@/lib/auth/authenticate";
import { loadActorBySession } from "@/lib/authz/actor";
import { can, type Permission } from "@/lib/authz/permissions";
import { createApiToken } from "@/lib/server/api/create-api-token";
import { vi } from "@/lib/i18n/vi";
import { DEMO_ACCOUNTS } from "@/prisma/seed/seed-demo";
import { changePasswordAction } from "@/app/(app)/account/password/actions";
import { signOutAction } from "@/app/(app)/account/actions";
import { createUserAction } from "@/app/(app)/users/actions";
import { actorOf, unitIdByCode } from "../../support/actors";
import { writeMark } from "../../support/foreign-units";
import { createTarget } from "../../support/user-targets";
import { discoverActions } from "./actions";

// Issue #14 finding 5 and #11 §5: an account with "must change password" (a new account, a reset) created an
// ADMIN through an action; the flag was only a banner. Now, until the password is changed, every server action
// but the change itself and sign-out, and every API call, is refused with a message that says what to do.
const ALLOWED_BEFORE_CHANGE = ["account/password#changePasswordAction", "account#signOutAction"];
const PASSWORD = "DichDen2026x"; // tests/support/user-targets.ts
let refused = 0;
let routesRefused = 0;

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const routeModules = import.meta.glob<Record<string, unknown>>("/app/api/v1/**/route.ts", { eager: true });

describe("an account that must change its password can do nothing else", () => {
  for (const { name, action, permission } of discoverActions().filter((a) => !ALLOWED_BEFORE_CHANGE.includes(a.name))) {
    it(`${name} is refused with the change-password message and writes nothing`, async () => {
      // A demo account allowed to call it, flagged. The flag is checked before the input is even parsed (the
      // message below can only come from it), so an empty input serves every action; the ADMIN case below
      // uses a valid one.
      const account = DEMO_ACCOUNTS.find((a) => !permission || can(a.role, permission as Permission))!;
      const actor = { ...(await actorOf(account.username)), mustChangePassword: true };
      const before = await writeMark();
      const result = await runActionAs(action as never, actor, {});
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", message: vi.access.mustChangePasswordFirst });
      expect(await writeMark()).toBe(before);
      refused++;
    });
  }

  it("the finding itself: a flagged ADMIN cannot create another ADMIN", async () => {
    const admin = await createTarget("ADMIN", { mustChangePassword: true });
    const signedIn = await authenticate(admin.username, PASSWORD);
    if (!signedIn.ok) throw new Error("sign-in failed");
    const actor = (await loadActorBySession(signedIn.sessionId))!;
    expect(actor.mustChangePassword).toBe(true);
    const input = {
      username: "admin.thu2",
      fullName: "Quản trị thứ hai",
      role: "ADMIN",
      unitId: await unitIdByCode("VN"),
      password: "MatKhau2026x",
    };
    expect(await runActionAs(createUserAction, actor, input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.user.count({ where: { username: "admin.thu2" } })).toBe(0);
  });

  it("every /api/v1 route answers 403 with the message to a flagged account's token", async () => {
    const user = await createTarget("PROVINCE_SECRETARIAT");
    const { token } = await createApiToken(await actorOf(user.username), { name: "Trước khi đổi" });
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    let routes = 0;
    for (const [file, mod] of Object.entries(routeModules)) {
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
        const handler = mod[method] as Handler | undefined;
        if (typeof handler !== "function" || file.includes("openapi")) continue;
        const res = await handler(
          new Request(`http://localhost/api/v1/x`, {
            method,
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
            body: method === "GET" ? undefined : "{}",
          }),
          { params: Promise.resolve({ id: "0195f1a2-0000-7000-8000-000000000000" }) },
        );
        expect(res.status, `${method} ${file}`).toBe(403);
        expect((await res.json()).error.message).toBe(vi.access.mustChangePasswordFirst);
        routes++;
      }
    }
    expect(routes).toBeGreaterThan(5);
    routesRefused = routes;
  });

  it("changing the password and signing out stay allowed; after the change every action works again", async () => {
    const user = await createTarget("PROVINCE_SECRETARIAT", { mustChangePassword: true });
    const signedIn = await authenticate(user.username, PASSWORD);
    if (!signedIn.ok) throw new Error("sign-in failed");
    const actor = (await loadActorBySession(signedIn.sessionId))!;
    const change = { currentPassword: PASSWORD, newPassword: "DoiMoi2026abc", confirmPassword: "DoiMoi2026abc" };
    expect(await runActionAs(changePasswordAction, actor, change)).toMatchObject({ ok: true });
    const after = (await loadActorBySession(signedIn.sessionId))!;
    expect(after.mustChangePassword).toBe(false);
    const input = {
      username: "sau.khi.doi",
      fullName: "Người dùng mới",
      role: "COMMUNE_POLICE",
      unitId: (await createTarget("COMMUNE_POLICE")).unitId,
      password: "MatKhau2026x",
    };
    expect(await runActionAs(createUserAction, after, input)).toMatchObject({ ok: true });
    const flagged = { ...after, mustChangePassword: true };
    expect(await runActionAs(signOutAction, flagged, {})).toMatchObject({ ok: true });
    expect(await loadActorBySession(signedIn.sessionId)).toBeNull();
  });

  it("the temporary password cannot be kept: a new password equal to the current one is refused and the flag stays", async () => {
    const user = await createTarget("PROVINCE_SECRETARIAT", { mustChangePassword: true });
    const signedIn = await authenticate(user.username, PASSWORD);
    if (!signedIn.ok) throw new Error("sign-in failed");
    const actor = (await loadActorBySession(signedIn.sessionId))!;
    const before = await writeMark();
    const same = await runActionAs(changePasswordAction, actor, {
      currentPassword: PASSWORD,
      newPassword: PASSWORD,
      confirmPassword: PASSWORD,
    });
    expect(same).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { newPassword: [vi.auth.passwordSameAsCurrent] },
    });
    expect(await writeMark()).toBe(before);
    expect((await loadActorBySession(signedIn.sessionId))!.mustChangePassword).toBe(true);
  });

  afterAll(() => console.log(`must change password: ${refused} actions and ${routesRefused} API routes refused`));
});
