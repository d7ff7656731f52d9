"use client";

import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { deleteAttachmentAction } from "@/app/(app)/programme/actions";
import { formatNumber } from "@/lib/format";
import { FileInput } from "@/components/ui/file-input";
import { t, vi } from "@/lib/i18n/vi";
import { UPLOAD_POLICIES, acceptAttribute } from "@/lib/uploads/document-types";

const text = vi.programme.proposals;
const POLICY = UPLOAD_POLICIES.proposalAttachment;

/** A proposal's files: download (through the scoped route), upload (≤ 10 MB, pdf/doc/xls/jpg/png), delete with confirmation. */
export function ProposalAttachments({
  proposalId,
  files,
  canEdit,
}: {
  proposalId: string;
  files: { id: string; fileName: string; size: number }[];
  canEdit: boolean;
}) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const upload = (event: React.FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setMessage({ tone: "error", text: text.fileEmpty });
    if (file.size > POLICY.maxBytes)
      return setMessage({ tone: "error", text: t(text.fileTooLarge, { mb: POLICY.maxBytes / 1024 / 1024 }) });
    start(async () => {
      const body = new FormData();
      body.set("proposalId", proposalId);
      body.set("file", file);
      const res = await fetch("/api/programme/attachments", { method: "POST", body });
      const json = (await res.json().catch(() => ({}))) as { ok?: boolean; message?: string };
      setMessage(
        json.ok
          ? { tone: "success", text: t(text.uploaded, { name: file.name }) }
          : { tone: "error", text: json.message ?? vi.errors.unexpected.replace("{id}", String(res.status)) },
      );
      if (json.ok) {
        if (input.current) input.current.value = "";
        router.refresh();
      }
    });
  };
  const remove = (id: string) =>
    start(async () => {
      const result = await deleteAttachmentAction({ attachmentId: id });
      setConfirm(null);
      setMessage(result.ok ? null : { tone: "error", text: result.message });
      if (result.ok) router.refresh();
    });
  return (
    <div className="space-y-3">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      {files.length === 0 ? (
        <p className="text-sm text-slate-600">{vi.common.none}</p>
      ) : (
        <ul className="space-y-1">
          {files.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center gap-2 text-sm">
              <a className="text-brand-700 underline" href={`/api/programme/attachments/${f.id}`}>
                {f.fileName}
              </a>
              <span className="text-slate-500">({formatNumber(f.size / 1024, 0)} KB)</span>
              {canEdit ? (
                confirm === f.id ? (
                  <>
                    <span>{t(text.confirmRemoveFile, { name: f.fileName })}</span>
                    <Button variant="danger" disabled={pending} onClick={() => remove(f.id)}>
                      {vi.common.confirm}
                    </Button>
                    <Button variant="secondary" onClick={() => setConfirm(null)}>
                      {vi.common.cancel}
                    </Button>
                  </>
                ) : (
                  <Button variant="secondary" onClick={() => setConfirm(f.id)}>
                    {text.removeFile}
                  </Button>
                )
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <form onSubmit={upload} className="flex flex-wrap items-end gap-2">
          <FileInput id="attachment-file" label={text.file} inputRef={input} accept={acceptAttribute(POLICY)} />
          <Button type="submit" disabled={pending}>
            {text.upload}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
