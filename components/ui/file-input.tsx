"use client";

import { useRef, useState, type ChangeEvent, type RefObject } from "react";
import { input as text } from "@/lib/i18n/vi/input";

/**
 * The one file picker of the app (issue #13 case 10): the browser's own control shows its labels in the browser's
 * language ("Choose File / No file chosen"), so the native input is kept for keyboard, screen readers and form
 * semantics but hidden visually, and a Vietnamese button ("Chọn tệp") and the chosen file's name
 * ("Chưa chọn tệp nào") are drawn instead. `accept` comes from the upload policy (lib/uploads/document-types.ts).
 */
export function FileInput({
  id,
  label,
  accept,
  disabled,
  inputRef,
  onChange,
}: {
  id: string;
  label: string;
  accept: string;
  disabled?: boolean;
  inputRef?: RefObject<HTMLInputElement | null>;
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  const ownRef = useRef<HTMLInputElement | null>(null);
  // The caller's ref when it has one (to read the file on submit), else our own: the button below clicks it.
  const own = inputRef ?? ownRef;
  const [name, setName] = useState<string | null>(null);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        ref={own}
        type="file"
        accept={accept}
        disabled={disabled}
        className="peer sr-only"
        onChange={(event) => {
          setName(event.target.files?.[0]?.name ?? null);
          onChange?.(event);
        }}
      />
      <div className="mt-1 flex max-w-full items-center gap-2 rounded-md peer-focus-visible:ring-2 peer-focus-visible:ring-brand-600">
        <span
          aria-hidden="true"
          onClick={() => !disabled && own.current?.click()}
          className={`inline-flex min-h-10 cursor-pointer items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 ${disabled ? "opacity-60" : ""}`}
        >
          {text.file.choose}
        </span>
        <span aria-live="polite" className="truncate text-sm text-slate-600" data-testid={`${id}-name`}>
          {name ?? text.file.none}
        </span>
      </div>
    </div>
  );
}
