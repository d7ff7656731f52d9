import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import { OFFLINE_DB } from "./names";

/** A row of the form as typed (raw strings: "1.234" stays as typed until it is parsed on save). */
export type DraftValue = { num: string; bool: boolean | null; text: string; comment: string; showComment: boolean };
/** One value as the save action takes it (the form's payload row). */
export type SentValue = {
  indicatorId: string;
  num?: number | null;
  bool?: boolean | null;
  text?: string | null;
  comment: string | null;
};

/** Figures being typed, kept as the user types: survive a reload or a closed tab until saved or signed out. */
export type Draft = {
  key: string;
  userId: string;
  values: Record<string, DraftValue>;
  base: SentValue[];
  baseVersion: number;
  updatedAt: number;
};
/**
 * A save made without a connection: exactly what would have been sent, with the report version it was
 * based on (the server refuses it if the report changed since), and when it was made (ms since epoch).
 * Drafts carry `base`, the report's values when the typing started, to tell the user's changes apart.
 */
export type QueuedSave = {
  key: string;
  userId: string;
  communeId: string;
  year: number;
  month: number;
  baseVersion: number;
  values: SentValue[];
  savedAt: number;
};

interface OfflineSchema extends DBSchema {
  drafts: { key: string; value: Draft };
  queue: { key: string; value: QueuedSave; indexes: { byUser: string } };
}

let dbPromise: Promise<IDBPDatabase<OfflineSchema>> | null = null;
const db = () =>
  (dbPromise ??= openDB<OfflineSchema>(OFFLINE_DB, 1, {
    upgrade(database) {
      database.createObjectStore("drafts", { keyPath: "key" });
      database.createObjectStore("queue", { keyPath: "key" }).createIndex("byUser", "userId");
    },
    // Sign-out deletes the database: let go of it at once instead of blocking the deletion.
    blocking(_old, _new, event) {
      (event.target as IDBDatabase).close();
      dbPromise = null;
    },
  }));

/** The draft stored under `key`, or null. */
export async function loadDraft(key: string): Promise<Draft | null> {
  return (await (await db()).get("drafts", key)) ?? null;
}

/** Stores (replaces) the draft of one month. */
export async function saveDraft(draft: Draft): Promise<void> {
  await (await db()).put("drafts", draft);
}

/** Forgets the draft and the queued save of one month (after the server accepted a save). */
export async function forgetMonth(key: string): Promise<void> {
  const result = await db();
  const tx = result.transaction(["drafts", "queue"], "readwrite");
  await Promise.all([tx.objectStore("drafts").delete(key), tx.objectStore("queue").delete(key), tx.done]);
}

/**
 * Queues a save of one month. A second offline save of the same month replaces the first one's values
 * but keeps the version the first was based on: both were made on top of the same server state.
 */
export async function enqueueSave(save: QueuedSave): Promise<QueuedSave> {
  const result = await db();
  const prev = await result.get("queue", save.key);
  const next = prev ? { ...save, baseVersion: prev.baseVersion } : save;
  await result.put("queue", next);
  return next;
}

/** Removes one queued save (sent, or replaced by the user's choices after a conflict). */
export async function dropQueued(key: string): Promise<void> {
  await (await db()).delete("queue", key);
}

/** Every save this user has waiting on this device, oldest first. */
export async function queuedSaves(userId: string): Promise<QueuedSave[]> {
  const all = await (await db()).getAllFromIndex("queue", "byUser", userId);
  return all.sort((a, b) => a.savedAt - b.savedAt);
}
