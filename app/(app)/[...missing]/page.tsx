import { notFound } from "next/navigation";

/**
 * Any address no page matches: answered inside the app shell (the (app) layout signs the user in first, then
 * app/(app)/not-found.tsx), instead of Next's bare prerendered 404 (issue #13 case 10).
 */
export default function UnknownRoute(): never {
  notFound();
}
