import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

const INT8 = 20;
const NUMERIC = 1700;

/**
 * One PGlite database and the lock that serialises everyone using it. PGlite is a single session, so
 * every service of the embedded mode that opens the same folder shares this one session (each in its own
 * schema) and its lock; the database closes when the last of them closes.
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
export async function openPGliteSession(dataDir: string): Promise<PGliteSession> {
  if (dataDir.startsWith('memory://')) return (await PGliteSession.create(dataDir)).retain();
  const path = resolve(dataDir);
  let session = sharedSessions.get(path);
  if (!session) {
    mkdirSync(path, { recursive: true });
    session = PGliteSession.create(path, () => sharedSessions.delete(path));
    session.catch(() => sharedSessions.delete(path));
    sharedSessions.set(path, session);
  }
  return (await session).retain();
}
