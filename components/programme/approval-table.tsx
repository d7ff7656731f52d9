"use client";

import { useMemo, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { Table } from "@/components/ui/table";
import { approveProposalAction, rejectProposalAction } from "@/app/(app)/programme/actions";
import { HOTSPOT_TYPES, HOTSPOT_TYPE_LABELS, type HotspotType } from "@/lib/domain/types";
import { formatNumber } from "@/lib/format";
import { vi } from "@/lib/i18n/vi";

const approvalText = vi.programme.approval;
const ps = vi.programme.proposals;
type Totals = { CRIMINAL: number; DRUGS: number; ECONOMY_ENVIRONMENT: number; OTHER: number };
export type ApprovalRow = {
  id: string;
  status: "DRAFT" | "SUBMITTED" | "WITHDRAWN" | "APPROVED" | "REJECTED";
  source: "DISTRICT" | "PROVINCE" | "CARRY_OVER";
  hotspotTypes: HotspotType[];
  justification: string;
  decisionReason: string | null;
  version: number;
  communeName: string;
  districtId: string;
  districtName: string;
  newRural: boolean;
  totals: Totals;
  score: number;
  /** On the issued list: changed only by an amending decision (no approve/reject here). */
  listed: boolean;
};
type SortKey = "score" | keyof Totals | "communeName";

/** The ranked table of the year's proposals: sortable by each criteria group, filterable by district and type; approve / reject with a reason. */
export function ApprovalTable({
  rows,
  districts,
  year,
}: {
  rows: ApprovalRow[];
  districts: { id: string; name: string }[];
  year: number;
}) {
  const router = useRouter();
  const [sort, setSort] = useState<SortKey>("score");
  const [district, setDistrict] = useState("");
  const [type, setType] = useState("");
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();

  const shown = useMemo(() => {
    const list = rows.filter(
      (r) => (!district || r.districtId === district) && (!type || r.hotspotTypes.includes(type as HotspotType)),
    );
    const value = (r: ApprovalRow) => (sort === "score" ? r.score : sort === "communeName" ? 0 : r.totals[sort]);
    return [...list].sort((a, b) =>
      sort === "communeName" ? a.communeName.localeCompare(b.communeName, "vi") : value(b) - value(a),
    );
  }, [rows, district, type, sort]);

  const act = (call: () => Promise<{ ok: boolean; message?: string; data?: unknown }>) =>
    start(async () => {
      const result = await call();
      const text = result.ok ? ((result.data as { message?: string })?.message ?? "") : (result.message ?? "");
      setMessage({ tone: result.ok ? "success" : "error", text });
      if (result.ok) {
        setRejecting(null);
        setReason("");
        router.refresh();
      }
    });
  const sortButton = (key: SortKey, label: string) => (
    <button
      type="button"
      onClick={() => setSort(key)}
      className={`underline-offset-2 ${sort === key ? "font-bold underline" : "hover:underline"}`}
      aria-pressed={sort === key}
    >
      {label}
    </button>
  );

  return (
    <div className="space-y-3">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={approvalText.filterDistrict} htmlFor="filter-district">
          <Select id="filter-district" value={district} onChange={(e) => setDistrict(e.target.value)}>
            <option value="">{approvalText.all}</option>
            {districts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={approvalText.filterType} htmlFor="filter-type">
          <Select id="filter-type" value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">{approvalText.all}</option>
            {HOTSPOT_TYPES.map((x) => (
              <option key={x} value={x}>
                {HOTSPOT_TYPE_LABELS[x]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={approvalText.sortBy} htmlFor="sort-by">
          <Select id="sort-by" value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            <option value="score">{ps.total}</option>
            <option value="CRIMINAL">{ps.groupShort.CRIMINAL}</option>
            <option value="DRUGS">{ps.groupShort.DRUGS}</option>
            <option value="ECONOMY_ENVIRONMENT">{ps.groupShort.ECONOMY_ENVIRONMENT}</option>
            <option value="OTHER">{ps.groupShort.OTHER}</option>
            <option value="communeName">{ps.commune}</option>
          </Select>
        </Field>
      </div>
      <Table
        head={[
          approvalText.rank,
          sortButton("communeName", ps.commune),
          ps.types,
          sortButton("CRIMINAL", ps.groupShort.CRIMINAL),
          sortButton("DRUGS", ps.groupShort.DRUGS),
          sortButton("ECONOMY_ENVIRONMENT", ps.groupShort.ECONOMY_ENVIRONMENT),
          sortButton("OTHER", ps.groupShort.OTHER),
          vi.programme.status,
          vi.common.actions,
        ]}
      >
        {shown.map((r, i) => (
          <tr key={r.id} data-testid="approval-row" data-commune={r.communeName}>
            <td className="tabular-nums">{i + 1}</td>
            <td>
              {/* The proposal's page: its files, and the figures of a carry-over or province-added row (entered there). */}
              <a className="font-medium text-brand-700 underline" href={`/programme/${year}/proposals/${r.id}`}>
                {r.communeName}
              </a>
              {r.districtName ? <span className="block text-xs text-slate-600">{r.districtName}</span> : null}
              {r.newRural ? <span className="block text-xs text-amber-800">⚠ NTM {""}</span> : null}
              {r.justification ? <span className="block text-xs text-slate-600">{r.justification}</span> : null}
            </td>
            <td>{r.hotspotTypes.map((x) => HOTSPOT_TYPE_LABELS[x]).join(", ")}</td>
            <td className="tabular-nums">{formatNumber(r.totals.CRIMINAL)}</td>
            <td className="tabular-nums">{formatNumber(r.totals.DRUGS)}</td>
            <td className="tabular-nums">{formatNumber(r.totals.ECONOMY_ENVIRONMENT)}</td>
            <td className="tabular-nums">{formatNumber(r.totals.OTHER)}</td>
            <td>
              {ps.status[r.status]}
              {r.source !== "DISTRICT" ? (
                <span className="block text-xs text-slate-600">{ps.source[r.source]}</span>
              ) : null}
              {r.decisionReason && r.status === "REJECTED" ? (
                <span className="block text-xs text-slate-600">{r.decisionReason}</span>
              ) : null}
            </td>
            <td>
              {r.listed || r.status === "WITHDRAWN" ? null : rejecting === r.id ? (
                <div className="flex min-w-56 flex-col gap-2">
                  <label htmlFor={`reason-${r.id}`} className="text-sm font-medium">
                    {approvalText.reason}
                  </label>
                  <TextInput id={`reason-${r.id}`} value={reason} onChange={(e) => setReason(e.target.value)} />
                  <div className="flex gap-2">
                    <Button
                      variant="danger"
                      disabled={pending}
                      onClick={() => act(() => rejectProposalAction({ proposalId: r.id, version: r.version, reason }))}
                    >
                      {vi.common.confirm}
                    </Button>
                    <Button variant="secondary" onClick={() => setRejecting(null)}>
                      {vi.common.cancel}
                    </Button>
                  </div>
                </div>
              ) : (
                <div className="flex flex-wrap gap-2">
                  {r.status === "SUBMITTED" || r.status === "REJECTED" ? (
                    <Button
                      disabled={pending}
                      onClick={() => act(() => approveProposalAction({ proposalId: r.id, version: r.version }))}
                      aria-label={`${approvalText.approve} ${r.communeName}`}
                    >
                      {approvalText.approve}
                    </Button>
                  ) : null}
                  {r.status === "SUBMITTED" || r.status === "APPROVED" ? (
                    <Button
                      variant="secondary"
                      onClick={() => {
                        setRejecting(r.id);
                        setReason("");
                      }}
                      aria-label={`${approvalText.reject} ${r.communeName}`}
                    >
                      {approvalText.reject}
                    </Button>
                  ) : null}
                </div>
              )}
            </td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
