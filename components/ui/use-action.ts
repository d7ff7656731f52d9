"use client";

import { useState } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/result";

/** Runs a server action and maps its result onto a form: field errors, or one message. */
export function useActionRunner<T extends FieldValues>(setError?: UseFormSetError<T>) {
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  async function run<R>(call: () => Promise<ActionResult<R>>, success?: string): Promise<ActionResult<R>> {
    setMessage(null);
    const result = await call();
    if (result.ok) {
      if (success) setMessage({ tone: "success", text: success });
    } else {
      setMessage({ tone: "error", text: result.message });
      for (const [field, errors] of Object.entries(result.fieldErrors ?? {})) {
        setError?.(field as Path<T>, { message: errors[0] });
      }
    }
    return result;
  }
  return { run, message, setMessage };
}
