import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signInAs } from "./support/auth";

// Issue #14 §6, §7 and #13 case 10 against the production build (proxy.ts runs only inside Next):
// malformed server action requests answer 4xx (Next answered 500), cookie upload routes refuse a foreign
// Origin and count a chunked body's bytes, and file pickers speak Vietnamese.

/** A real server action id of this build (the request must reach an existing action to prove anything). */
function anActionId(): string {
  const dist = process.env.NEXT_DIST_DIR ?? ".next";
  const manifest = JSON.parse(readFileSync(path.join(dist, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, unknown>;
  };
  const id = Object.keys(manifest.node)[0];
  if (!id) throw new Error("no server action in the build");
  return id;
}

test("malformed server action requests answer 4xx, never 500", async ({ request, baseURL }) => {
  const action = anActionId();
  const origin = new URL(baseURL!).origin;
  const otherPort = `http://localhost:${Number(new URL(baseURL!).port) + 1}`;
  const post = (headers: Record<string, string>, data: string) =>
    request.post("/login", {
      headers: { "Next-Action": action, "Content-Type": "text/plain;charset=UTF-8", ...headers },
      data,
      maxRedirects: 0,
    });
  const cases: [string, Record<string, string>, string, number][] = [
    ["foreign Origin", { Origin: "http://evil.example" }, "[]", 403],
    ["another port", { Origin: otherPort }, "[]", 403],
    ["null Origin", { Origin: "null" }, "[]", 403],
    ["garbage body", { Origin: origin }, "garbage{", 400],
    ["a JSON string instead of an array", { Origin: origin }, JSON.stringify("a string"), 400],
    ["a 1.1 MB body", { Origin: origin }, JSON.stringify(["x".repeat(1_100_000)]), 413],
  ];
  for (const [label, headers, body, status] of cases) {
    const res = await post(headers, body);
    expect(res.status(), `${label}: ${(await res.text()).slice(0, 200)}`).toBe(status);
    expect((await res.json()).message, label).toMatch(/\P{ASCII}/u); // a Vietnamese message
  }
});

test("cookie upload routes refuse a foreign Origin and a chunked body over the limit", async ({ page, baseURL }) => {
  await signInAs(page, "lg.cauke");
  const file = { name: "bao-cao.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 báo cáo") };
  for (const url of ["/api/programme/attachments", "/api/reviews/attachments"]) {
    for (const origin of ["http://evil.example", `http://localhost:${Number(new URL(baseURL!).port) + 1}`]) {
      const res = await page.request.post(url, {
        headers: { Origin: origin },
        multipart: { proposalId: "x", ownerId: "x", target: "minutes", file },
      });
      expect(res.status(), `${url} from ${origin}`).toBe(403);
    }
  }
  // 11 MB sent chunked (no Content-Length), with the user's session: refused while reading, 413.
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const chunk = new Uint8Array(256 * 1024).fill(0x41);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= 11 * 1024 * 1024) return controller.close();
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
  const res = await fetch(new URL("/api/programme/attachments", baseURL), {
    method: "POST",
    headers: { cookie, origin: new URL(baseURL!).origin, "content-type": "multipart/form-data; boundary=x" },
    body,
    duplex: "half",
  } as RequestInit);
  expect(res.status, await res.clone().text()).toBe(413);
});

test("file pickers are in Vietnamese and a workbook that is not one is refused by the upload policy", async ({
  page,
}) => {
  await signInAs(page, "lg.xa2");
  await page.goto("/monthly");
  await page.getByRole("link", { name: /Nhập số liệu tháng 11\/2026/ }).click();
  const picker = page.getByLabel("Nhập từ tệp Excel");
  await expect(page.getByText("Chọn tệp", { exact: true })).toBeVisible();
  await expect(page.getByTestId("excel-file-name")).toHaveText("Chưa chọn tệp nào");
  await picker.setInputFiles({
    name: "so-lieu.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from("<html>không phải Excel</html>"),
  });
  await expect(page.getByTestId("excel-file-name")).toHaveText("so-lieu.xlsx");
  await expect(page.getByText(/Nội dung tệp không khớp với phần mở rộng \.xlsx/)).toBeVisible();
});
