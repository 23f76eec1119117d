import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Client, type ClientConfig } from 'pg';
import { PGliteConnection } from './pglite-connection';
import { isRequestWork, openEmbeddedRequestGate, type SessionQueueLimits } from './database-admission';
import { freshClusterTemplate } from './pglite-template';

const SHARED_BUFFERS = 'shared_buffers = 16MB';
const INT8 = 20;
const NUMERIC = 1700;

/**
 * One PGlite database and the lock that serialises everyone using it. PGlite is a single session, so
 * every service of the embedded mode that opens the same folder shares this one session (each in its own
 * schema) and its lock; the database closes when the last of them closes.
 *
 * The lock keeps two queues, each first come first served: requests' work and background work (relays, consumers,
 * schedulers), served in turn, so a request waits behind at most one background unit of work each time instead of the
 * whole backlog of events its predecessors caused, and events still flow under load. PGlite runs on the process's
 * main thread, so in front of everything the process's API requests take turns (database-admission.ts): a few at a
 * time, a bounded queue, then 503.
 */
export class PGliteSession {
  private refs = 0;
  private busy = false;
  private readonly waitingRequests: Array<() => void> = [];
  private readonly waitingBackground: Array<() => void> = [];
  private requestsNext = true;
  private connected: Promise<Client> | null = null;

  private constructor(
    readonly db: PGlite,
    private readonly onClosed: () => void,
  ) {}

  static async create(dataDir: string, onClosed: () => void = () => undefined): Promise<PGliteSession> {
    // Parse 64-bit integers and numerics as strings, as `pg` does, so both adapters return the same values.
    // shared_buffers 16 MB instead of 128 MB: a bare PGlite idled at ~205 MiB with 32 MB instead of ~295 MiB with 128; 16 MB
    // keeps ~18 MiB more of the WebAssembly heap untouched in the embedded host (docs/benchmarks.md). The embedded data is
    // small, and what does not fit is read from the folder through the operating system's cache.
    // A new cluster (in memory, or a folder without one) is copied from the tests' template when they keep one.
    const isNew = dataDir.startsWith('memory://') || !existsSync(join(dataDir, 'PG_VERSION'));
    const loadDataDir = isNew ? await freshClusterTemplate(process.env) : undefined;
    const db = await PGlite.create({ dataDir, loadDataDir, postgresqlconf: [SHARED_BUFFERS], parsers: { [INT8]: (value: string) => value, [NUMERIC]: (value: string) => value } });
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
    const client = this.connected;
    this.connected = null;
    if (client) await client.then((c) => c.end()).catch(() => undefined);
    await this.db.close();
  }

  /**
   * The session's one `pg` client, speaking the wire protocol to PGlite (pglite-connection.ts): statements with
   * parameters are named prepared statements, parsed and planned once per session as on PostgreSQL, where PGlite's own
   * `query` parses, describes and plans each one anew. One client for everyone on the session, since prepared
   * statements belong to the session. Used under the session's lock.
   */
  client(): Promise<Client> {
    if (!this.connected) {
      const client = new Client({ connection: new PGliteConnection(this.db) } as unknown as ClientConfig);
      this.connected = client.connect().then(() => client);
      this.connected.catch(() => (this.connected = null));
    }
    return this.connected;
  }

  acquire(): Promise<void> {
    if (!this.busy) {
      this.busy = true;
      return Promise.resolve();
    }
    const queue = isRequestWork() ? this.waitingRequests : this.waitingBackground;
    return new Promise((resolve) => queue.push(resolve));
  }

  release(): void {
    if (this.waitingRequests.length === 0 && this.waitingBackground.length === 0) {
      this.busy = false;
      return;
    }
    // PGlite answers through promises alone (its WebAssembly runs synchronously), so handing the session straight to
    // the next waiter chains every queued unit of work in microtasks: with a backlog (the in-process bus runs its
    // lanes side by side) the event loop stalled for seconds, requests were not even read, and timed out unseen by
    // the request gate. The next holder starts on a macrotask instead: incoming requests and timers get their turn.
    setImmediate(() => this.handOver());
  }

  private handOver(): void {
    // Alternate between the two queues while both have waiters; otherwise whichever has one.
    const fromRequests = this.requestsNext ? this.waitingRequests.length > 0 : this.waitingBackground.length === 0;
    const next = (fromRequests ? this.waitingRequests : this.waitingBackground).shift();
    if (!next) {
      this.busy = false;
      return;
    }
    this.requestsNext = !fromRequests;
    next();
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
