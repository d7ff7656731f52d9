import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isSessionRoute, runSessionRouteAs } from "@/lib/server/http/session-route";
import { getReviewAttachment } from "@/lib/server/verdicts/get-review-attachment";
import { saveYearEndReview } from "@/lib/server/verdicts/save-year-end-review";
import { addNomination } from "@/lib/server/awards/add-nomination";
import { saveEmulationRound } from "@/lib/server/awards/save-emulation-round";
import { actorOf } from "../../support/actors";
import { writeMark } from "../../support/foreign-units";
import { freshCommune, freshProgramme, selectCommune } from "../../support/review-fixtures";

// Issue #14 §4, §6, §8: every state-changing route handler that relies on the session cookie (today: the uploads)
// checks Origin in one wrapper (sessionRoute), reads its body within the size limit whatever the transfer encoding,
// answers 4xx to a body that is not a file upload, and stores files only through the one upload policy.

type Handler = (request: Request, ctx?: { params: Promise<Record<string, string>> }) => Promise<Response>;
const MUTATING = ["POST", "PUT", "PATCH", "DELETE"] as const;
// Cookie routes: everything under app/api but the bearer-token API (/api/v1, apiRoute) and next-auth's own
// handler (which checks its CSRF token itself), and the catch-all that answers every method with a JSON 404 and
// touches nothing (app/api/[...missing]).
const modules = import.meta.glob<Record<string, unknown>>(
  ["/app/api/**/route.ts", "!/app/api/v1/**", "!/app/api/auth/**"],
  { eager: true },
);
const routes = Object.entries(modules)
  .filter(([file]) => !file.includes("[...missing]"))
  .flatMap(([file, mod]) =>
    MUTATING.filter((m) => typeof mod[m] === "function").map((m) => ({
      key: `${m} ${file.replace(/^\/app|\/route\.ts$/g, "")}`,
      handler: mod[m] as Handler,
    })),
  );

const HOST = "localhost:3000";
const PDF = new TextEncoder().encode("%PDF-1.7 biên bản họp");
const MB = 1024 * 1024;
let checked = 0;

function multipart(fields: Record<string, string>, file?: { name: string; bytes: Uint8Array }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  if (file) form.set("file", new File([file.bytes as Uint8Array<ArrayBuffer>], file.name));
  return form;
}

function post(
  path: string,
  init: { origin?: string | null; body?: BodyInit; headers?: Record<string, string>; duplex?: "half" },
) {
  const headers = new Headers({ host: HOST, ...init.headers });
  if (init.origin !== null) headers.set("origin", init.origin ?? `http://${HOST}`);
  return new Request(`http://${HOST}${path}`, {
    method: "POST",
    headers,
    body: init.body,
    ...(init.duplex ? { duplex: init.duplex } : {}),
  } as RequestInit);
}

/** A body of `bytes` bytes sent chunked (a stream, no Content-Length): the size check must count while reading. */
function chunkedBody(bytes: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x41);
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
}

describe("state-changing cookie routes", () => {
  it("are all made by sessionRoute (the one wrapper with the Origin check)", () => {
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.filter((r) => !isSessionRoute(r.handler)).map((r) => r.key)).toEqual([]);
  });

  for (const route of routes) {
    const path = route.key.split(" ")[1]!;
    it(`${route.key} refuses a foreign, another port's, "null" or missing Origin with 403, before reading anything`, async () => {
      for (const origin of [
        "http://evil.example",
        "http://localhost:3001",
        "https://localhost:3000.evil.example",
        "null",
        null,
      ]) {
        const before = await writeMark();
        const res = await route.handler(
          post(path, { origin, body: multipart({ proposalId: "x", ownerId: "x" }, { name: "a.pdf", bytes: PDF }) }),
        );
        checked++;
        expect(res.status, String(origin)).toBe(403);
        expect(await writeMark()).toBe(before);
      }
    });

    it(`${route.key} answers 4xx to a JSON body, a broken multipart body and a chunked body over the limit`, async () => {
      const actor = await actorOf("lg.cauke");
      const cases: [string, Request, number][] = [
        [
          "JSON",
          post(path, { body: JSON.stringify({ file: "x" }), headers: { "content-type": "application/json" } }),
          400,
        ],
        ["text", post(path, { body: "garbage{", headers: { "content-type": "text/plain" } }), 400],
        [
          "broken multipart",
          post(path, {
            body: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF',
            headers: { "content-type": "multipart/form-data; boundary=b" },
          }),
          400,
        ],
        [
          "declared 11 MB",
          post(path, {
            body: "x",
            headers: { "content-type": "multipart/form-data; boundary=b", "content-length": String(11 * MB) },
          }),
          413,
        ],
        [
          "chunked 11 MB",
          post(path, {
            body: chunkedBody(11 * MB),
            headers: { "content-type": "multipart/form-data; boundary=b" },
            duplex: "half",
          }),
          413,
        ],
      ];
      for (const [label, request, status] of cases) {
        const before = await writeMark();
        const res = await runSessionRouteAs(route.handler, actor, request);
        checked++;
        expect(res.status, `${label}: ${await res.clone().text()}`).toBe(status);
        expect((await res.json()).message.length, label).toBeGreaterThan(0);
        expect(await writeMark(), label).toBe(before);
      }
    });
  }

  afterAll(() =>
    console.log(
      `cookie routes: ${routes.length} state-changing routes, ${checked} forged or malformed requests refused`,
    ),
  );
});

