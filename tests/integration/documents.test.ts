import { documentPlaceName } from "@/lib/domain/document-place";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { db } from "@/lib/db";
import { runActionAs } from "@/lib/actions/define-action";
import { saveDocumentSettingsAction } from "@/app/(app)/documents/settings/actions";
import { OfficialDocumentView } from "@/components/documents/official-document-view";
import { DOCUMENT_KINDS, type DocumentKind } from "@/lib/documents/docx-href";
import { DOCUMENT_LAYOUT, MOTTO, NATIONAL_TITLE, mmToTwip } from "@/lib/documents/layout";
import type { OfficialDocument } from "@/lib/documents/official-document";
import { buildDocx } from "@/lib/server/documents/docx/build-docx";
import { DOCUMENT_LOADERS, loadDocumentForDownload } from "@/lib/server/documents/load-document";
import { actorOf, unitIdByCode } from "../support/actors";
import { readDocx, type ReadDocx } from "../support/docx-reader";
import { codeOf } from "../support/error-code";

// Issue #15: every official document as a Word file in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I
// (A4; margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm; Times New Roman 13–14 pt; the two-column
// header; "Số:"; the date line in italics; page numbers from page 2; "Nơi nhận" in 11 pt; the signature block),
// with the same data as the printable page and as the database; another unit's document is "not found".

const q = (o: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(o).map(([k, v]) => [k, String(v)]));
const texts = (d: ReadDocx) => d.allParagraphs.map((p) => p.text);
/** Day and month as NĐ 30/2020 writes them (mục II.4.b): day < 10 and months 1, 2 with a leading zero. */
const dateText = (day: number, month: number, year: number) =>
  `ngày ${day < 10 ? "0" : ""}${day} tháng ${month <= 2 ? "0" : ""}${month} năm ${year}`;
/** The cells of every table on the printable page (the React view the page renders), header row first. */
function pageTables(doc: OfficialDocument): string[][][] {
  const html = renderToStaticMarkup(createElement(OfficialDocumentView, { doc }));
  const decode = (s: string) =>
    s
      .replace(/<[^>]+>/g, "")
      .replace(/&amp;/g, "&")
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">");
  return [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map(([t]) =>
    [...t.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, r]) =>
      [...r!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, c]) => decode(c!)),
    ),
  );
}

/** The layout checks every generated document must pass. */
function expectLayout(d: ReadDocx) {
  const m = DOCUMENT_LAYOUT.marginMm;
  expect(d.page).toEqual({ width: 11906, height: 16838, orient: "portrait" }); // A4 in twips
  expect(d.margin).toEqual({
    top: mmToTwip(m.top),
    bottom: mmToTwip(m.bottom),
    left: mmToTwip(m.left),
    right: mmToTwip(m.right),
  });
  expect(
    m.top >= 20 &&
      m.top <= 25 &&
      m.bottom >= 20 &&
      m.bottom <= 25 &&
      m.left >= 30 &&
      m.left <= 35 &&
      m.right >= 15 &&
      m.right <= 20,
  ).toBe(true);
  expect(d.font).toBe("Times New Roman");
  expect(d.fontSizePt).toBeGreaterThanOrEqual(13);
  expect(d.fontSizePt).toBeLessThanOrEqual(14);
  // Page numbers at the top centre from page 2: a different (empty) first-page header, a PAGE field in the others.
  expect(d.titlePage).toBe(true);
  expect(d.defaultHeader).toMatch(/PAGE/);
  expect(d.defaultHeader).toMatch(/w:jc w:val="center"/);
  expect(d.firstHeader).not.toMatch(/PAGE/);
  // The header: two borderless columns, Quốc hiệu and Tiêu ngữ in bold on the right.
  const head = d.tables[0]!;
  expect(head.bordered).toBe(false);
  expect(head.rows[0]![1]).toContain(NATIONAL_TITLE);
  expect(head.rows[0]![1]).toContain(MOTTO);
  const motto = d.allParagraphs.find((p) => p.text === MOTTO)!;
  expect(motto.bold).toBe(true);
  // Data tables: the header row repeats on every page.
  for (const t of d.tables.slice(1, -1)) expect(t.headerRows[0]).toBe(true);
  // "Nơi nhận:" bold italic, its list in 11 pt, at the bottom left; the signature block bottom right.
  const foot = d.tables[d.tables.length - 1]!;
  expect(foot.bordered).toBe(false);
  expect(foot.rows[0]![0]).toMatch(/^Nơi nhận:/);
  const label = d.allParagraphs.find((p) => p.text === "Nơi nhận:")!;
  expect(label.bold && label.italic).toBe(true);
  const recipients = d.allParagraphs.filter((p) => p.text.startsWith("- ") && foot.rows[0]![0]!.includes(p.text));
  expect(recipients.length).toBeGreaterThan(0);
  for (const r of recipients) expect(r.sizes).toEqual([11]);
}

