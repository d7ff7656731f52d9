// Default yearly cycle (domain.md §2), following Trà Vinh 2023 (seed 001) and Đắk Lắk 2017 (seed 002).
// Dates vary a lot between provinces [varies]: these are defaults to pre-fill a province's yearly plan.
import { addVnDays, addVnMonths, vnCalendarDaysBetween, vnDate } from "./vn-date";

/** Role names as used by the app's access control (domain.md §1). */
export type ResponsibleRole = "PROVINCE_APPROVER" | "PROVINCE_SECRETARIAT" | "DISTRICT_COMMITTEE" | "COMMUNE_POLICE";

export type PhaseKey =
  | "PROPOSAL"
  | "LIST_APPROVAL"
  | "PLAN"
  | "FOCUS"
  | "PEAK"
  | "INTERIM_REVIEW"
  | "DISTRICT_YEAR_END_REVIEW"
  | "PROVINCE_REPORT"
  | "VERDICT"
  | "NEXT_YEAR_PROPOSAL";

/** Key dates of one programme year; every value is 00:00 Vietnam time of a calendar day (inclusive). */
export interface ProgrammeDates {
  year: number;
  proposalStart: Date;
  proposalDeadline: Date;
  listApprovalDate: Date;
  planDeadline: Date;
  focusStart: Date;
  /** Last day of the focus period (inclusive). */
  focusEnd: Date;
  peakStart: Date;
  peakEnd: Date;
  interimReviewDate: Date;
  yearEndReviewStart: Date;
  districtReviewDeadline: Date;
  provinceReportDeadline: Date;
  verdictDeadline: Date;
  nextYearProposalStart: Date;
  nextYearProposalDeadline: Date;
}

export interface DefaultDatesOptions {
  /** seed 001: 6 months of focused measures. */
  focusMonths?: number;
  /** seed 001: a peak "khoảng 3 tháng" inside the focus period. */
  peakMonths?: number;
}

/** Last day (inclusive) of a period of `months` months starting on `start`: 01/03 + 6 → 31/08. */
export function periodEnd(start: Date, months: number): Date {
  return addVnDays(addVnMonths(start, months), -1);
}

/** Default dates for programme year `year`. */
export function defaultProgrammeDates(year: number, options: DefaultDatesOptions = {}): ProgrammeDates {
  if (!Number.isInteger(year) || year < 2000 || year > 2200) throw new RangeError(`invalid year ${year}`);
  const { focusMonths = 6, peakMonths = 3 } = options;
  if (!Number.isInteger(peakMonths) || !Number.isInteger(focusMonths) || peakMonths < 1 || peakMonths > focusMonths) {
    throw new RangeError("peakMonths must be an integer within 1..focusMonths");
  }
  const focusStart = vnDate(year, 3, 1); // seed 001: "6 tháng, kể từ ngày 01/3/2023"
  const focusEnd = periodEnd(focusStart, focusMonths);
  return {
    year,
    // seed 001: next year's list is proposed "trong tháng 12" of the previous year.
    proposalStart: vnDate(year - 1, 12, 1),
    proposalDeadline: vnDate(year - 1, 12, 31),
    // seed 001: Quyết định số 09/QĐ-BCĐ ngày 17/02/2023 approves the list.
    listApprovalDate: vnDate(year, 2, 17),
    // seed 001: plan "hoàn thành trong ngày 28/02/2023".
    planDeadline: vnDate(year, 2, 28),
    focusStart,
    focusEnd,
    // seed 001 gives only "khoảng 3 tháng" for the peak; default: the first months of the focus period.
    peakStart: focusStart,
    peakEnd: periodEnd(focusStart, peakMonths),
    // seed 000: "Định kỳ 6 tháng sơ kết"; default: within 15 days after the focus period ends.
    interimReviewDate: addVnDays(focusEnd, 15),
    yearEndReviewStart: vnDate(year, 11, 1),
    // domain.md §2.5: district year-end review of each commune, mid-November in practice.
    districtReviewDeadline: vnDate(year, 11, 15),
    // seed 002 mục V.2: reports to the province "trước ngày 20/11" → last day 19/11.
    provinceReportDeadline: vnDate(year, 11, 19),
    // seed 001 giai đoạn 3: "hoàn thành trước ngày 15/12/2023" → last day 14/12.
    verdictDeadline: vnDate(year, 12, 14),
    // seed 001: "đề xuất danh sách địa bàn đưa vào chuyển hóa năm 2024 ... hoàn thành trong tháng 12/2023".
    nextYearProposalStart: vnDate(year, 12, 1),
    nextYearProposalDeadline: vnDate(year, 12, 31),
  };
}

export interface ProgrammePhase {
  key: PhaseKey;
  label: string;
  responsibleRole: ResponsibleRole;
  /** First day (inclusive). */
  startDate: Date;
  /** Last day (inclusive): due date for a task, end for a period. */
  dueDate: Date;
}

