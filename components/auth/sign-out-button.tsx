"use client";

import { useTransition } from "react";
import { signOutAction } from "@/app/(app)/account/actions";

export function SignOutButton({ label }: { label: string }) {
  const [pending, start] = useTransition();
  // A full page load afterwards: no page of the signed-in area stays in the client cache.
  // The figures and pages offline entry kept on this device go first (issue #17), so that a shared phone keeps
  // nothing even if the server cannot be reached; the code is fetched only now, not with every page.
  const signOut = () =>
    start(async () => {
      await import("@/lib/offline/clear-device-data").then(
        (m) => m.clearDeviceData(),
        () => undefined,
      );
      await signOutAction({});
      window.location.assign("/login");
    });
  return (
    <button
      type="button"
      onClick={signOut}
      disabled={pending}
      className="rounded-md px-3 py-2 text-sm text-white/90 hover:bg-white/10 disabled:opacity-60"
    >
      {label}
    </button>
  );
}
