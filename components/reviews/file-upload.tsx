"use client";

import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { FileInput } from "@/components/ui/file-input";
import { t, vi } from "@/lib/i18n/vi";
import { UPLOAD_POLICIES, acceptAttribute } from "@/lib/uploads/document-types";

/** Uploads one file to /api/reviews/attachments (minutes of a year-end review, or a nomination file). */
export function FileUpload({
  target,
  ownerId,
  kind,
  label,
  id,
}: {
  target: "minutes" | "nomination";
  ownerId: string;
  kind?: string;
  label: string;
  id: string;
}) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const policy = target === "minutes" ? UPLOAD_POLICIES.reviewMinutes : UPLOAD_POLICIES.nominationFile;
  const upload = (event: React.FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setMessage({ tone: "error", text: "Chưa chọn tệp." });
    if (file.size > policy.maxBytes)
      return setMessage({
        tone: "error",
        text: t(vi.reviews.fileTooLarge, { max: `${policy.maxBytes / 1024 / 1024} MB` }),
      });
    start(async () => {
      const body = new FormData();
      body.set("target", target);
      body.set("ownerId", ownerId);
      if (kind) body.set("kind", kind);
      body.set("file", file);
      const res = await fetch("/api/reviews/attachments", { method: "POST", body });
      const json = (await res.json().catch(() => ({}))) as { ok?: boolean; message?: string };
      setMessage(
        json.ok
          ? { tone: "success", text: vi.reviews.uploaded }
          : { tone: "error", text: json.message ?? t(vi.errors.unexpected, { id: String(res.status) }) },
      );
      if (json.ok) {
        if (input.current) input.current.value = "";
        router.refresh();
      }
    });
  };
  return (
    <form onSubmit={upload} className="flex flex-wrap items-end gap-2">
      <FileInput id={id} label={label} inputRef={input} accept={acceptAttribute(policy)} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {vi.reviews.upload}
      </Button>
      {message ? (
        <div className="w-full">
          <Notice tone={message.tone}>{message.text}</Notice>
        </div>
      ) : null}
    </form>
  );
}
