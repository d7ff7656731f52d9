import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runActionAs } from "@/lib/actions/define-action";
import { foldForSearch } from "@/lib/domain/vn-fold";
import { searchUnits } from "@/lib/server/units/search-units";
import { searchUnitsAction } from "@/app/(app)/units/actions";
import { actorOf } from "../support/actors";

// Issue #11 §4: find a unit by name in PostgreSQL, whatever the marks, đ/Đ, case and Unicode form,
// ranked, paged, inside the actor's subtree.
const ALPHABET = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";

// Units stored in NFD on purpose (a database written by another tool): normalised again after the suite, so the
// tenancy matrix's scan "every stored text is NFC" (issue #13 case 10) checks what the app wrote, whatever the file order.
const storedNfd: string[] = [];
afterAll(async () => {
  for (const id of storedNfd) {
    const unit = await db.unit.findUniqueOrThrow({ where: { id }, select: { name: true } });
    await db.unit.update({ where: { id }, data: { name: unit.name.normalize("NFC") } });
  }
});

async function addUnit(parentCode: string, name: string, validTo: Date | null = null) {
  const parent = await db.unit.findUniqueOrThrow({ where: { code: parentCode } });
  const id = randomUUID();
  await db.unit.create({
    data: {
      id,
      code: `S-${id.slice(0, 8)}`,
      name,
      level: "COMMUNE",
      kind: "XA",
      parentId: parent.id,
      lineage: [...parent.lineage, id],
      provinceId: parent.provinceId,
      validTo,
    },
  });
  if (name !== name.normalize("NFC")) storedNfd.push(id);
  return id;
}

describe("unit search", () => {
  let exact: string, prefix: string, word: string, nfd: string;
  beforeAll(async () => {
    // Huyện Cầu Kè (903) of Long Giang; created in reverse rank order so ranking is not insertion order.
    word = await addUnit("903", "Phường Tân Đông Hòa");
    prefix = await addUnit("903", "Xã Đông Hòa Bắc");
    exact = await addUnit("903", "Xã Đông Hòa");
    nfd = await addUnit("903", "Xã Bình La\u0323\u0302p"); // stored as typed in NFD
    await addUnit("903", "Xã Đông Hòa Cũ", new Date(Date.UTC(2025, 6, 1)));
    for (let i = 0; i < 25; i++) await addUnit("905", `Xã Phân Trang ${String(i).padStart(2, "0")}`);
  });

  it("keeps the same search key in PostgreSQL as in lib/domain for every Vietnamese letter and tone, NFC or NFD", async () => {
    const id = await addUnit("906", `Xã ${ALPHABET} ${ALPHABET.toUpperCase()}`);
    const id2 = await addUnit("906", `Xã ${ALPHABET.normalize("NFD")}`);
    const [a, b] = await Promise.all([id, id2].map((i) => db.unit.findUniqueOrThrow({ where: { id: i } })));
    expect(a.searchName).toBe(foldForSearch(a.name));
    expect(b.searchName).toBe(foldForSearch(b.name));
  });

  it("'dong hoa' finds 'Đông Hòa': exact, then prefix, then a word; former units only on request", async () => {
    const actor = await actorOf("lg.thuongtruc");
    // With its kind word the text no longer matches "Phường Tân Đông Hòa".
    const { items: withKind } = await searchUnits(actor, { q: "Xã Đông Hòa" });
    expect(withKind.map((u) => u.id)).toEqual([exact, prefix]);
    for (const q of ["dong hoa", "ĐÔNG HÒA", "Đông Hòa", "đông hoà"]) {
      const { items } = await searchUnits(actor, { q });
      expect(
        items.slice(0, 3).map((u) => u.id),
        q,
      ).toEqual([exact, prefix, word]);
      expect(
        items.some((u) => u.name === "Xã Đông Hòa Cũ"),
        q,
      ).toBe(false);
    }
    const withFormer = await searchUnits(actor, { q: "dong hoa", includeFormer: true });
    expect(withFormer.items.map((u) => u.name)).toContain("Xã Đông Hòa Cũ");
    expect(withFormer.items.at(-1)?.name).toBe("Xã Đông Hòa Cũ");
  });

  it("an NFD 'Lập' finds the NFC one, and the other way round", async () => {
    const actor = await actorOf("lg.thuongtruc");
    expect((await searchUnits(actor, { q: "La\u0323\u0302p" })).items.map((u) => u.id)).toContain(nfd);
    expect((await searchUnits(actor, { q: "Lập" })).items.map((u) => u.id)).toContain(nfd);
    expect((await searchUnits(actor, { q: "binh lap" })).items[0].id).toBe(nfd);
  });

  it("finds by code prefix, treats % and _ as text, pages by 20", async () => {
    const actor = await actorOf("lg.thuongtruc");
    expect((await searchUnits(actor, { q: "904" })).items[0].code).toBe("904");
    expect((await searchUnits(actor, { q: "%" })).items).toEqual([]);
    expect((await searchUnits(actor, { q: "_" })).items).toEqual([]);
    const first = await searchUnits(actor, { q: "phan trang" });
    expect(first.items).toHaveLength(20);
    expect(first.hasMore).toBe(true);
    const second = await searchUnits(actor, { q: "phan trang", page: 1 });
    expect(second.items).toHaveLength(5);
    expect(second.hasMore).toBe(false);
    expect(new Set([...first.items, ...second.items].map((u) => u.id)).size).toBe(25);
  });

  it("stays inside the actor's subtree; a foreign unit to search under is not found", async () => {
    expect((await searchUnits(await actorOf("hc.thuongtruc"), { q: "dong hoa" })).items).toEqual([]);
    expect((await searchUnits(await actorOf("lg.tambinh"), { q: "dong hoa" })).items).toEqual([]);
    expect((await searchUnits(await actorOf("lg.cauke"), { q: "dong hoa" })).items.map((u) => u.id)).toContain(exact);
    const foreign = (await db.unit.findUniqueOrThrow({ where: { code: "905" } })).id;
    const result = await runActionAs(searchUnitsAction, await actorOf("lg.cauke"), { q: "phan", underUnitId: foreign });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const admin = await runActionAs(searchUnitsAction, await actorOf("admin"), {
      q: "phan trang",
      underUnitId: foreign,
    });
    expect(admin.ok && admin.data.items.length).toBe(20);
  });
});
