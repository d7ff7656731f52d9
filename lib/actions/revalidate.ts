import "server-only";
import { revalidatePath } from "next/cache";

/**
 * revalidatePath for action bodies. Outside a Next request (tests and scripts run
 * the same actions through runActionAs) there is no cache to refresh, which Next
 * reports with an "Invariant … store missing" error: that case alone is ignored.
 * A path ending in "/*" refreshes the whole layout below it.
 */
export function revalidate(...paths: string[]): void {
  for (const path of paths) {
    try {
      if (path.endsWith("/*")) revalidatePath(path.slice(0, -2) || "/", "layout");
      else revalidatePath(path);
    } catch (error) {
      if (!(error instanceof Error && /store missing/.test(error.message))) throw error;
    }
  }
}
