import Link from "next/link";
import type { Actor } from "@/lib/authz/actor";
import { getReminders } from "@/lib/server/monthly/get-reminders";
import { vi } from "@/lib/i18n/vi";

/** Home-page reminders of monthly reports due within 3 days, overdue or returned (commune and district users). */
export async function MonthlyReminders({ actor }: { actor: Actor }) {
  const items = await getReminders(actor);
  if (items.length === 0) return null;
  return (
    <section aria-label={vi.monthly.reminders} className="mb-4 space-y-2" data-testid="monthly-reminders">
      {items.map((r) => (
        <div
          key={r.key}
          role="status"
          className={`rounded-md border px-3 py-2 text-sm ${r.tone === "error" ? "border-red-300 bg-red-50 text-red-900" : "border-amber-300 bg-amber-50 text-amber-900"}`}
        >
          {r.message}{" "}
          <Link className="underline" href={r.href}>
            Mở
          </Link>
        </div>
      ))}
    </section>
  );
}
