import { devices, expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support/auth";
import { fillLikeLastMonth, submit } from "./support/monthly-form";

// Issue #17 "Done means", on a phone: the commune's entry page keeps working without a connection (service worker,
// figures kept in IndexedDB, saves queued and sent when the connection returns with the version they were based on),
// and a report changed on the server meanwhile is never overwritten. The server's clock is 21/11/2026: November is open.
// The production build is tested (`npx next build`); service workers must be allowed in the browser context.
test.use({ ...devices["Pixel 7"], serviceWorkers: "allow" });

/** Signs in, opens November 2026 from the monthly list and waits until the page is ready to be used offline. */
async function openEntry(page: Page, username: string): Promise<string> {
  await signInAs(page, username);
  await page.goto("/monthly");
  await page.getByRole("link", { name: "Nhập số liệu tháng 11/2026" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Số liệu tháng 11/2026" })).toBeVisible();
  await expect(page.getByTestId("connection-status")).toContainText("Đang có kết nối mạng");
  await expect(page.getByTestId("offline-ready")).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Goes offline, types `value` as the number of criminal cases and saves: the save is kept on the phone. */
async function saveOffline(page: Page, value: string) {
  await page.context().setOffline(true);
  await expect(page.getByTestId("connection-status")).toContainText("Mất kết nối mạng");
  // Submitting needs the server: the button says so and is off.
  await expect(page.getByRole("button", { name: "Gửi số liệu (cần kết nối mạng)" })).toBeDisabled();
  await page.locator("#v-HS_VU").fill(value);
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByText(/^Đã lưu trên máy lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\./)).toBeVisible();
  await expect(page.getByTestId("pending-saves")).toContainText("Chưa gửi (1)");
  await expect(page.getByTestId("pending-saves")).toContainText(
    /Tháng 11\/2026, lưu lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/,
  );
}

test("offline on a phone: typed figures survive a reload, the queued save reaches the server once with one history entry", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openEntry(page, "lg.xa2");
  await saveOffline(page, "7");

  // Reload while still offline: the page comes from the service worker, the figures from the device.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Số liệu tháng 11/2026" })).toBeVisible();
  await expect(page.getByTestId("connection-status")).toContainText("Mất kết nối mạng");
  await expect(page.locator("#v-HS_VU")).toHaveValue("7");
  await expect(page.getByTestId("pending-saves")).toContainText("Chưa gửi (1)");

  // Back online: the queued save is sent by itself.
  await page.context().setOffline(false);
  await expect(page.getByTestId("offline-notice")).toContainText("Đã gửi bản lưu lúc");
  await expect(page.getByTestId("pending-saves")).toHaveCount(0);

  // On the server: a draft holding 7, written once (one history entry on the whole report).
  await page.reload();
  await expect(page.getByTestId("report-status")).toContainText("Nháp");
  await expect(page.locator("#v-HS_VU")).toHaveValue("7");
  await expect(page.getByTestId("pending-saves")).toHaveCount(0);
  await expect(page.getByTestId("history-entry")).toHaveCount(1);
  const row = page.getByTestId("row-HS_VU");
  await row.getByText(/Lịch sử thay đổi/).click();
  await expect(row.getByTestId("history-entry")).toContainText("(mới) → 7");
});

test("a save queued offline while the report was submitted and returned meanwhile: both versions side by side, nothing overwritten", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const url = await openEntry(page, "hc.xa");
  await saveOffline(page, "987");

  // Meanwhile, online: a colleague of the commune fills and submits the month, the province returns it.
  const colleague = await (await browser.newContext()).newPage();
  await signInAs(colleague, "hc.xa");
  await colleague.goto(url);
  await fillLikeLastMonth(colleague);
  await submit(colleague);
  const theirs = await colleague.locator("#v-HS_VU").inputValue();
  const theirsSolved = await colleague.locator("#v-KQ_AN_KHAM_PHA").inputValue();
  const province = await (await browser.newContext()).newPage();
  await signInAs(province, "hc.thuongtruc");
  await province.goto(url);
  await province.getByRole("button", { name: "Trả lại" }).click();
  await province.getByLabel("Lý do trả lại").fill("Đề nghị rà soát lại số vụ phạm pháp hình sự.");
  await province.getByRole("button", { name: "Xác nhận" }).click();
  await expect(province.getByTestId("report-status")).toContainText("Bị trả lại");

  // The phone reconnects: its save is refused as stale and the differing field is shown both ways.
  await page.context().setOffline(false);
  const compare = page.getByTestId("offline-compare");
  await expect(compare).toBeVisible();
  await expect(page.getByText(/Số liệu đã được .* thay đổi lúc/)).toBeVisible();
  await expect(compare.locator("tbody tr")).toHaveCount(1);
  await expect(compare.getByTestId("compare-HS_VU").getByTestId("mine")).toHaveText("987");
  await expect(compare.getByTestId("compare-HS_VU").getByTestId("theirs")).toHaveText(theirs);
  await expect(page.getByTestId("pending-saves")).toContainText("Chưa gửi (1)");

  // Nothing was overwritten on the server.
  await colleague.reload();
  await expect(colleague.getByTestId("report-status")).toContainText("Bị trả lại");
  await expect(colleague.locator("#v-HS_VU")).toHaveValue(theirs);
  await expect(colleague.getByTestId("row-HS_VU").getByTestId("history-entry")).toHaveCount(1);

  // The user keeps the phone's figure for this field and saves on the current version.
  await compare.getByRole("radio", { name: /Trên máy này/ }).check();
  await compare.getByRole("button", { name: "Lưu theo lựa chọn" }).click();
  await expect(page.getByText(/^Đã lưu nháp\./)).toBeVisible();
  await expect(compare).toHaveCount(0);
  await expect(page.getByTestId("pending-saves")).toHaveCount(0);
  await colleague.reload();
  await expect(colleague.locator("#v-HS_VU")).toHaveValue("987");
  await expect(colleague.getByTestId("row-HS_VU").getByTestId("history-entry")).toHaveCount(2);
  await expect(colleague.locator("#v-KQ_AN_KHAM_PHA")).toHaveValue(theirsSolved);
  // The phone now shows the server's figures for the fields it did not change, so a later save wipes nothing.
  await expect(page.locator("#v-HS_VU")).toHaveValue("987");
  await expect(page.locator("#v-KQ_AN_KHAM_PHA")).toHaveValue(theirsSolved);
});

/** The offline stores on this device: Cache Storage names with their entry URLs, and whether the IndexedDB database exists. */
async function deviceData(page: Page) {
  return page.evaluate(async () => {
    const caches_ = await Promise.all(
      (await caches.keys()).map(async (name) => ({
        name,
        urls: (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname),
      })),
    );
    return { caches: caches_, hasDb: (await indexedDB.databases()).some((d) => d.name === "bcd-offline") };
  });
}

test("sign-out clears the figures and pages kept on the phone; a district user's visit to a commune's page stores nothing", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const url = await openEntry(page, "lg.xa2");
  await page.locator("#v-KQ_AN_KHAM_PHA").fill("1");
  await expect.poll(async () => (await deviceData(page)).hasDb).toBe(true);
  expect((await deviceData(page)).caches.find((c) => c.name === "bcd-entry-pages-v1")?.urls).toEqual([url]);

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/login/);
  // No figures and no page left; the login page's own code may be cached again at once (it holds no unit's data).
  await expect.poll(async () => (await deviceData(page)).hasDb).toBe(false);
  const left = (await deviceData(page)).caches.flatMap((c) => c.urls);
  expect(left.filter((u) => !/^\/(_next\/static|icons)\//.test(u))).toEqual([]);

  // A district committee member opens the same commune's month: the page is not kept on the device.
  await signInAs(page, "lg.tambinh");
  await page.goto(url);
  await expect(page.getByTestId("connection-status")).toContainText("Đang có kết nối mạng");
  await page.evaluate(() => navigator.serviceWorker.ready);
  const pages = (await deviceData(page)).caches.find((c) => c.name === "bcd-entry-pages-v1");
  expect(pages?.urls ?? []).toEqual([]);
});
