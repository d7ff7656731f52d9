"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { useActionRunner } from "@/components/ui/use-action";
import { renameCommitteeAction } from "@/app/(app)/units/actions";
import { golive } from "@/lib/i18n/vi/golive";

/** Edits a unit's steering committee name (generated at import: "Ban Chỉ đạo 138 …"). */
export function CommitteeNameForm({ unitId, committeeName }: { unitId: string; committeeName: string }) {
  const [value, setValue] = useState(committeeName);
  const { run, message } = useActionRunner();
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => renameCommitteeAction({ unitId, committeeName: value }), golive.committee.saved);
      }}
    >
      <div className="min-w-72 flex-1">
        <label htmlFor="committee-name" className="block text-sm font-medium text-slate-700">
          {golive.committee.label}
        </label>
        <input
          id="committee-name"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600"
        />
      </div>
      <Button type="submit">{golive.committee.save}</Button>
      {message ? (
        <div className="w-full">
          <Notice tone={message.tone}>{message.text}</Notice>
        </div>
      ) : null}
    </form>
  );
}
