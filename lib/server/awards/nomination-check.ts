import "server-only";
import { AppError } from "@/lib/errors";
import { validateNominations, type NominationFile, type NominationValidation } from "@/lib/domain/awards";

/** The round's rules (quotas, leaders' share, required files) applied to a list of nominations (lib/domain/awards). */
export function checkNominations(
  round: { collectiveQuota: number; individualQuota: number; leaderMaxPercent: number },
  rows: { kind: "COLLECTIVE" | "INDIVIDUAL"; name: string; isLeader: boolean; files: string[] }[],
): NominationValidation {
  return validateNominations({
    quotas: { collectives: round.collectiveQuota, individuals: round.individualQuota },
    leaderMaxPercent: round.leaderMaxPercent,
    nominees: rows.map((r) => ({
      kind: r.kind,
      name: r.name,
      isLeader: r.kind === "INDIVIDUAL" && r.isLeader,
      files: r.files as NominationFile[],
    })),
  });
}

/** Refuses a nomination list, every problem listed (the form shows them one per line from `fieldErrors._`). */
export function listRefused(prefix: string, result: NominationValidation): AppError {
  const messages = [...result.errors.map((e) => e.message), ...result.nomineeIssues.map((i) => i.message)];
  return new AppError("VALIDATION", `${prefix} ${messages.join(" ")}`, { _: messages }, result);
}
