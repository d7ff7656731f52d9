"use client";

import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { deleteTaskAttachmentAction } from "@/app/(app)/committee/actions";
import { t } from "@/lib/i18n/t";
import { committee } from "@/lib/i18n/vi/committee";
import { common } from "@/lib/i18n/vi/common";
import { UPLOAD_POLICIES, acceptAttribute } from "@/lib/uploads/document-types";

const text = committee.tasks;

type EvidenceFile = { id: string; fileName: string; deletable: boolean };

/**
 * A task's evidence files: download links (scoped route), delete after an inline confirmation where the page found
 * the actor may (`deletable`; the server checks again), and an upload (policy `taskEvidence`, checked again on the
 * server).
 */
export function TaskEvidenceFiles({ taskId, title, files }: { taskId: string; title: string; files: EvidenceFile[] }) {
  const router = useRouter();
  const [confirm, setConfirm] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const upload = () => {
    const file = input.current?.files?.[0];
    if (!file) return;
    start(async () => {
      const body = new FormData();
      body.set("taskId", taskId);
      body.set("file", file);
      const res = await fetch("/api/committee/task-attachments", { method: "POST", body });
      const json = (await res.json().catch(() => ({}))) as { ok?: boolean; message?: string };
      setMessage({
        ok: !!json.ok,
        text: json.ok ? text.attached.replace("{name}", file.name) : (json.message ?? String(res.status)),
      });
      if (json.ok) {
        if (input.current) input.current.value = "";
        router.refresh();
      }
    });
  };
  const remove = (file: EvidenceFile) =>
    start(async () => {
      const result = await deleteTaskAttachmentAction({ attachmentId: file.id });
      setMessage({ ok: result.ok, text: result.ok ? t(text.fileDeleted, { name: file.fileName }) : result.message });
      setConfirm(null);
      if (result.ok) router.refresh();
    });
  const id = `evidence-file-${taskId}`;
  return (
    <div className="flex flex-col gap-1 text-sm">
      {files.map((f) => (
        <span key={f.id} className="flex flex-wrap items-center gap-1">
          <a className="text-brand-700 underline" href={`/api/committee/task-attachments/${f.id}`}>
            {f.fileName}
          </a>
          {f.deletable && confirm !== f.id ? (
            <Button type="button" variant="secondary" onClick={() => setConfirm(f.id)}>
              {text.deleteFile}
            </Button>
          ) : null}
          {confirm === f.id ? (
            <>
              <span>{t(text.confirmDeleteFile, { name: f.fileName })}</span>
              <Button type="button" variant="danger" disabled={pending} onClick={() => remove(f)}>
                {common.confirm}
              </Button>
              <Button type="button" variant="secondary" onClick={() => setConfirm(null)}>
                {common.cancel}
              </Button>
            </>
          ) : null}
        </span>
      ))}
      <label htmlFor={id} className="sr-only">
        {text.fileLabel.replace("{title}", title)}
      </label>
      <input
        id={id}
        ref={input}
        type="file"
        accept={acceptAttribute(UPLOAD_POLICIES.taskEvidence)}
        className="text-xs"
      />
      <Button type="button" variant="secondary" disabled={pending} onClick={upload}>
        {text.attach}
      </Button>
      {message ? (
        <span role="status" className={`text-xs ${message.ok ? "text-emerald-800" : "text-red-700"}`}>
          {message.text}
        </span>
      ) : null}
    </div>
  );
}
