"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The main navigation; the section the user is in is marked (the longest matching link wins: /monthly/indicators over /monthly). */
export function MainNav({ items, label }: { items: { href: string; label: string }[]; label: string }) {
  const pathname = usePathname();
  const matches = (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
  const current = items.filter((i) => matches(i.href)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label={label} className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 pb-2 md:flex-wrap md:overflow-visible">
      {items.map((item) => (
        <Link key={item.href} href={item.href} aria-current={item.href === current ? "page" : undefined}
          className={`whitespace-nowrap rounded-md px-3 py-1.5 text-sm hover:bg-white/10 ${item.href === current ? "bg-white/15 font-semibold text-white" : "text-white/90"}`}>
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