/** The document of a kind for an actor, its .docx read back. */
async function generate(username: string, kind: DocumentKind, query: URLSearchParams) {
  const doc = await loadDocumentForDownload(await actorOf(username), kind, query);
  return { doc, docx: await readDocx(await buildDocx(doc)) };
}

/** The same table rows in the Word file and on the printable page. */
function expectSameTables(doc: OfficialDocument, d: ReadDocx) {
  const page = pageTables(doc);
  const word = d.tables.slice(1, -1).map((t) => t.rows);
  expect(word).toEqual(page);
}

let lgProvince: string;
let decision: { id: string; number: string; date: Date; signatoryTitle: string; signatoryName: string };
beforeAll(async () => {
  const province = await db.unit.findFirstOrThrow({
    where: { level: "PROVINCE", name: { contains: "Long Giang" } },
    select: { id: true },
  });
  lgProvince = province.id;
  decision = await db.selectionDecision.findFirstOrThrow({
    where: { kind: "ORIGINAL", programme: { year: 2026, provinceId: lgProvince } },
    select: { id: true, number: true, date: true, signatoryTitle: true, signatoryName: true },
  });
});
afterAll(async () => {
  await db.documentSettings.deleteMany({ where: { provinceId: lgProvince } });
});

describe("the decision approving the list as a Word file", () => {
  it("follows the NĐ 30/2020 layout and holds the decision's rows from the database", async () => {
    const { doc, docx } = await generate("lg.thuongtruc", "decision", q({ id: decision.id }));
    expectLayout(docx);
    const all = texts(docx);
    expect(all).toContain("UBND TỈNH LONG GIANG");
    expect(all).toContain("BAN CHỈ ĐẠO 138");
    expect(docx.allParagraphs.find((p) => p.text === "BAN CHỈ ĐẠO 138")!.bold).toBe(true);
    expect(all).toContain(`Số: ${decision.number}`);
    const d = decision.date;
    const line = docx.allParagraphs.find(
      (p) => p.text === `Long Giang, ${dateText(d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear())}`,
    )!;
    expect(line.italic).toBe(true);
    // Title bold capitals and the summary line in bold.
    const title = docx.paragraphs.find((p) => p.text === "QUYẾT ĐỊNH")!;
    expect(title.bold).toBe(true);
    expect(docx.paragraphs.find((p) => p.text.startsWith("Phê duyệt danh sách địa bàn trọng điểm"))!.bold).toBe(true);
    // The list = the decision's selections in the database, ordered by commune code.
    const rows = await db.selection.findMany({
      where: { decisionId: decision.id },
      select: { commune: { select: { name: true } } },
      orderBy: { commune: { code: "asc" } },
    });
    const table = docx.tables[1]!;
    expect(table.rows[0]).toEqual(["STT", "Xã, phường, thị trấn", "Đơn vị cấp huyện", "Loại địa bàn"]);
    expect(table.rows.slice(1).map((r) => r[1])).toEqual(rows.map((r) => r.commune.name));
    expect(table.rows.slice(1).map((r) => r[0])).toEqual(rows.map((_, i) => String(i + 1)));
    // Signature block: authority, title, the signer's name.
    const sign = docx.tables[docx.tables.length - 1]!.rows[0]![1]!;
    expect(sign.split("\n")).toEqual([
      "TM. BAN CHỈ ĐẠO",
      decision.signatoryTitle.toUpperCase(),
      decision.signatoryName,
    ]);
    expectSameTables(doc, docx);
  });

  it("changes number, signatory and recipients from the download's query; refuses bad overrides", async () => {
    const { docx } = await generate(
      "lg.thuongtruc",
      "decision",
      q({ id: decision.id, number: "99/QĐ-BCĐ", signerName: "Lê Văn Tám", recipients: "Như Điều 3;\nLưu: VT." }),
    );
    expect(texts(docx)).toContain("Số: 99/QĐ-BCĐ");
    expect(docx.tables[docx.tables.length - 1]!.rows[0]).toEqual([
      "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.",
      expect.stringMatching(/\nLê Văn Tám$/),
    ]);
    const actor = await actorOf("lg.thuongtruc");
    const bads: Record<string, string>[] = [
      { number: "x".repeat(61) },
      { signerName: "Lê\u0000Tám" },
      { recipients: "a\n".repeat(20) },
    ];
    for (const bad of bads) {
      expect(await codeOf(loadDocumentForDownload(actor, "decision", q({ id: decision.id, ...bad })))).toBe(
        "VALIDATION",
      );
    }
  });
});

