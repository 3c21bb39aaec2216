/**
 * The known-bad hash bank, in memory for microsecond lookups and kept in sync with Postgres by
 * reading entries changed since the last sync (every entry change bumps `changed_at`). Another
 * server instance's additions arrive within SYNC_MS. A sync that fails (database down or slow)
 * keeps the index it had: a bank a few seconds stale still blocks what it blocked, while an
 * empty one would let every known-bad photo through.
 */
import type { Db } from "@/db/client";
import { hashEntriesChangedSince } from "@/db/queries/hash-banks";
import { isMatchableHash } from "../image/hash-quality";
import { HashIndex } from "../image/hash-index";
import { logger } from "../logger";

const SYNC_MS = 2_000;
const OVERLAP_MS = 30_000;

interface EntryMeta {
  bankName: string;
  category: string;
  note: string;
  /** changed_at of the version applied, in ms: the overlap re-reads it unchanged. */
  version: number;
}

export class SyncedHashBank {
  readonly index = new HashIndex();
  readonly meta = new Map<string, EntryMeta>();
  private syncedThrough = new Date(0);
  private lastSync = 0;
  private inFlight: Promise<void> | null = null;
  /** Whether a sync has ever succeeded: until then lookups must wait for the first load. */
  loaded = false;
  /** Why the last sync failed; null once one succeeds again. */
  lastError: string | null = null;

  /**
   * Brings the index up to date. Never rejects: a failure is logged and the index kept as it was;
   * the next sync is tried SYNC_MS later rather than by every request meanwhile.
   */
  async sync(db: Db, force = false): Promise<void> {
    if (!force && Date.now() - this.lastSync < SYNC_MS) return;
    // Concurrent requests share one sync.
    this.inFlight ??= this.pull(db)
      .then(() => {
        this.loaded = true;
        this.lastError = null;
      })
      .catch((err: Error) => {
        // Drizzle wraps the driver's error ("Failed query: ..."); the cause says what went wrong.
        this.lastError = err.cause instanceof Error ? err.cause.message : err.message;
        this.lastSync = Date.now();
        logger.warn(
          { err: this.lastError, entries: this.meta.size, syncedThrough: this.loaded ? this.syncedThrough.toISOString() : null },
          "hash bank sync failed; matching against the index already in memory",
        );
      })
      .finally(() => (this.inFlight = null));
    await this.inFlight;
  }

  /**
   * The index for a lookup: the first load is awaited; afterwards a due sync runs in the
   * background, so no upload waits on Postgres for it (changes show up one sync later).
   */
  async current(db: Db): Promise<this> {
    if (this.loaded) void this.sync(db);
    else await this.sync(db);
    return this;
  }

  private async pull(db: Db): Promise<void> {
    const firstLoad = this.syncedThrough.getTime() === 0;
    // Re-read a margin: a transaction that committed late can carry an earlier changed_at.
    const rows = await hashEntriesChangedSince(db, new Date(this.syncedThrough.getTime() - OVERLAP_MS));
    for (const row of rows) {
      if (row.changedAt > this.syncedThrough) this.syncedThrough = row.changedAt;
      const version = row.changedAt.getTime();
      // Entries the margin re-reads unchanged are skipped: the index only moves on real changes.
      if (row.removedAt ? !this.meta.has(row.id) : this.meta.get(row.id)?.version === version) continue;
      if (this.index.has(row.id)) this.index.remove(row.id);
      this.meta.delete(row.id);
      // A featureless entry (added by hand, or before the bank checked quality) would match noise.
      if (!row.removedAt && isMatchableHash(row.pdqHash, row.quality)) {
        this.index.add(row.id, row.pdqHash);
        this.meta.set(row.id, { bankName: row.bankName, category: row.category, note: row.note, version });
      }
    }
    // Fold the first (bulk) load into the compacted form at once. Later changes wait in the
    // index's small delta, which it compacts itself when it grows: rebuilding a million-entry
    // bank (0.1-0.3 s on this thread) for each entry a moderator adds would stall every upload.
    if (firstLoad) this.index.compact();
    this.lastSync = Date.now();
  }
}

const holder = globalThis as unknown as { __sightlineHashBank?: SyncedHashBank };

export function hashBank(): SyncedHashBank {
  return (holder.__sightlineHashBank ??= new SyncedHashBank());
}
