"use client";

import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from "react";
import { saveMonthlyAction } from "@/app/(app)/monthly/actions";
import { offline as strings } from "@/lib/i18n/vi/offline";
import { t } from "@/lib/i18n/t";
import { formatDateTime } from "@/lib/format-date-time";
import { reportKey } from "@/lib/offline/names";
import type { FieldDifference, ServerValue } from "@/lib/offline/compare-values";
import type { DraftValue, QueuedSave, SentValue } from "@/lib/offline/store";
import type { EntryItem, EntryView } from "@/components/monthly/entry-view";
import { ConnectionStatus } from "./connection-status";

// Everything below is fetched only when needed, so the entry page's first JavaScript stays in budget
// (README "Performance": ≤ 200 KB gzip): IndexedDB code once the page is editable, the comparison on a conflict.
const store = () => import("@/lib/offline/store");
/** Pause before a queued save whose send failed while online is sent again (ms). */
const SEND_RETRY_MS = 3000;
const ComparePanel = lazy(() => import("./compare-panel"));

export type SaveInput = {
  communeId: string;
  year: number;
  month: number;
  version: number;
  values: SentValue[];
  submit: boolean;
};
type ActionResponse = Awaited<ReturnType<typeof saveMonthlyAction>>;
/** A save result, or "kept on the device" when there was no connection. */
export type OfflineSaveResult = ActionResponse | { queued: QueuedSave };
type Conflict = { diffs: FieldDifference[]; version: number; current: ServerValue[] };

const subscribe = (cb: () => void) => {
  window.addEventListener("online", cb);
  window.addEventListener("offline", cb);
  return () => {
    window.removeEventListener("online", cb);
    window.removeEventListener("offline", cb);
  };
};
/** navigator.onLine as React state (true while rendering on the server). */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}

const serverValues = (items: EntryItem[]): ServerValue[] =>
  items.filter((i) => i.typed).map((i) => ({ indicatorId: i.id, ...i.value }));

/**
 * Offline entry of one month on the device (issue #17), wrapped around the monthly entry form:
 * - keeps the typed figures in IndexedDB as the user types and restores them on reload (with the
 *   version they were typed on, so a save of figures typed on an older version is refused by the server);
 * - `save` sends through the save action, or queues the save on the device when there is no connection
 *   (submitting is refused offline); a queued save is re-sent by `resend` when the connection returns,
 *   with the version it was based on;
 * - `conflict` (the server's stale-version refusal) opens the field-by-field comparison; the chosen rows
 *   are handed to `resolve` to be saved on the server's current version, with `shown`: the server's current
 *   values overlaid by those rows, for the form to show (so a later save cannot wipe the other change).
 * `userId` null (the page is read-only for this user) turns everything but the connection state off.
 */
