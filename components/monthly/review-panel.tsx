"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import {
  acceptMonthlyAction,
  grantEntryUnlockAction,
  returnMonthlyAction,
  unlockMonthlyAction,
} from "@/app/(app)/monthly/actions";
import { common } from "@/lib/i18n/vi/common";
import { monthly } from "@/lib/i18n/vi/monthly";

// Only the two sections it reads, not the whole catalog (~8 KB gzip less on the entry page's JavaScript).
const vi = { common, monthly };

type Props = {
  reportId: string | null;
  version: number;
  communeId: string;
  year: number;
  month: number;
  canReview: boolean;
  canUnlock: boolean;
  canGrantEntry: boolean;
  /** yyyy-MM-dd: default last day the commune may correct after a return or an unlock. */
  defaultCorrectUntil: string;
};

/** Reviewer actions: accept, return with a reason, unlock accepted data, grant late entry. */
export function ReviewPanel(props: Props) {
  const router = useRouter();
  const [mode, setMode] = useState<"idle" | "return" | "unlock" | "grant">("idle");
  const [reason, setReason] = useState("");
  const [correctUntil, setCorrectUntil] = useState(props.defaultCorrectUntil);
  const [msg, setMsg] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();

  const go = (call: () => Promise<{ ok: boolean; message?: string; data?: unknown }>, ok: string) =>
    start(async () => {
      const result = await call();
      const done = (result.data as { message?: string } | undefined)?.message;
      setMsg(
        result.ok
          ? { tone: "success", text: done ? `${ok} ${done}` : ok }
          : { tone: "error", text: result.message ?? "" },
      );
      if (result.ok) {
        setMode("idle");
        setReason("");
        router.refresh();
      }
    });

  if (!props.canReview && !props.canUnlock && !props.canGrantEntry)
    return msg ? <Notice tone={msg.tone}>{msg.text}</Notice> : null;
  const reasonLabel =
    mode === "return" ? vi.monthly.returnReason : mode === "unlock" ? vi.monthly.unlockReason : vi.monthly.grantReason;
  return (
    <div className="space-y-3" data-testid="review-panel">
      {mode === "idle" ? (
        <div className="flex flex-wrap gap-2">
          {props.canReview && props.reportId ? (
            <>
              <Button
                disabled={pending}
                onClick={() =>
                  go(
                    () => acceptMonthlyAction({ reportId: props.reportId!, version: props.version }),
                    vi.monthly.accepted,
                  )
                }
              >
                {vi.monthly.accept}
              </Button>
              <Button variant="secondary" onClick={() => setMode("return")}>
                {vi.monthly.return}
              </Button>
            </>
          ) : null}
          {props.canUnlock ? (
            <Button variant="secondary" onClick={() => setMode("unlock")}>
              {vi.monthly.unlock}
            </Button>
          ) : null}
          {props.canGrantEntry ? (
            <Button variant="secondary" onClick={() => setMode("grant")}>
              {vi.monthly.grantEntry}
            </Button>
          ) : null}
        </div>
      ) : (
        <div className="space-y-2">
          <label htmlFor="review-reason" className="block text-sm font-medium">
            {reasonLabel}
          </label>
          <textarea
            id="review-reason"
            rows={3}
            className="block w-full rounded-md border border-slate-300 px-3 py-2"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          {mode === "return" || mode === "unlock" ? (
            <>
              <label htmlFor="correct-until" className="block text-sm font-medium">
                {vi.monthly.correctUntil}
              </label>
              <input
                id="correct-until"
                type="date"
                className="block rounded-md border border-slate-300 px-3 py-2"
                value={correctUntil}
                onChange={(e) => setCorrectUntil(e.target.value)}
              />
            </>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button
              variant={mode === "grant" ? "primary" : "danger"}
              disabled={pending || reason.trim() === ""}
              onClick={() => {
                if (mode === "return")
                  go(
                    () =>
                      returnMonthlyAction({ reportId: props.reportId!, version: props.version, reason, correctUntil }),
                    vi.monthly.returned,
                  );
                else if (mode === "unlock")
                  go(
                    () => unlockMonthlyAction({ reportId: props.reportId!, reason, correctUntil }),
                    vi.monthly.unlocked,
                  );
                else
                  go(async () => {
                    const result = await grantEntryUnlockAction({
                      communeId: props.communeId,
                      year: props.year,
                      month: props.month,
                      reason,
                      days: 7,
                    });
                    return result.ok ? { ok: true, message: result.data.message } : result;
                  }, vi.monthly.grantEntry);
              }}
            >
              {vi.common.confirm}
            </Button>
            <Button variant="secondary" onClick={() => setMode("idle")}>
              {vi.common.cancel}
            </Button>
          </div>
        </div>
      )}
      {msg ? <Notice tone={msg.tone}>{msg.text}</Notice> : null}
    </div>
  );
}
