import { OFFLINE_CACHES, OFFLINE_DB } from "./names";

/**
 * Deletes everything offline entry kept on this device: typed drafts, queued saves (IndexedDB) and the
 * cached entry pages and shell (Cache Storage). Called at sign-out, before the server session ends, so a
 * shared phone keeps no figures of the commune. Never throws: a browser without these APIs has nothing to clear.
 */
export async function clearDeviceData(): Promise<void> {
  const jobs: Promise<unknown>[] = [];
  if (typeof caches !== "undefined") jobs.push(...OFFLINE_CACHES.map((name) => caches.delete(name)));
  if (typeof indexedDB !== "undefined") {
    jobs.push(
      new Promise<void>((resolve) => {
        const req = indexedDB.deleteDatabase(OFFLINE_DB);
        // "blocked": another tab still holds the database open; it is deleted once that tab closes it.
        req.onsuccess = req.onerror = req.onblocked = () => resolve();
      }),
    );
  }
  await Promise.allSettled(jobs);
}
