import Link from "next/link";
import { vi } from "@/lib/i18n/vi";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl p-8 text-center">
      <h1 className="text-2xl font-bold">Không tìm thấy</h1>
      <p className="mt-3 text-slate-600">{vi.errors.notFound}</p>
      <Link href="/" className="mt-6 inline-block text-brand-600 underline">{vi.nav.home}</Link>
    </main>
  );
}
