import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openEmbeddedRequestGate, type SessionQueueLimits } from './database-admission';

const INT8 = 20;
const NUMERIC = 1700;

/**
 * One PGlite database and the lock that serialises everyone using it. PGlite is a single session, so
 * every service of the embedded mode that opens the same folder shares this one session (each in its own
 * schema) and its lock; the database closes when the last of them closes.
 *
 * The lock is first come, first served. PGlite runs on the process's main thread, so in front of everything the
 * process's API requests take turns (database-admission.ts): a few at a time, a bounded queue, then 503.
 */
export class PGliteSession {
  private refs = 0;
  private busy = false;
  private readonly waiting: Array<() => void> = [];

  private constructor(
    readonly db: PGlite,
    private readonly onClosed: () => void,
  ) {}

  static async create(dataDir: string, onClosed: () => void = () => undefined): Promise<PGliteSession> {
    // Parse 64-bit integers and numerics as strings, as `pg` does, so both adapters return the same values.
    const db = await PGlite.create({ dataDir, parsers: { [INT8]: (value: string) => value, [NUMERIC]: (value: string) => value } });
    return new PGliteSession(db, onClosed);
  }

  retain(): this {
    this.refs += 1;
    return this;
  }

  async releaseRef(): Promise<void> {
    this.refs -= 1;
    if (this.refs > 0 || this.db.closed) return;
    this.onClosed();
    await this.db.close();
  }

  acquire(): Promise<void> {
    if (!this.busy) {
      this.busy = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.busy = false;
  }
}

const sharedSessions = new Map<string, Promise<PGliteSession>>();

/** The session of a folder, shared within the process; `memory://` always gives a new private database. */
export async function openPGliteSession(dataDir: string, limits?: SessionQueueLimits): Promise<PGliteSession> {
  let session: PGliteSession;
  if (dataDir.startsWith('memory://')) session = await PGliteSession.create(dataDir);
  else {
    const path = resolve(dataDir);
    let shared = sharedSessions.get(path);
    if (!shared) {
      mkdirSync(path, { recursive: true });
      shared = PGliteSession.create(path, () => sharedSessions.delete(path));
      shared.catch(() => sharedSessions.delete(path));
      sharedSessions.set(path, shared);
    }
    session = await shared;
    // The embedded mode proper (a folder; `memory://` is for tests and tools): its API requests take turns. The
    // services of one process read their limits from one environment: the last to open sets them.
    openEmbeddedRequestGate(limits);
  }
  return session.retain();
}
