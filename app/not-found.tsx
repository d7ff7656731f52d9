import { connection } from "next/server";
import { NotFoundMessage } from "@/components/layout/not-found-message";

/**
 * 404 outside the signed-in shell. Rendered per request (connection()), not prerendered at build: a
 * prerendered page has no CSP nonce, so the policy of proxy.ts blocked its scripts (console errors).
 */
export default async function NotFound() {
  await connection();
  return (
    <main>
      <NotFoundMessage />
    </main>
  );
}
