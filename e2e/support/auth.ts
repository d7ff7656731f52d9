import type { Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/seed/seed-demo";

/** Signs in through the auth endpoint (the sign-in form has its own test). */
export async function signInAs(page: Page, username: string, password = DEMO_PASSWORD) {
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, username, password, json: "true" },
  });
  if (!res.ok()) throw new Error(`sign-in failed for ${username}: ${res.status()}`);
}
