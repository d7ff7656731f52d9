"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/login" })} className="rounded-md px-3 py-2 text-sm text-white/90 hover:bg-white/10">
      {label}
    </button>
  );
}
