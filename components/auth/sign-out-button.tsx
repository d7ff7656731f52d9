"use client";

import { useTransition } from "react";
import { signOutAction } from "@/app/(app)/account/actions";

export function SignOutButton({ label }: { label: string }) {
  const [pending, start] = useTransition();
  // A full page load afterwards: no page of the signed-in area stays in the client cache.
  const signOut = () => start(async () => {
    await signOutAction({});
    window.location.assign("/login");
  });
  return (
    <button type="button" onClick={signOut} disabled={pending} className="rounded-md px-3 py-2 text-sm text-white/90 hover:bg-white/10 disabled:opacity-60">
      {label}
    </button>
  );
}
