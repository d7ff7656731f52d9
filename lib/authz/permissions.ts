import { Role, type UnitLevel } from "@/lib/generated/prisma/enums";

/** One permission: what it allows (in Vietnamese, shown on the user-management page) and the roles that hold it. */
export type PermissionEntry = { permission: string; description: string; roles: readonly Role[] };

/**
 * THE permissions, one entry each: "who may do X" is the `roles` of X's entry. Everything is allowed only inside the
 * actor's own unit's subtree (lib/authz/access.ts). A role or permission not listed is denied: the check fails closed.
 */
export const PERMISSION_LIST = [
  {
    permission: "unit.view",
    description: "Xem danh sách và thông tin đơn vị",
    roles: [
      "ADMIN",
      "PROVINCE_SECRETARIAT",
      "PROVINCE_LEADER",
      "DISTRICT_COMMITTEE",
      "COMMUNE_POLICE",
      "MINISTRY_OFFICE",
    ],
  },
  // Going live (issue #11): the official list is loaded at the national root only.
  {
    permission: "unit.import",
    description: "Nạp danh mục đơn vị hành chính chính thức của một tỉnh",
    roles: ["ADMIN"],
  },
  // The unit records themselves (not a change of the administrative map, which is "unit.change").
  {
    permission: "unit.manage",
    description: "Cập nhật hồ sơ đơn vị: nhập đơn vị từ tệp Excel, đặt tên Ban Chỉ đạo của đơn vị",
    roles: ["ADMIN", "PROVINCE_SECRETARIAT"],
  },
  // Administrative changes over time (issue #12): each with an effective date and a legal basis.
  {
    permission: "unit.change",
    description:
      "Ghi nhận thay đổi địa giới hành chính theo văn bản pháp lý (nhập, chia tách, đổi tên, giải thể, " +
      "điều chuyển đơn vị, chuyển sang chính quyền 2 cấp; đạt chuẩn nông thôn mới)",
    roles: ["ADMIN", "PROVINCE_SECRETARIAT"],
  },
  { permission: "user.manage", description: "Quản lý tài khoản người dùng", roles: ["ADMIN", "PROVINCE_SECRETARIAT"] },
  { permission: "audit.view", description: "Xem nhật ký thay đổi", roles: ["ADMIN", "PROVINCE_SECRETARIAT"] },
  // Dashboards, official reports, data API (issue #6)
  {
    permission: "dashboard.view",
    description: "Xem bảng điều hành",
    roles: [
      "ADMIN",
      "PROVINCE_SECRETARIAT",
      "PROVINCE_LEADER",
      "DISTRICT_COMMITTEE",
      "AGENCY_MEMBER",
      "MINISTRY_OFFICE",
    ],
  },
  {
    permission: "report.view",
    description: "Xem và tải báo cáo",
    roles: ["ADMIN", "PROVINCE_SECRETARIAT", "PROVINCE_LEADER", "DISTRICT_COMMITTEE", "MINISTRY_OFFICE"],
  },
  {
    permission: "api.token",
    description: "Tạo và thu hồi mã truy cập API của mình",
    roles: ["ADMIN", "PROVINCE_SECRETARIAT", "PROVINCE_LEADER", "DISTRICT_COMMITTEE", "COMMUNE_POLICE"],
  },
  // Yearly programme (issue #3)
  {
    permission: "programme.view",
    description: "Xem chương trình năm, đề xuất, quyết định và kế hoạch",
    roles: ["PROVINCE_SECRETARIAT", "PROVINCE_LEADER", "DISTRICT_COMMITTEE", "COMMUNE_POLICE", "MINISTRY_OFFICE"],
  },
  { permission: "programme.manage", description: "Lập chương trình năm của tỉnh", roles: ["PROVINCE_SECRETARIAT"] },
  {
    permission: "proposal.create",
    description: "Đề xuất địa bàn trọng điểm cần chuyển hóa",
    roles: ["PROVINCE_SECRETARIAT", "DISTRICT_COMMITTEE"],
  },
  {
    permission: "proposal.decide",
    description: "Phê duyệt đề xuất và ban hành quyết định danh sách địa bàn",
    roles: ["PROVINCE_SECRETARIAT"],
  },
  {
    permission: "plan.manage",
    description: "Lập kế hoạch chuyển hóa địa bàn",
    roles: ["PROVINCE_SECRETARIAT", "DISTRICT_COMMITTEE"],
  },
  {
    permission: "plan.update-task",
    description: "Cập nhật tiến độ nhiệm vụ trong kế hoạch",
    roles: ["PROVINCE_SECRETARIAT", "DISTRICT_COMMITTEE", "COMMUNE_POLICE", "AGENCY_MEMBER"],
  },
  // Reviews, verdicts, relapse, awards (issue #5).
  {
    permission: "review.submit",
    description: "Lập và gửi báo cáo sơ kết 6 tháng",
    roles: ["PROVINCE_SECRETARIAT", "DISTRICT_COMMITTEE"],
  },
  {
    permission: "review.decide",
    description: "Tiếp nhận và xét duyệt báo cáo sơ kết 6 tháng",
    roles: ["PROVINCE_SECRETARIAT"],
  },
  {
    permission: "verdict.propose",
    description: "Đề nghị kết quả chuyển hóa cuối năm",
    roles: ["PROVINCE_SECRETARIAT", "DISTRICT_COMMITTEE"],
  },
  // Held by the secretariat acting for the approver (Programme.approverTitle): the signatory signs on paper,
  // the secretariat records the decision.
  {
    permission: "verdict.issue",
    description: "Ghi nhận quyết định công nhận kết quả chuyển hóa",
    roles: ["PROVINCE_SECRETARIAT"],
  },
  {
    permission: "relapse.record",
    description: "Ghi nhận địa bàn đã chuyển hóa bị tái phức tạp",
    roles: ["PROVINCE_SECRETARIAT"],
  },
  {
    permission: "award.nominate",
    description: "Đề nghị khen thưởng thi đua",
    roles: ["PROVINCE_SECRETARIAT", "DISTRICT_COMMITTEE"],
  },
  { permission: "award.manage", description: "Xét và quyết định khen thưởng thi đua", roles: ["PROVINCE_SECRETARIAT"] },
  {
    permission: "kpi.view",
    description: "Xem các chỉ tiêu đánh giá kết quả thực hiện",
    roles: ["ADMIN", "PROVINCE_SECRETARIAT", "PROVINCE_LEADER", "DISTRICT_COMMITTEE", "MINISTRY_OFFICE"],
  },
  // Monthly figures (issue #4)
  {
    permission: "monthly.view",
    description: "Xem số liệu tháng",
    roles: [
      "ADMIN",
      "PROVINCE_SECRETARIAT",
      "PROVINCE_LEADER",
      "DISTRICT_COMMITTEE",
      "COMMUNE_POLICE",
      "MINISTRY_OFFICE",
    ],
  },
  { permission: "monthly.enter", description: "Nhập số liệu tháng của xã", roles: ["COMMUNE_POLICE"] },
  {
    permission: "monthly.review",
    description: "Xét duyệt, chấp nhận hoặc trả lại số liệu tháng",
    roles: ["PROVINCE_SECRETARIAT", "DISTRICT_COMMITTEE"],
  },
  { permission: "district-report.submit", description: "Gửi báo cáo tháng cấp huyện", roles: ["DISTRICT_COMMITTEE"] },
  {
    permission: "entry.unlock",
    description: "Mở khóa số liệu tháng đã khóa, cho phép xã nhập muộn",
    roles: ["PROVINCE_SECRETARIAT", "DISTRICT_COMMITTEE"],
  },
  { permission: "indicator.manage", description: "Quản lý danh mục chỉ tiêu", roles: ["PROVINCE_SECRETARIAT"] },
  // The whole committee (issue #18): member agencies and their accounts; an agency's own task list
  {
    permission: "agency.manage",
    description: "Quản lý cơ quan thành viên và tài khoản của cơ quan",
    roles: ["PROVINCE_SECRETARIAT"],
  },
  { permission: "agency-task.view", description: "Xem nhiệm vụ được giao cho cơ quan mình", roles: ["AGENCY_MEMBER"] },
  { permission: "province-plan.manage", description: "Lập kế hoạch của tỉnh", roles: ["PROVINCE_SECRETARIAT"] },
  {
    permission: "yearly-report.submit",
    description: "Gửi báo cáo năm lên tỉnh",
    roles: ["DISTRICT_COMMITTEE", "AGENCY_MEMBER"],
  },
  {
    permission: "yearly-report.review",
    description: "Tiếp nhận và trả lại báo cáo năm",
    roles: ["PROVINCE_SECRETARIAT"],
  },
  {
    permission: "funding.manage",
    description: "Ghi nhận kinh phí thực hiện",
    roles: ["PROVINCE_SECRETARIAT", "DISTRICT_COMMITTEE"],
  },
  // Issue #18 §5: the province's year-end report to the ministry, and the ministry's receipt or return of it
  {
    permission: "province-report.submit",
    description: "Gửi báo cáo năm của tỉnh lên Bộ Công an",
    roles: ["PROVINCE_SECRETARIAT"],
  },
  {
    permission: "ministry.receive",
    description: "Tiếp nhận hoặc trả lại báo cáo năm của các tỉnh",
    roles: ["MINISTRY_OFFICE"],
  },
  // The ministry's deadline for those reports: a national setting kept by the system administrator at NATION
  // (the ministry's own account writes only receipts and returns).
  {
    permission: "ministry-deadline.manage",
    description: "Đặt hạn gửi báo cáo năm của các tỉnh lên Bộ Công an",
    roles: ["ADMIN"],
  },
] as const satisfies readonly PermissionEntry[];

