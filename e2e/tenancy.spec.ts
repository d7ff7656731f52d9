import { expect, test } from "@playwright/test";
import { signInAs } from "./support/auth";

// Issue #2 §10: a COMMUNE_POLICE user opening another commune's page gets "not found".
test("a commune police user gets not found for another commune, another district and another province", async ({
  browser,
}) => {
  const secretariat = await browser.newContext();
  const sp = await secretariat.newPage();
  await signInAs(sp, "lg.thuongtruc");
  await sp.goto("/");
  await sp.getByRole("link", { name: /Xem đơn vị/ }).click();
  await expect(sp.getByRole("heading", { level: 1, name: "Tỉnh Long Giang" })).toBeVisible();
  await sp.getByRole("link", { name: "Huyện Tam Bình" }).click();
  await expect(sp.getByRole("heading", { level: 1, name: "Huyện Tam Bình" })).toBeVisible();
  const foreignCommune = (await sp.locator("table a").first().getAttribute("href"))!;
  await sp.goto("/");
  await sp.getByRole("link", { name: /Xem đơn vị/ }).click();
  await expect(sp.getByRole("heading", { level: 1, name: "Tỉnh Long Giang" })).toBeVisible();
  const province = new URL(sp.url()).pathname;
  await secretariat.close();

  const police = await browser.newContext();
  const page = await police.newPage();
  await signInAs(page, "lg.xa");
  await page.goto("/");
  await page.getByRole("link", { name: /Xem đơn vị/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const path of [foreignCommune, province, "/units/00000000-0000-7000-8000-000000000000", "/units/khong-hop-le"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Không tìm thấy" })).toBeVisible();
  }
  // Pages the role may not use answer "not found" too.
  expect((await page.goto("/users"))?.status()).toBe(404);
  await police.close();
});
