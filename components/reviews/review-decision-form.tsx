"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field, TextInput } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import { decideReviewAction } from "@/app/(app)/reviews/actions";
import { vi } from "@/lib/i18n/vi";

const text = vi.reviews;

/**
 * The province accepts a submitted review, or returns it with a reason (asked before returning).
 * `returnOnly`: a year-end review, which is accepted by the verdict proposal instead.
 */
export function ReviewDecisionForm({
  reviewId,
  version,
  returnOnly = false,
}: {
  reviewId: string;
  version: number;
  returnOnly?: boolean;
}) {
  const router = useRouter();
  const { run, message } = useActionRunner();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const decide = async (decision: "ACCEPT" | "RETURN") => {
    setBusy(true);
    const result = await run(
      () => decideReviewAction({ reviewId, decision, reason: decision === "RETURN" ? reason : undefined, version }),
      decision === "ACCEPT" ? text.accepted : text.returned,
    );
    setBusy(false);
    if (result.ok) router.refresh();
  };
  return (
    <div className="space-y-3">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      {returning ? (
        <div className="space-y-2">
          <Field label={text.returnReason} htmlFor="rv-return-reason">
            <TextInput id="rv-return-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button variant="danger" disabled={busy || !reason.trim()} onClick={() => decide("RETURN")}>
              {text.returnLabel}
            </Button>
            <Button variant="secondary" onClick={() => setReturning(false)}>
              {vi.common.cancel}
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          {returnOnly ? null : (
            <Button disabled={busy} onClick={() => decide("ACCEPT")}>
              {text.accept}
            </Button>
          )}
          <Button variant="secondary" onClick={() => setReturning(true)}>
            {text.returnLabel}
          </Button>
        </div>
      )}
    </div>
  );
}