/** The phases of a programme year from its dates (default or the province's own). */
export function programmePhases(programmeDates: ProgrammeDates): ProgrammePhase[] {
  const year = programmeDates.year;
  return [
    {
      key: "PROPOSAL",
      label: `Rà soát, đề xuất địa bàn chuyển hóa năm ${year}`,
      responsibleRole: "DISTRICT_COMMITTEE",
      startDate: programmeDates.proposalStart,
      dueDate: programmeDates.proposalDeadline,
    },
    {
      key: "LIST_APPROVAL",
      label: `Phê duyệt danh sách địa bàn chuyển hóa năm ${year}`,
      responsibleRole: "PROVINCE_APPROVER",
      startDate: addVnDays(programmeDates.proposalDeadline, 1),
      dueDate: programmeDates.listApprovalDate,
    },
    {
      key: "PLAN",
      label: "Xây dựng kế hoạch chuyển hóa từng địa bàn",
      responsibleRole: "DISTRICT_COMMITTEE",
      startDate: programmeDates.listApprovalDate,
      dueDate: programmeDates.planDeadline,
    },
    {
      key: "FOCUS",
      label: "Tập trung chuyển hóa",
      responsibleRole: "DISTRICT_COMMITTEE",
      startDate: programmeDates.focusStart,
      dueDate: programmeDates.focusEnd,
    },
    {
      key: "PEAK",
      label: "Cao điểm tấn công, trấn áp tội phạm",
      responsibleRole: "COMMUNE_POLICE",
      startDate: programmeDates.peakStart,
      dueDate: programmeDates.peakEnd,
    },
    {
      key: "INTERIM_REVIEW",
      label: "Sơ kết 6 tháng công tác chuyển hóa",
      responsibleRole: "DISTRICT_COMMITTEE",
      startDate: addVnDays(programmeDates.focusEnd, 1),
      dueDate: programmeDates.interimReviewDate,
    },
    {
      key: "DISTRICT_YEAR_END_REVIEW",
      label: "Tổng kết, đánh giá từng địa bàn (cấp huyện)",
      responsibleRole: "DISTRICT_COMMITTEE",
      startDate: programmeDates.yearEndReviewStart,
      dueDate: programmeDates.districtReviewDeadline,
    },
    {
      key: "PROVINCE_REPORT",
      label: "Gửi báo cáo kết quả về Ban Chỉ đạo tỉnh",
      responsibleRole: "DISTRICT_COMMITTEE",
      startDate: programmeDates.yearEndReviewStart,
      dueDate: programmeDates.provinceReportDeadline,
    },
    {
      key: "VERDICT",
      label: "Đánh giá, công nhận địa bàn chuyển hóa đạt, chưa đạt",
      responsibleRole: "PROVINCE_SECRETARIAT",
      startDate: addVnDays(programmeDates.provinceReportDeadline, 1),
      dueDate: programmeDates.verdictDeadline,
    },
    {
      key: "NEXT_YEAR_PROPOSAL",
      label: `Đề xuất danh sách địa bàn chuyển hóa năm ${year + 1}`,
      responsibleRole: "DISTRICT_COMMITTEE",
      startDate: programmeDates.nextYearProposalStart,
      dueDate: programmeDates.nextYearProposalDeadline,
    },
  ];
}

/** Shortcut: phases with the default dates of `year`. */
export function defaultProgrammePhases(year: number): ProgrammePhase[] {
  return programmePhases(defaultProgrammeDates(year));
}

export type PhaseStatus = "UPCOMING" | "OPEN" | "DUE_SOON" | "LATE" | "DONE";

export const PHASE_STATUS_LABELS: Readonly<Record<PhaseStatus, string>> = {
  UPCOMING: "Chưa đến hạn",
  OPEN: "Đang thực hiện",
  DUE_SOON: "Sắp đến hạn",
  LATE: "Quá hạn",
  DONE: "Đã hoàn thành",
};

/** Reminder window: due within 3 days (domain rule of the app, brief). */
export const DUE_SOON_DAYS = 3;

export interface PhaseWithStatus extends ProgrammePhase {
  status: PhaseStatus;
  /** Calendar days from today to the due date (0 = due today, negative = late). */
  daysRemaining: number;
}

/** Status of each phase on `today` (Vietnam calendar day). A completed phase is DONE whatever the date. */
export function phaseStatus(
  phases: readonly (ProgrammePhase & { completed?: boolean })[],
  today: Date,
  dueSoonDays: number = DUE_SOON_DAYS,
): PhaseWithStatus[] {
  return phases.map(({ completed, ...phase }) => {
    const daysRemaining = vnCalendarDaysBetween(today, phase.dueDate);
    let status: PhaseStatus;
    if (completed) status = "DONE";
    else if (vnCalendarDaysBetween(today, phase.startDate) > 0) status = "UPCOMING";
    else if (daysRemaining < 0) status = "LATE";
    else if (daysRemaining <= dueSoonDays) status = "DUE_SOON";
    else status = "OPEN";
    return { ...phase, status, daysRemaining };
  });
}
