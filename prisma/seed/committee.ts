import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/prisma-client";
import { appNow } from "../../lib/clock";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Each agency's task in the province's plan, as seed 000 words it (short name → area, title, due month/day). */
const PROVINCE_TASKS: [string, string, string, number, number][] = [
  [
    "STP",
    "Tuyên truyền",
    "Đổi mới nội dung, hình thức tuyên truyền, phổ biến, giáo dục pháp luật tại các địa bàn chuyển hóa",
    6,
    30,
  ],
  [
    "SGDĐT",
    "Giáo dục",
    "Xây dựng môi trường sư phạm lành mạnh, không có bạo lực tại các trường học trên địa bàn",
    9,
    30,
  ],
  [
    "SLĐTBXH",
    "Việc làm",
    "Tư vấn, giới thiệu việc làm, dạy nghề cho người lao động, người chấp hành xong án phạt tù",
    10,
    31,
  ],
  ["STTTT", "Thông tin", "Kiểm tra hoạt động kinh doanh dịch vụ internet, trò chơi điện tử, in ấn tại địa bàn", 8, 31],
  ["STC", "Kinh phí", "Bố trí kinh phí thực hiện kế hoạch từ ngân sách địa phương", 3, 31],
  ["UBMTTQ", "Phong trào", "Phối hợp xây dựng mô hình tự quản, phong trào toàn dân bảo vệ an ninh Tổ quốc", 11, 15],
  ["VKSND", "Tư pháp", "Kịp thời truy tố các vụ án điển hình xảy ra tại địa bàn trọng điểm", 11, 15],
  ["TAND", "Tư pháp", "Tổ chức xét xử lưu động các vụ án điển hình tại địa bàn trọng điểm", 11, 15],
];

/**
 * Issue #18 demo data: for each province with member agencies, the province committee's own plan of last year (all
 * done) and of this year (copied, under way: the Department of Information's task is overdue on 21/11), and in
 * province 91 two of this year's commune plans give a task to the Department of Justice (Sở Tư pháp); last year's
 * funding of every decided commune.
 */
export async function seedDemoCommittee(db: Db, now = appNow()) {
  const year = now.getUTCFullYear();
  const agencies = await db.agency.findMany({ select: { id: true, provinceId: true, shortName: true, name: true } });
  const plans: object[] = [],
    tasks: object[] = [];
  for (const provinceId of new Set(agencies.map((a) => a.provinceId))) {
    for (const y of [year - 1, year]) {
      const planId = randomUUID();
      plans.push({ id: planId, provinceId, year: y, number: `${y === year ? 15 : 11}/KH-BCĐ`, date: day(y, 1, 20) });
      for (const [short, area, title, m, d] of PROVINCE_TASKS) {
        const agency = agencies.find((a) => a.provinceId === provinceId && a.shortName === short);
        if (!agency) continue;
        // This year: the information inspection (due 31/08) is still under way, hence overdue; the rest done.
        const status = y === year && m === 8 ? "IN_PROGRESS" : "DONE";
        tasks.push({
          id: randomUUID(),
          provincePlanId: planId,
          area,
          title,
          assignee: agency.name,
          agencyId: agency.id,
          dueDate: day(y, m, d),
          status,
          evidence: status === "DONE" ? "Đã thực hiện, có báo cáo kết quả." : null,
        });
      }
    }
  }
  const province91 = await db.unit.findUnique({ where: { code: "91" }, select: { id: true } });
  const stp = agencies.find((a) => a.shortName === "STP" && a.provinceId === province91?.id);
  const communePlans = stp
    ? await db.plan.findMany({
        where: { selection: { programme: { year, provinceId: stp.provinceId } } },
        select: { id: true },
        orderBy: { number: "asc" },
        take: 2,
      })
    : [];
  for (const p of communePlans) {
    tasks.push({
      id: randomUUID(),
      planId: p.id,
      area: "Tuyên truyền",
      title: "Tuyên truyền, phổ biến pháp luật, trợ giúp pháp lý lưu động tại xã",
      assignee: stp!.name,
      agencyId: stp!.id,
      dueDate: day(year, 12, 15),
      status: "NOT_STARTED",
    });
  }
  // Last year's funding of every decided commune (seed 002 mục IV): planned per source, mostly spent.
  const lastYear = await db.selection.findMany({
    where: { programme: { year: year - 1 } },
    select: { programmeId: true, communeId: true },
    orderBy: { communeId: "asc" },
  });
  const fundings = lastYear.flatMap((sel, i) =>
    (
      [
        ["PROVINCE_BUDGET", 50_000_000n],
        ["LOCAL_BUDGET", 20_000_000n + BigInt(i) * 1_000_000n],
        ["OTHER_LAWFUL", 5_000_000n],
      ] as const
    ).map(([source, planned]) => ({
      programmeId: sel.programmeId,
      communeId: sel.communeId,
      source,
      planned,
      spent: (planned * 9n) / 10n,
    })),
  );
  await db.$transaction(async (tx) => {
    await tx.provincePlan.createMany({ data: plans as never });
    await tx.planTask.createMany({ data: tasks as never });
    await tx.funding.createMany({ data: fundings });
  });
  return { provincePlans: plans.length, tasks: tasks.length, fundings: fundings.length };
}