export type Permission = (typeof PERMISSION_LIST)[number]["permission"];

/** Every permission's name, in the list's order. */
export const PERMISSIONS: readonly Permission[] = PERMISSION_LIST.map((entry) => entry.permission);

/**
 * The role → permissions matrix, derived from PERMISSION_LIST. AGENCY_MEMBER (issue #18) sees only its own tasks in
 * its province's plans (`planTaskScope`) and the province's dashboards; MINISTRY_OFFICE (issue #18 §5) reads every
 * province at NATION, its programme pages included (the province it reads is chosen on its national table:
 * lib/authz/read-province.ts), and writes only the receipt or return of a province's year-end report.
 */
export const PERMISSION_MATRIX: Record<Role, readonly Permission[]> = derivedMatrix();

function derivedMatrix(): Record<Role, readonly Permission[]> {
  const matrix = {} as Record<Role, readonly Permission[]>;
  for (const role of Object.values(Role)) {
    matrix[role] = PERMISSION_LIST.filter((entry) => (entry.roles as readonly Role[]).includes(role)).map(
      (entry) => entry.permission,
    );
  }
  return matrix;
}

export function can(role: Role, permission: Permission): boolean {
  return PERMISSION_MATRIX[role]?.includes(permission) ?? false;
}

/**
 * Unit levels each role may sit at. A committee normally sits at a district; in a
 * 2-level province (after the 2025 reform) the commune's own committee takes its place.
 */
