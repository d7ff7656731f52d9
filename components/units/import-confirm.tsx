"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { useActionRunner } from "@/components/ui/use-action";
import { importOfficialProvinceAction } from "@/app/(app)/units/import/actions";
import { t } from "@/lib/i18n/t";
import { golive } from "@/lib/i18n/vi/golive";

/** The confirm button of the official-list import; shows what was changed. */
export function ImportConfirm({
  provinceCode,
  provinceName,
  withHistory,
  canConfirm,
}: {
  provinceCode: string;
  provinceName: string;
  withHistory: boolean;
  canConfirm: boolean;
}) {
  const { run, message } = useActionRunner();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  async function confirm() {
    setBusy(true);
    const result = await run(() => importOfficialProvinceAction({ provinceCode, withHistory }));
    setBusy(false);
    if (result.ok) {
      const changes = result.data.changes;
      setDone(
        t(golive.import.done, {
          province: provinceName,
          created: changes.created.length,
          renamed: changes.renamed.length,
          links: changes.successionsAdded,
        }),
      );
    }
  }
  return (
    <div className="space-y-3">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      {done ? <Notice tone="success">{done}</Notice> : null}
      {canConfirm ? (
        <Button type="button" onClick={confirm} disabled={busy}>
          {golive.import.confirm}
        </Button>
      ) : null}
    </div>
  );
}
