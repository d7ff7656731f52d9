"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/field";
import { resetPasswordAction, setUserActiveAction } from "@/app/(app)/users/actions";
import { t, vi } from "@/lib/i18n/vi";

export function UserRowActions({ userId, name, isActive }: { userId: string; name: string; isActive: boolean }) {
  const [mode, setMode] = useState<"idle" | "confirm-deactivate" | "reset">("idle");
  const [password, setPassword] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const toggle = (next: boolean) =>
    start(async () => {
      const result = await setUserActiveAction({ userId, isActive: next });
      setMessage(result.ok ? null : result.message);
      setMode("idle");
    });
  const reset = () =>
    start(async () => {
      const result = await resetPasswordAction({ userId, password });
      setMessage(result.ok ? vi.users.passwordReset : result.message);
      if (result.ok) {
        setMode("idle");
        setPassword("");
      }
    });

  return (
    <div className="flex flex-wrap items-center gap-2">
      {mode === "confirm-deactivate" ? (
        <>
          <span className="text-sm">{t(vi.users.confirmDeactivate, { name })}</span>
          <Button variant="danger" disabled={pending} onClick={() => toggle(false)}>
            {vi.common.confirm}
          </Button>
          <Button variant="secondary" onClick={() => setMode("idle")}>
            {vi.common.cancel}
          </Button>
        </>
      ) : mode === "reset" ? (
        <>
          <label className="sr-only" htmlFor={`pw-${userId}`}>
            {vi.auth.newPassword}
          </label>
          <TextInput
            id={`pw-${userId}`}
            type="password"
            autoComplete="new-password"
            placeholder={vi.auth.newPassword}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            className="max-w-48"
          />
          <Button disabled={pending} onClick={reset}>
            {vi.common.save}
          </Button>
          <Button variant="secondary" onClick={() => setMode("idle")}>
            {vi.common.cancel}
          </Button>
        </>
      ) : (
        <>
          {isActive ? (
            <Button variant="secondary" onClick={() => setMode("confirm-deactivate")}>
              {vi.users.deactivate}
            </Button>
          ) : (
            <Button variant="secondary" disabled={pending} onClick={() => toggle(true)}>
              {vi.users.activate}
            </Button>
          )}
          <Button variant="secondary" onClick={() => setMode("reset")}>
            {vi.users.resetPassword}
          </Button>
        </>
      )}
      {message ? (
        <span role="status" className="text-sm text-slate-700">
          {message}
        </span>
      ) : null}
    </div>
  );
}
