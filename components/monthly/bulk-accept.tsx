"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { bulkAcceptAction } from "@/app/(app)/monthly/actions";
import { formatDateTime } from "@/lib/format";
import { vi } from "@/lib/i18n/vi";

export type OverviewRow = {
  communeId: string;
  communeName: string;
  parentName: string | null;
  selected: boolean;
  reportId: string | null;
  status: "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED" | null;
  submittedAt: string | null;
  timeliness: "ON_TIME" | "LATE" | "MISSING" | "NOT_DUE";
};

const TIMELINESS = { ON_TIME: "Đúng hạn", LATE: "Muộn", MISSING: "Chưa gửi (quá hạn)", NOT_DUE: "Chưa gửi" } as const;

/** Communes of the month with their status; submitted ones can be accepted in bulk. */
export function CommuneStatusTable({
  rows,
  year,
  month,
  canReview,
}: {
  rows: OverviewRow[];
  year: number;
  month: number;
  canReview: boolean;
}) {
  const router = useRouter();
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [msg, setMsg] = useState<{ tone: "success" | "warning" | "error"; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, start] = useTransition();
  const submittable = rows.filter((r) => r.status === "SUBMITTED" && r.reportId);
  const toggle = (id: string) =>
    setPicked((previous) => {
      const set = new Set(previous);
      if (set.has(id)) set.delete(id);
      else set.add(id);
      return set;
    });
  const accept = () =>
    start(async () => {
      const result = await bulkAcceptAction({ reportIds: [...picked] });
      setConfirming(false);
      // "Đã tiếp nhận 3/5 báo cáo." then one line per skipped report (commune: why).
      if (result.ok) {
        setMsg({ tone: result.data.skipped.length > 0 ? "warning" : "success", text: result.data.message });
        setPicked(new Set());
        router.refresh();
      } else setMsg({ tone: "error", text: result.message });
    });
  return (
    <div>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b text-slate-600">
            <tr>
              {canReview ? (
                <th className="relative py-2 pr-2">
                  <span className="sr-only">Chọn</span>
                  <input
                    type="checkbox"
                    aria-label="Chọn tất cả báo cáo đã gửi"
                    checked={submittable.length > 0 && picked.size === submittable.length}
                    onChange={(e) =>
                      setPicked(e.target.checked ? new Set(submittable.map((r) => r.reportId!)) : new Set())
                    }
                  />
                </th>
              ) : null}
              <th className="py-2 pr-3">{vi.monthly.commune}</th>
              <th className="py-2 pr-3">Trạng thái</th>
              <th className="py-2 pr-3">{vi.monthly.submittedAt}</th>
              <th className="py-2 pr-3">Đúng hạn</th>
              <th className="relative py-2 pr-3">
                <span className="sr-only">{vi.common.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody className="[&>tr]:border-b">
            {rows.map((r) => (
              <tr key={r.communeId} data-testid={`commune-row-${r.communeName}`}>
                {canReview ? (
                  <td className="py-2 pr-2">
                    {r.status === "SUBMITTED" && r.reportId ? (
                      <input
                        type="checkbox"
                        aria-label={`Chọn ${r.communeName}`}
                        checked={picked.has(r.reportId)}
                        onChange={() => toggle(r.reportId!)}
                      />
                    ) : null}
                  </td>
                ) : null}
                <td className="py-2 pr-3">
                  {r.communeName}
                  {r.parentName ? <span className="block text-xs text-slate-500">{r.parentName}</span> : null}
                  {!r.selected ? (
                    <span className="block text-xs text-slate-500">Không thuộc danh sách chuyển hóa</span>
                  ) : null}
                </td>
                <td className="py-2 pr-3">{vi.monthly.status[r.status ?? "NONE"]}</td>
                <td className="py-2 pr-3">{formatDateTime(r.submittedAt)}</td>
                <td className="py-2 pr-3">{r.selected ? TIMELINESS[r.timeliness] : ""}</td>
                <td className="py-2 pr-3">
                  <Link className="relative text-brand-700 underline" href={`/monthly/${r.communeId}/${year}/${month}`}>
                    {vi.monthly.open}
                    <span className="sr-only"> {r.communeName}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canReview && submittable.length > 0 ? (
        <div className="mt-3 flex flex-wrap items-center gap-2">
          {confirming ? (
            <>
              <span className="text-sm">Tiếp nhận {picked.size} báo cáo? Số liệu sẽ bị khóa.</span>
              <Button disabled={pending} onClick={accept}>
                {vi.common.confirm}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                {vi.common.cancel}
              </Button>
            </>
          ) : (
            <Button disabled={picked.size === 0} onClick={() => setConfirming(true)}>
              {vi.monthly.bulkAccept} ({picked.size})
            </Button>
          )}
        </div>
      ) : null}
      {msg ? (
        <div className="mt-2 whitespace-pre-line" data-testid="bulk-result">
          <Notice tone={msg.tone}>{msg.text}</Notice>
        </div>
      ) : null}
    </div>
  );
}
