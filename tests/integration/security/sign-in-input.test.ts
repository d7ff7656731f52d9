import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { writeMark } from "../../support/foreign-units";

// Issue #14 §4, the sign-in form: a user name with a control character reached PostgreSQL (error 22021), and
// next-auth passed the database's error text back to the browser. It is an invalid sign-in like any other.
describe("sign-in with control characters in the user name", () => {
  const provider = authOptions.providers[0] as unknown as {
    options: { authorize: (raw: unknown) => Promise<unknown> };
  };

  it.each(["a\u0000b", "admin\u0000", "lg.xa\u001b", "\u007f"])(
    "%j is refused as INVALID, nothing written",
    async (username) => {
      const before = await writeMark();
      await expect(provider.options.authorize({ username, password: "ChuyenHoa2026" })).rejects.toThrow(/^INVALID$/);
      expect(await writeMark()).toBe(before);
    },
  );
});
