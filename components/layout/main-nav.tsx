"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { createContext, useContext, useEffect, useRef, useState, type ReactNode, type RefObject } from "react";
import { currentLink, type NavGroup } from "@/lib/navigation/current-item";

const NAV_ID = "main-nav";

type Menu = { open: boolean; setOpen: (open: boolean) => void; button: RefObject<HTMLButtonElement | null> };
const MenuContext = createContext<Menu | null>(null);

function useMenu(): Menu {
  const menu = useContext(MenuContext);
  if (!menu) throw new Error("MainNav and MenuButton must sit inside NavMenuProvider");
  return menu;
}

/**
 * Shares the phone menu's state between its button (in the header) and the navigation (beside the page). While the
 * menu is open, Escape closes it and puts the focus back on the button.
 */
export function NavMenuProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", closeOnEscape);
    return () => document.removeEventListener("keydown", closeOnEscape);
  }, [open]);
  return <MenuContext.Provider value={{ open, setOpen, button }}>{children}</MenuContext.Provider>;
}

/** The phone menu button: a disclosure (aria-expanded, aria-controls) of the main navigation; none on wide screens. */
export function MenuButton({ label }: { label: string }) {
  const { open, setOpen, button } = useMenu();
  return (
    <button
      ref={button}
      type="button"
      aria-expanded={open}
      aria-controls={NAV_ID}
      onClick={() => setOpen(!open)}
      className={BUTTON_CLASS}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
        <path d={open ? CLOSE_ICON : MENU_ICON} />
      </svg>
      {label}
    </button>
  );
}

/**
 * The main navigation grouped by task (lib/navigation/items.ts): a side column on wide screens, a panel under the
 * header on phones while the menu is open (following a link closes it). The page the user is on is marked
 * aria-current="page".
 */
export function MainNav({ groups, label }: { groups: NavGroup[]; label: string }) {
  const { open, setOpen } = useMenu();
  const current = currentLink(
    usePathname(),
    groups.flatMap((group) => group.items),
  )?.href;
  return (
    <nav id={NAV_ID} aria-label={label} className={`${open ? "block" : "hidden"} ${NAV_CLASS}`}>
      {groups.map((group) => (
        <div key={group.id} className="mb-3 last:mb-0">
          {group.label ? (
            <span id={`${NAV_ID}-${group.id}`} className="block px-3 pb-1 text-xs font-semibold text-slate-600">
              {group.label}
            </span>
          ) : null}
          <ul aria-labelledby={group.label ? `${NAV_ID}-${group.id}` : undefined}>
            {group.items.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  onClick={() => setOpen(false)}
                  aria-current={item.href === current ? "page" : undefined}
                  className={item.href === current ? CURRENT_CLASS : LINK_CLASS}
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}

const BUTTON_CLASS =
  "flex items-center gap-2 rounded-md border border-white/40 px-3 py-1.5 text-sm font-medium " +
  "text-white hover:bg-white/10 lg:hidden";
// Phones: a panel under the header; wide screens: a side column that stays in view while the page scrolls.
const NAV_CLASS =
  "no-print border-b border-slate-200 bg-white px-2 py-3 lg:sticky lg:top-0 lg:block lg:w-60 lg:shrink-0 " +
  "lg:max-h-screen lg:self-start lg:overflow-y-auto lg:border-r lg:border-b-0 lg:bg-transparent";
const CURRENT_CLASS = "block rounded-md bg-brand-50 px-3 py-1.5 text-sm font-semibold text-brand-700";
const LINK_CLASS = "block rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100";
const MENU_ICON = "M3 5h14v2H3zm0 4h14v2H3zm0 4h14v2H3z";
const CLOSE_ICON = "M5.3 4 10 8.6 14.7 4 16 5.3 11.4 10l4.6 4.7-1.3 1.3-4.7-4.6L5.3 16 4 14.7 8.6 10 4 5.3z";
