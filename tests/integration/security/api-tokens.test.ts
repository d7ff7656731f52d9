import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runActionAs } from "@/lib/actions/define-action";
import { authenticate } from "@/lib/auth/authenticate";
import { loadActorBySession, type Actor } from "@/lib/authz/actor";
import { createApiToken } from "@/lib/server/api/create-api-token";
import { listApiTokens } from "@/lib/server/api/list-api-tokens";
import { changeOwnPassword } from "@/lib/server/users/change-password";
import { changeUserRoleAndUnit } from "@/lib/server/users/change-user-role";
import { resetUserPassword } from "@/lib/server/users/reset-user-password";
import { setUserActive } from "@/lib/server/users/set-user-active";
import { createApiTokenAction } from "@/app/(app)/account/tokens/actions";
import { GET as getMe } from "@/app/api/v1/me/route";
import { actorOf } from "../../support/actors";
import { createTarget, newPlacementFor } from "../../support/user-targets";

// Issue #14 finding 3: a token kept working after the user changed the password and after a reset; tokens
// never expired. Now every change of credentials or rights revokes the user's tokens (and ends its sessions),
// and every token carries an expiry chosen at creation (90 days unless chosen, at most 1 year).
const PASSWORD = "DichDen2026x"; // tests/support/user-targets.ts

async function me(token: string): Promise<number> {
  const res = await getMe(
    new Request("http://localhost/api/v1/me", { headers: { authorization: `Bearer ${token}` } }),
    { params: Promise.resolve({}) },
  );
  return res.status;
}

/** A commune police user with one API token and one open session; checks both work first. */
async function userWithCredentials() {
  const target = await createTarget("COMMUNE_POLICE");
  const signedIn = await authenticate(target.username, PASSWORD);
  if (!signedIn.ok) throw new Error("sign-in failed");
  const actor = (await loadActorBySession(signedIn.sessionId))!;
  const { token } = await createApiToken(actor, { name: "Hệ thống xã", validDays: 30 });
  expect(await me(token)).toBe(200);
  return { target, actor, token, sessionId: signedIn.sessionId };
}

const secretariat = () => actorOf("lg.thuongtruc");
const EVENTS: Record<string, (u: Awaited<ReturnType<typeof userWithCredentials>>) => Promise<unknown>> = {
  "the user changes its password": ({ actor }) =>
    changeOwnPassword(actor, {
      currentPassword: PASSWORD,
      newPassword: "DoiMoi2026abc",
      confirmPassword: "DoiMoi2026abc",
    }),
  "an administrator resets the password": async ({ target }) =>
    resetUserPassword(await secretariat(), { userId: target.id, password: "DatLai2026xyz" }),
  "the account is deactivated": async ({ target }) =>
    setUserActive(await secretariat(), { userId: target.id, isActive: false }),
  "the role or unit changes": async ({ target }) =>
    changeUserRoleAndUnit(await secretariat(), {
      userId: target.id,
      ...(await newPlacementFor("COMMUNE_POLICE")),
      version: target.version,
    }),
};

describe("API tokens end with the credentials and rights they were made under", () => {
  for (const [event, run] of Object.entries(EVENTS)) {
    it(`${event}: the user's tokens answer 401 and its other sessions end`, async () => {
      const u = await userWithCredentials();
      const other = await authenticate(u.target.username, PASSWORD);
      if (!other.ok) throw new Error("sign-in failed");
      await run(u);
      expect(await me(u.token)).toBe(401);
      expect(await db.apiToken.count({ where: { userId: u.target.id, revokedAt: null } })).toBe(0);
      expect(await loadActorBySession(other.sessionId)).toBeNull();
    });
  }

  it("a token past its expiry answers 401; before it, 200", async () => {
    const actor = await actorOf("lg.lanhdao");
    const { id, token } = await createApiToken(actor, { name: "Hết hạn", validDays: 1 });
    expect(await me(token)).toBe(200);
    await db.apiToken.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await me(token)).toBe(401);
  });

  it("the expiry is chosen at creation: 90 days unless chosen, 1 to 365 days, shown in the list", async () => {
    const actor: Actor = await actorOf("hc.lanhdao");
    const byDefault = await createApiToken(actor, { name: "Mặc định" });
    expect((byDefault.expiresAt.getTime() - byDefault.createdAt.getTime()) / 86_400_000).toBeCloseTo(90, 2);
    const yearLong = await runActionAs(createApiTokenAction, actor, { name: "Một năm", validDays: 365 });
    expect(yearLong.ok).toBe(true);
    for (const validDays of [0, 366, 1.5, "90"]) {
      const refused = await runActionAs(createApiTokenAction, actor, { name: "Quá hạn", validDays });
      expect(refused, String(validDays)).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { validDays: ["Thời hạn của mã truy cập phải từ 1 đến 365 ngày."] },
      });
    }
    const listed = await listApiTokens(actor);
    expect(listed.find((t) => t.id === byDefault.id)?.expiresAt).toEqual(byDefault.expiresAt);
  });
});