export function useOfflineEntry(opts: {
  entry: EntryView;
  userId: string | null;
  values: Record<string, DraftValue>;
  version: number;
  payloadOf: (values: Record<string, DraftValue>) => SentValue[];
  restore: (values: Record<string, DraftValue>, baseVersion: number) => void;
  resend: (values: SentValue[], version: number) => void;
  resolve: (rows: SentValue[], version: number, shown: SentValue[]) => void;
}) {
  const { entry, userId, values, version } = opts;
  const enabled = userId !== null && entry.canEdit;
  const key = userId ? reportKey(userId, entry.commune.id, entry.year, entry.month) : "";
  const serverVersion = entry.report?.version ?? 0;
  const online = useOnline();
  const [ready, setReady] = useState(false);
  const [queue, setQueue] = useState<QueuedSave[]>([]);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The form values as loaded (before any restore): they are not the user's typing, so not a draft.
  const loaded = useRef<Record<string, DraftValue> | null>(null);
  // A restored draft typed on an older version with no save queued: compared with the server once online.
  const staleDraft = useRef(false);
  const latest = useRef(opts);
  // Kept current after each render (before any effect runs), for the effects and callbacks below.
  useLayoutEffect(() => {
    latest.current = opts;
  });
  // The report's values the typing started from: tells the user's own changes apart in a comparison.
  const base = useRef<SentValue[]>(serverValues(entry.items));
  useEffect(() => {
    if (version === serverVersion) base.current = serverValues(entry.items);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new server version moves the base, not typing
  }, [serverVersion]);
  const draftOf = (v: Record<string, DraftValue>, baseVersion: number) => ({
    key,
    userId: userId!,
    values: v,
    base: base.current,
    baseVersion,
    updatedAt: Date.now(),
  });

  const refreshQueue = async () => {
    if (userId) setQueue(await (await store()).queuedSaves(userId));
  };

  // 1. Restore what was typed on this device, and list the saves still waiting.
  useEffect(() => {
    if (!enabled || !userId) return;
    let stop = false;
    (async () => {
      const result = await store();
      const [draft, waiting] = await Promise.all([result.loadDraft(key), result.queuedSaves(userId)]);
      if (stop) return;
      setQueue(waiting);
      const current = latest.current;
      if (
        draft &&
        JSON.stringify(current.payloadOf(draft.values)) !== JSON.stringify(current.payloadOf(current.values))
      ) {
        current.restore(draft.values, draft.baseVersion);
        base.current = draft.base;
        loaded.current = draft.values;
        setNotice(draft.baseVersion === serverVersion ? strings.restoredDraft : strings.staleDraft);
        staleDraft.current = draft.baseVersion !== serverVersion && !waiting.some((q) => q.key === key);
      } else {
        loaded.current = current.values;
        if (draft) await result.forgetMonth(key);
      }
    })();
    return () => {
      stop = true;
    };
    // Once per month and user: later server versions are handled by the form and by `conflict`.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above; `key` holds the user id
  }, [enabled, key]);

  // 2. Keep the typing on the device as it happens (the first write comes after the restore above).
  useEffect(() => {
    if (!enabled || !userId || loaded.current === null || loaded.current === values) return;
    void store().then((s) => s.saveDraft(draftOf(values, version)));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- draftOf reads only key, userId (deps) and a ref
  }, [enabled, key, userId, values, version]);

  // 3. Service worker and this page in the cache (only the commune's own open month: `enabled`).
  useEffect(() => {
    if (!online || userId === null) return;
    let stop = false;
    void import("@/lib/offline/prepare-offline")
      .then((m) => m.prepareOffline(location.pathname, enabled))
      .then(
        (ok) => {
          if (!stop) setReady(ok);
        },
        () => undefined,
      );
    return () => {
      stop = true;
    };
  }, [online, enabled, userId, serverVersion]);

  // 4. Back online: send this month's queued save, based on the version it was made on. A stale draft
  // with nothing queued is compared with the server's figures straight away.
  const mine = queue.find((q) => q.key === key);
  const sentFor = useRef<QueuedSave | null>(null);
  // A send that failed although the phone says it is online (the connection not usable yet right after it returns,
  // or lost mid-way) is kept queued and tried again after a pause: never left waiting for an "online" that already came.
  const [retryTick, setRetryTick] = useState(0);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (retryTimer.current && clearTimeout(retryTimer.current)), []);
  const retryLater = () => {
    setNotice(strings.retrying);
    if (retryTimer.current) clearTimeout(retryTimer.current);
    retryTimer.current = setTimeout(() => {
      sentFor.current = null;
      setRetryTick((tick) => tick + 1);
    }, SEND_RETRY_MS);
  };
  useEffect(() => {
    if (!enabled || !online) return;
    if (mine && sentFor.current !== mine) {
      sentFor.current = mine;
      setNotice(strings.sending);
      latest.current.resend(mine.values, mine.baseVersion);
    } else if (staleDraft.current) {
      staleDraft.current = false;
      openConflict({ version: serverVersion, current: serverValues(entry.items) });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs on reconnect, a new save or a retry, not on new figures
  }, [enabled, online, mine, version, retryTick]);

  function openConflict(details: { version?: number; current?: ServerValue[] } | undefined) {
    if (!details?.current || details.version === undefined) return;
    const current = details.current,
      at = details.version;
    void import("@/lib/offline/compare-values").then(({ differingFields }) => {
      setConflict({
        diffs: differingFields(latest.current.payloadOf(latest.current.values), current, base.current),
        version: at,
        current,
      });
    });
  }

  /** Saves online, or queues a draft save on the device when there is no connection. */
  async function save(input: SaveInput): Promise<OfflineSaveResult> {
    if (!enabled) return saveMonthlyAction(input);
    const noConnection: ActionResponse = { ok: false, code: "NETWORK", message: strings.noConnection };
    const keep = async (): Promise<OfflineSaveResult> => {
      const result = await store();
      const queued = await result.enqueueSave({
        key,
        userId: userId!,
        communeId: input.communeId,
        year: input.year,
        month: input.month,
        baseVersion: input.version,
        values: input.values,
        savedAt: Date.now(),
      });
      await result.saveDraft(draftOf(latest.current.values, input.version));
      sentFor.current = queued;
      await refreshQueue();
      return { queued };
    };
    if (!navigator.onLine) return input.submit ? noConnection : keep();
    try {
      return await saveMonthlyAction(input);
    } catch {
      // The request never reached the server (connection lost mid-way): nothing was written there.
      if (input.submit) return noConnection;
      const kept = await keep();
      if (navigator.onLine) retryLater();
      return kept;
    }
  }

  /** The server accepted a save of this month: the device forgets the draft and the queued save. */
  async function saved(wasQueued: boolean) {
    setConflict(null);
    setNotice(wasQueued && mine ? t(strings.sentQueued, { at: formatDateTime(mine.savedAt) }) : null);
    if (!enabled) return;
    await (await store()).forgetMonth(key);
    loaded.current = latest.current.values;
    await refreshQueue();
  }

  const panel = (
    <>
      <ConnectionStatus online={online} ready={ready} queue={queue} notice={notice} />
      {conflict && online ? (
        <Suspense fallback={null}>
          <ComparePanel
            items={entry.items}
            diffs={conflict.diffs}
            onSave={(rows) => {
              setConflict(null);
              latest.current.resolve(rows, conflict.version, [...conflict.current, ...rows]);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
  return { online, save, saved, conflict: openConflict, panel };
}
