import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { authenticate } from "@/lib/auth/authenticate";
import { endSession } from "@/lib/auth/sign-out";
import { hasControlChars } from "@/lib/contracts/primitives";

// A user name with a control character is no user's (NUL reached PostgreSQL as error 22021, issue #14 §4).
const CredentialsSchema = z.object({ username: z.string().min(1).max(100).refine((v) => !hasControlChars(v)), password: z.string().min(1).max(200) });

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: Number(process.env.SESSION_MAX_AGE_HOURS ?? 8) * 3600 },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(raw) {
        const parsed = CredentialsSchema.safeParse(raw);
        if (!parsed.success) throw new Error("INVALID");
        const result = await authenticate(parsed.data.username, parsed.data.password);
        if (!result.ok) throw new Error(result.reason === "LOCKED" ? `LOCKED:${result.minutes}` : "INVALID");
        return { id: result.userId, sid: result.sessionId };
      },
    }),
  ],
  callbacks: {
    // The token carries only the server-side session id: role and unit are read
    // from the database on every request, so changes apply at once.
    async jwt({ token, user }) {
      if (user) token.sid = user.sid;
      return token;
    },
    async session({ session, token }) {
      return { ...session, sid: token.sid };
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
