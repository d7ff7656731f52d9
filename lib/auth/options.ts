import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { authenticate } from "@/lib/auth/authenticate";
import { endSession } from "@/lib/auth/sign-out";
import { hasControlChars } from "@/lib/contracts/primitives";
import { sourceAddressOf } from "@/lib/auth/source-address";
import { getEnv } from "@/lib/env";

// A user name with a control character is no user's (NUL reached PostgreSQL as error 22021, issue #14 §4).
const CredentialsSchema = z.object({
  username: z
    .string()
    .min(1)
    .max(100)
    .refine((v) => !hasControlChars(v)),
  password: z.string().min(1).max(200),
});

export const authOptions: NextAuthOptions = {
  // Getters: next-auth reads them per request, so a build (which imports this file) needs no secret.
  get secret() {
    return getEnv().NEXTAUTH_SECRET;
  },
  pages: { signIn: "/login" },
  get session() {
    return { strategy: "jwt" as const, maxAge: getEnv().SESSION_MAX_AGE_HOURS * 3600 };
  },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(raw, request) {
        const parsed = CredentialsSchema.safeParse(raw);
        if (!parsed.success) throw new Error("INVALID");
        const result = await authenticate(
          parsed.data.username,
          parsed.data.password,
          new Date(),
          sourceAddressOf(request?.headers),
        );
        if (!result.ok) throw new Error(result.reason === "LOCKED" ? `LOCKED:${result.minutes}` : "INVALID");
        return { id: result.userId, sid: result.sessionId };
      },
    }),
  ],
  callbacks: {
    // The token (an encrypted, HttpOnly cookie) carries only the server-side session id: role and unit are
    // read from the database on every request, so changes apply at once. The server reads the id from the
    // token itself (lib/authz/actor.ts); the session object, which scripts can fetch from /api/auth/session,
    // never carries it (issue #14 finding 10).
    async jwt({ token, user }) {
      if (user) token.sid = user.sid;
      return token;
    },
    async session({ session }) {
      return { expires: session.expires };
    },
  },
  events: {
    // next-auth's own sign-out route (the app's button uses signOutAction, which ends the session the same way).
    async signOut({ token }) {
      const sid = token?.sid;
      if (typeof sid === "string") await endSession(sid, null);
    },
  },
};
