import Link from "next/link";
import { vi } from "@/lib/i18n/vi";

/** The "not found" message of the 404 pages (inside the signed-in shell, and the bare one outside it). */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-xl p-8 text-center" data-testid="not-found">
      <h1 className="text-2xl font-bold">{vi.errors.notFoundTitle}</h1>
      <p className="mt-3 text-slate-600">{vi.errors.notFound}</p>
      <Link href="/" className="mt-6 inline-block text-brand-600 underline">
        {vi.nav.home}
      </Link>
    </div>
  );
}