describe("review minutes and nomination files go through the upload policy", () => {
  const route = routes.find((r) => r.key === "POST /api/reviews/attachments")!;

  it("refuses evil.html and an SVG with a path; stores a PDF under its cleaned name and serves it as a download", async () => {
    const district = await actorOf("lg.cauke");
    const province = await actorOf("lg.thuongtruc");
    // A year of its own (freshProgramme's default years are what other test files open by number).
    const programme = await freshProgramme("91", { year: 2390 });
    const commune = await freshCommune("91", "903", programme);
    const selection = await selectCommune(programme.id, commune.id);
    const review = await saveYearEndReview(district, {
      selectionId: selection.id,
      meetingDate: `${programme.year}-11-12`,
      newComplexity: false,
      results: "a",
      shortcomings: "b",
      nextMeasures: "c",
      version: 0,
    });
    const round = await saveEmulationRound(province, {
      provinceId: province.provinceId!,
      year: 2099,
      collectiveQuota: 3,
      individualQuota: 6,
      leaderMaxPercent: 40,
      priorityNotes: "",
    });
    const nomination = await addNomination(district, {
      roundId: round.id,
      unitId: district.unitId,
      kind: "COLLECTIVE",
      name: "Công an xã",
      isLeader: false,
      achievements: "Tốt.",
    });
    const targets: Record<string, string>[] = [
      { target: "minutes", ownerId: review.id },
      { target: "nomination", ownerId: nomination.id, kind: "COUNCIL_MINUTES" },
    ];
    const html = new TextEncoder().encode("<html><script>alert(document.cookie)</script></html>");
    const svg = new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>");
    for (const fields of targets) {
      for (const file of [
        { name: "evil.html", bytes: html },
        { name: "../../../etc/evil.svg", bytes: svg },
        { name: "evil.pdf", bytes: html },
      ]) {
        const before = await writeMark();
        const res = await runSessionRouteAs(
          route.handler,
          district,
          post("/api/reviews/attachments", { body: multipart(fields, file) }),
        );
        expect(res.status, `${fields.target} ${file.name}`).toBe(400);
        expect((await res.json()).fieldErrors.file[0]).toMatch(/Loại tệp|không khớp/);
        expect(await writeMark()).toBe(before);
      }
      const ok = await runSessionRouteAs(
        route.handler,
        district,
        post("/api/reviews/attachments", {
          body: multipart(fields, { name: "../../tmp/Bie\u0302n ba\u0309n.pdf", bytes: PDF }),
        }),
      );
      expect(ok.status, await ok.clone().text()).toBe(200);
    }
    const stored = await db.attachment.findMany({
      where: { ownerId: { in: [review.id, nomination.id] } },
      select: { id: true, fileName: true, mimeType: true },
    });
    expect(stored.map((s) => s.fileName).sort()).toEqual(["Biên bản.pdf", "COUNCIL_MINUTES__Biên bản.pdf"]);
    expect(stored.every((s) => s.mimeType === "application/pdf")).toBe(true);
    // Served back (e2e/uploads.spec.ts checks the headers through the browser's session).
    expect((await getReviewAttachment(district, stored[0]!.id)).fileName).toMatch(/^Biên bản\.pdf$/);
  });
});