describe("every printable document has its Word file, scoped like its page", () => {
  it("builds each kind for its own unit (same tables as the page) and answers not found for another unit", async () => {
    const caukeId = await unitIdByCode("903");
    const tambinhId = await unitIdByCode("905");
    const hcProvince = (
      await db.unit.findFirstOrThrow({
        where: { level: "PROVINCE", name: { contains: "Hải Châu" } },
        select: { id: true },
      })
    ).id;
    const plan = await db.plan.findFirstOrThrow({
      where: { selection: { programme: { year: 2026 }, commune: { parentId: caukeId } } },
      select: {
        selectionId: true,
        number: true,
        date: true,
        tasks: { select: { title: true } },
        selection: { select: { commune: { select: { name: true } } } },
      },
    });
    const selections2025 = await db.selection.findMany({
      where: { programme: { year: 2025, provinceId: lgProvince } },
      select: { id: true },
    });
    const verdict = await db.communeVerdict.findFirstOrThrow({
      where: { stage: "ISSUED", selectionId: { in: selections2025.map((s) => s.id) } },
      orderBy: { createdAt: "desc" },
      select: { selectionId: true, decisionNumber: true },
    });
    const round = await db.emulationRound.create({ data: { provinceId: lgProvince, year: 2026 } });
    await db.nomination.createMany({
      data: [
        {
          roundId: round.id,
          nominatingUnitId: caukeId,
          kind: "COLLECTIVE",
          name: "Công an xã Ninh Thới",
          files: [],
          status: "SUBMITTED",
        },
        {
          roundId: round.id,
          nominatingUnitId: caukeId,
          kind: "INDIVIDUAL",
          name: "Nguyễn Văn An",
          position: "Trưởng Công an xã",
          files: [],
          status: "DRAFT",
        },
      ],
    });
    const cases: {
      kind: DocumentKind;
      own: [string, URLSearchParams];
      foreign: [string, URLSearchParams];
      number: string;
      rows: string[];
    }[] = [
      {
        kind: "decision",
        own: ["lg.thuongtruc", q({ id: decision.id })],
        foreign: ["hc.thuongtruc", q({ id: decision.id })],
        number: decision.number,
        rows: [],
      },
      {
        kind: "plan",
        own: ["lg.cauke", q({ id: plan.selectionId })],
        foreign: ["lg.tambinh", q({ id: plan.selectionId })],
        number: plan.number,
        rows: plan.tasks.map((t) => t.title),
      },
      {
        kind: "verdict",
        own: ["lg.thuongtruc", q({ id: verdict.selectionId })],
        foreign: ["hc.thuongtruc", q({ id: verdict.selectionId })],
        number: verdict.decisionNumber!,
        rows: [],
      },
      // The province's list holds what was sent to it (the submitted nomination), not the district's draft.
      {
        kind: "awards",
        own: ["lg.thuongtruc", q({ year: 2026 })],
        foreign: ["hc.thuongtruc", q({ year: 2026 })],
        number: "      /DS-BCĐ",
        rows: ["Công an xã Ninh Thới"],
      },
      {
        kind: "interim",
        own: ["lg.thuongtruc", q({ year: 2026 })],
        foreign: ["lg.thuongtruc", q({ unitId: hcProvince, year: 2026 })],
        number: "      /BC-BCĐ",
        rows: [],
      },
      {
        kind: "year-end",
        own: ["lg.thuongtruc", q({ year: 2025 })],
        foreign: ["lg.cauke", q({ unitId: tambinhId, year: 2025 })],
        number: "      /BC-BCĐ",
        rows: [],
      },
      {
        kind: "district-monthly",
        own: ["lg.cauke", q({ year: 2026, month: 10 })],
        foreign: ["lg.cauke", q({ unitId: tambinhId, year: 2026, month: 10 })],
        number: "      /BC-BCĐ",
        rows: [],
      },
    ];
    expect(cases.map((c) => c.kind).sort()).toEqual([...DOCUMENT_KINDS].sort());
    for (const c of cases) {
      const { doc, docx } = await generate(c.own[0], c.kind, c.own[1]);
      expectLayout(docx);
      expect(texts(docx), c.kind).toContain(`Số: ${c.number}`);
      expectSameTables(doc, docx);
      const cells = docx.tables
        .slice(1, -1)
        .flatMap((t) => t.rows.map((r) => r.join(" | ")))
        .join("\n");
      for (const r of c.rows) expect(cells, c.kind).toContain(r);
      expect(
        await codeOf(loadDocumentForDownload(await actorOf(c.foreign[0]), c.kind, c.foreign[1])),
        `${c.kind} foreign`,
      ).toBe("NOT_FOUND");
    }
    // A commune's plan is issued by the commune's committee at the commune's place (NĐ 30/2020, Phụ lục I, mục II.4.a).
    const planDoc = await generate("lg.cauke", "plan", q({ id: plan.selectionId }));
    const planPlace = documentPlaceName({ level: "COMMUNE", name: plan.selection.commune.name });
    expect(planPlace).not.toBe("Long Giang");
    const pd = plan.date;
    expect(texts(planDoc.docx)).toContain(
      `${planPlace}, ${dateText(pd.getUTCDate(), pd.getUTCMonth() + 1, pd.getUTCFullYear())}`,
    );
    // The award list of a district: its own nominations, the draft included.
    const own = await generate("lg.cauke", "awards", q({ year: 2026 }));
    expect(own.docx.tables[1]!.rows.slice(1).map((r) => r[1])).toEqual(["Công an xã Ninh Thới", "Nguyễn Văn An"]);
    // Reports carry today's date (the test clock: 21/11/2026) and the place of the issuing district (mục II.4.a).
    const report = await generate("lg.cauke", "district-monthly", q({ year: 2026, month: 10 }));
    expect(texts(report.docx)).toContain(`Cầu Kè, ${dateText(21, 11, 2026)}`);
    expect(texts(report.docx)).toContain("UBND HUYỆN CẦU KÈ");
    await db.nomination.deleteMany({ where: { roundId: round.id } });
    await db.emulationRound.delete({ where: { id: round.id } });
  });

  it("year-end report rows are the year's selected communes of the database", async () => {
    const { docx } = await generate("lg.thuongtruc", "year-end", q({ year: 2025 }));
    const selected = await db.selection.findMany({
      where: { status: "SELECTED", programme: { year: 2025, provinceId: lgProvince } },
      select: { commune: { select: { name: true } } },
    });
    const table = docx.tables.find((t) => t.rows[0]![3] === "Kiến nghị theo tiêu chí")!;
    expect(
      table.rows
        .slice(1)
        .map((r) => r[1])
        .sort(),
    ).toEqual(selected.map((s) => s.commune.name).sort());
  });

  it("needs each page's permission", () => {
    expect(Object.fromEntries(Object.entries(DOCUMENT_LOADERS).map(([k, v]) => [k, v.permission]))).toEqual({
      decision: "programme.view",
      plan: "programme.view",
      verdict: "kpi.view",
      awards: "award.nominate",
      interim: "report.view",
      "year-end": "report.view",
      "district-monthly": "report.view",
    });
  });
});