export const ROLE_UNIT_LEVELS: Record<Role, readonly UnitLevel[]> = {
  ADMIN: ["NATION", "PROVINCE"],
  PROVINCE_SECRETARIAT: ["PROVINCE"],
  PROVINCE_LEADER: ["PROVINCE"],
  DISTRICT_COMMITTEE: ["DISTRICT", "COMMUNE"],
  COMMUNE_POLICE: ["COMMUNE"],
  AGENCY_MEMBER: ["PROVINCE"],
  MINISTRY_OFFICE: ["NATION"],
};

/**
 * Roles whose accounts belong to a member agency (User.agencyId set): created and moved only from the agency's
 * page (lib/server/committee), never through the generic user form, which has no agency to give.
 */
export const AGENCY_ROLES = ["AGENCY_MEMBER"] as const satisfies readonly Role[];
/** A role held at a unit alone (no agency): the roles of the generic user form. */
export type UnitRole = Exclude<Role, (typeof AGENCY_ROLES)[number]>;
export const isAgencyRole = (role: Role): role is (typeof AGENCY_ROLES)[number] =>
  (AGENCY_ROLES as readonly Role[]).includes(role);

/** A secretariat may not create system administrators (privilege escalation). Includes the agency roles (they may manage those accounts). */
export function assignableRoles(managerRole: Role): Role[] {
  if (managerRole === "ADMIN")
    return [
      "ADMIN",
      "PROVINCE_SECRETARIAT",
      "PROVINCE_LEADER",
      "DISTRICT_COMMITTEE",
      "COMMUNE_POLICE",
      "AGENCY_MEMBER",
      "MINISTRY_OFFICE",
    ];
  if (managerRole === "PROVINCE_SECRETARIAT")
    return ["PROVINCE_SECRETARIAT", "PROVINCE_LEADER", "DISTRICT_COMMITTEE", "COMMUNE_POLICE", "AGENCY_MEMBER"];
  return [];
}

/** The roles of the generic user form (a unit, no agency): `assignableRoles` without `AGENCY_ROLES`. */
export function unitRoles(managerRole: Role): UnitRole[] {
  return assignableRoles(managerRole).filter((r): r is UnitRole => !isAgencyRole(r));
}
