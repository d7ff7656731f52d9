"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import {
  acceptDistrictReportAction,
  returnDistrictReportAction,
  submitDistrictReportAction,
} from "@/app/(app)/monthly/actions";
import { vi } from "@/lib/i18n/vi";

/** The district committee's narrative and submission (resubmission after a return). */
export function DistrictReportForm({
  unitId,
  year,
  month,
  version,
  narrative,
  editable,
  missing,
}: {
  unitId: string;
  year: number;
  month: number;
  version: number;
  narrative: string;
  editable: boolean;
  missing: number;
}) {
  const router = useRouter();
  const [text, setText] = useState(narrative);
  const [msg, setMsg] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-2">
      <label htmlFor="district-narrative" className="block text-sm font-medium">
        {vi.monthly.narrative}
      </label>
      <textarea
        id="district-narrative"
        rows={5}
        disabled={!editable}
        className="block w-full rounded-md border border-slate-300 px-3 py-2 disabled:bg-slate-100"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {editable && missing > 0 ? (
        <Notice tone="warning">
          Còn {missing} xã chưa gửi số liệu; báo cáo vẫn gửi được và ghi rõ các xã còn thiếu.
        </Notice>
      ) : null}
      {editable ? (
        <Button
          disabled={pending || text.trim() === ""}
          onClick={() =>
            start(async () => {
              const result = await submitDistrictReportAction({ unitId, year, month, version, narrative: text });
              setMsg(
                result.ok
                  ? { tone: "success", text: vi.monthly.districtSubmitted }
                  : { tone: "error", text: result.message },
              );
              if (result.ok) router.refresh();
            })
          }
        >
          {vi.monthly.submitDistrict}
        </Button>
      ) : null}
      {msg ? <Notice tone={msg.tone}>{msg.text}</Notice> : null}
    </div>
  );
}

/** Province side: accept (also accepts the unit's submitted commune figures) or return with a reason. */
export function DistrictReviewButtons({
  reportId,
  version,
  unitName,
}: {
  reportId: string;
  version: number;
  unitName: string;
}) {
  const router = useRouter();
  const [mode, setMode] = useState<"idle" | "return">("idle");
  const [reason, setReason] = useState("");
  const [msg, setMsg] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const done = (outcome: { ok: boolean; message?: string }, ok: string) => {
    setMsg(outcome.ok ? { tone: "success", text: ok } : { tone: "error", text: outcome.message ?? "" });
    if (outcome.ok) {
      setMode("idle");
      router.refresh();
    }
  };
  return (
    <div className="space-y-2">
      {mode === "idle" ? (
        <div className="flex flex-wrap gap-2">
          <Button
            className="relative"
            disabled={pending}
            onClick={() =>
              start(async () => done(await acceptDistrictReportAction({ reportId, version }), vi.monthly.accepted))
            }
          >
            {vi.monthly.accept}
            <span className="sr-only"> báo cáo {unitName}</span>
          </Button>
          <Button variant="secondary" className="relative" onClick={() => setMode("return")}>
            {vi.monthly.return}
            <span className="sr-only"> báo cáo {unitName}</span>
          </Button>
        </div>
      ) : (
        <div className="space-y-2">
          <label htmlFor={`dr-reason-${reportId}`} className="block text-sm font-medium">
            {vi.monthly.returnReason}
          </label>
          <textarea
            id={`dr-reason-${reportId}`}
            rows={2}
            className="block w-full rounded-md border border-slate-300 px-3 py-2"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="flex gap-2">
            <Button
              variant="danger"
              disabled={pending || !reason.trim()}
              onClick={() =>
                start(async () =>
                  done(await returnDistrictReportAction({ reportId, version, reason }), vi.monthly.returned),
                )
              }
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
