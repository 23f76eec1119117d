import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

export const DATA_DIR_LOCK_FILE = '.scq-instance.lock';

interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
  /** What the owner runs (for the message, and to tell a reused pid from the owner). */
  process: string;
}

export class DataDirInUseError extends Error {
  constructor(dir: string, owner: LockOwner) {
    super(
      `数据目录 ${dir} 正由另一个实例使用（进程 ${owner.pid}，${owner.host}，启动于 ${owner.startedAt}）：同一数据目录只能运行一个实例，否则数据会丢失。请先停止该实例，或为本实例设置另一个 DATA_DIR。` +
        ` DATA_DIR ${dir} is in use by another instance (pid ${owner.pid} on ${owner.host}, started ${owner.startedAt}): one instance per data folder, or writes are lost. Stop that instance or give this one another DATA_DIR.` +
        ` (If no such process runs, delete ${join(dir, DATA_DIR_LOCK_FILE)}.)`,
    );
    this.name = 'DataDirInUseError';
  }
}

export interface DataDirLock {
  dir: string;
  release(): void;
}

/**
 * Takes the data folder for this process (embedded mode: PGlite files and keys live there, and two processes on one
 * folder silently lose each other's writes). The lock file names its owner; a lock left by a process that is gone
 * (kill -9, a crash, a reboot) is taken over, one held by a live process of this platform is refused.
 */
export function acquireDataDirLock(dir: string, processName = 'standalone'): DataDirLock {
  const folder = resolve(dir);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, DATA_DIR_LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), process: processName };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify(owner));
      closeSync(fd);
      return { dir: folder, release: () => releaseIfOurs(file, owner) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = readOwner(file);
      if (current && isAlive(current)) throw new DataDirInUseError(folder, current);
      // Stale (or unreadable, half written by a process that died): take it over.
      rmSync(file, { force: true });
    }
  }
  throw new Error(`could not take the data folder lock ${file}`);
}

function readOwner(file: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string' ? (parsed as LockOwner) : null;
  } catch {
    return null;
  }
}

/** The owner still runs: same machine, its pid alive, and (where /proc tells) still a process of this platform. */
function isAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true; // another machine's process (a shared folder): never taken over blindly
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const cmdline = `/proc/${owner.pid}/cmdline`;
  if (!existsSync(cmdline)) return true;
  try {
    return readFileSync(cmdline, 'utf8').includes(owner.process);
  } catch {
    return true;
  }
}

function releaseIfOurs(file: string, owner: LockOwner): void {
  const current = readOwner(file);
  if (current && current.pid === owner.pid && current.startedAt === owner.startedAt) rmSync(file, { force: true });
}