describe("per-province document settings", () => {
  it("the secretariat sets issuer, place, signatory and recipients; the province's documents use them, audited", async () => {
    const actor = await actorOf("lg.thuongtruc");
    const input = {
      provinceId: lgProvince,
      issuerLines: "UBND TỈNH LONG GIANG\nBAN CHỈ ĐẠO 138 TỈNH",
      placeName: "Thành Long",
      signatoryAuthority: "KT. TRƯỞNG BAN",
      signatoryTitle: "PHÓ TRƯỞNG BAN",
      signatoryName: "Trần Văn Bình",
      recipients: "Ban Chỉ đạo 138 Bộ Công an;\nLưu: VT.",
      version: 0,
    };
    const saved = await runActionAs(saveDocumentSettingsAction, actor, input);
    expect(saved.ok).toBe(true);
    const audit = await db.auditLog.findFirst({
      where: { entity: "DocumentSettings", unitId: lgProvince },
      orderBy: { id: "desc" },
    });
    expect(audit?.action).toBe("document-settings.create");
    // A second save with the stale version is refused, nothing changed.
    expect(await runActionAs(saveDocumentSettingsAction, actor, { ...input, placeName: "Khác" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });

    const { docx } = await generate("lg.thuongtruc", "year-end", q({ year: 2025 }));
    expect(texts(docx)).toContain("BAN CHỈ ĐẠO 138 TỈNH");
    expect(texts(docx)).toContain(`Thành Long, ${dateText(21, 11, 2026)}`);
    expect(docx.tables[docx.tables.length - 1]!.rows[0]).toEqual([
      "Nơi nhận:\n- Ban Chỉ đạo 138 Bộ Công an;\n- Lưu: VT.",
      "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nTrần Văn Bình",
    ]);
    // A district of the province keeps its own issuer, signatory and place (NĐ 30/2020, Phụ lục I, mục II.4.a:
    // the place is the unit where the issuing body sits), whatever the province's settings say.
    const district = await generate("lg.cauke", "district-monthly", q({ year: 2026, month: 10 }));
    expect(texts(district.docx)).toContain("UBND HUYỆN CẦU KÈ");
    expect(texts(district.docx)).toContain(`Cầu Kè, ${dateText(21, 11, 2026)}`);
    expect(texts(district.docx)).not.toContain(`Thành Long, ${dateText(21, 11, 2026)}`);
    // Another province's secretariat cannot set them (not found), nor can a district.
    expect(
      await runActionAs(saveDocumentSettingsAction, await actorOf("hc.thuongtruc"), { ...input, version: 1 }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(
      await runActionAs(saveDocumentSettingsAction, await actorOf("lg.cauke"), { ...input, version: 1 }),
    ).toMatchObject({ ok: false });
    expect(await runActionAs(saveDocumentSettingsAction, actor, { ...input, version: 1, placeName: "" })).toMatchObject(
      { ok: false, code: "VALIDATION" },
    );
  });
});
