import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireDataDirLock, DATA_DIR_LOCK_FILE, DataDirInUseError } from './data-dir-lock';

/** A live process whose command line names `name` (as a running standalone's does), once it has started. */
async function sleeper(name: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', name], { stdio: 'ignore' });
  const cmdline = `/proc/${child.pid}/cmdline`;
  for (let i = 0; i < 200 && existsSync('/proc') && !(existsSync(cmdline) && readFileSync(cmdline, 'utf8').includes(name)); i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return child;
}

async function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGKILL');
  });
}

describe('the data folder lock (one embedded instance per DATA_DIR)', () => {
  let dir: string;
  const children: ChildProcess[] = [];
  const lockFile = () => join(dir, DATA_DIR_LOCK_FILE);
  const heldBy = (pid: number, processName = 'standalone') =>
    writeFileSync(lockFile(), JSON.stringify({ pid, host: hostname(), startedAt: '2026-12-06T00:00:00.000Z', process: processName }));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'scq-lock-'));
  });
  afterEach(async () => {
    await Promise.all(children.splice(0).map(stopped));
    rmSync(dir, { recursive: true, force: true });
  });

  it('is taken by the first process, names it in the file, and is released by it', () => {
    const lock = acquireDataDirLock(join(dir, 'nested'));
    const owner = JSON.parse(readFileSync(join(dir, 'nested', DATA_DIR_LOCK_FILE), 'utf8'));
    expect(owner).toMatchObject({ pid: process.pid, host: hostname(), process: 'standalone' });
    lock.release();
    expect(existsSync(join(dir, 'nested', DATA_DIR_LOCK_FILE))).toBe(false);
  });

  it('refuses while a live instance holds it, saying who and what to do, and leaves its lock alone', async () => {
    const other = await sleeper('standalone');
    children.push(other);
    heldBy(other.pid as number);
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirInUseError);
    expect(() => acquireDataDirLock(dir)).toThrow(new RegExp(`正由另一个实例使用（进程 ${other.pid}.*in use by another instance \\(pid ${other.pid}`));
    expect(JSON.parse(readFileSync(lockFile(), 'utf8')).pid).toBe(other.pid);
  });

  it('takes over a lock left by a process that is gone (kill -9), by a reused pid of another program, or half written', async () => {
    const gone = await sleeper('standalone');
    const pid = gone.pid as number;
    await stopped(gone);
    heldBy(pid);
    acquireDataDirLock(dir).release();

    const unrelated = await sleeper('something-else');
    children.push(unrelated);
    heldBy(unrelated.pid as number);
    const lock = acquireDataDirLock(dir);
    expect(JSON.parse(readFileSync(lockFile(), 'utf8')).pid).toBe(process.pid);
    lock.release();

    writeFileSync(lockFile(), '{"pid":');
    acquireDataDirLock(dir).release();
  });

  it('never takes over the lock of another machine (a shared folder)', () => {
    writeFileSync(lockFile(), JSON.stringify({ pid: 1, host: `${hostname()}-elsewhere`, startedAt: '2026-12-06T00:00:00.000Z', process: 'standalone' }));
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirInUseError);
  });

  it('releases only its own lock', async () => {
    const lock = acquireDataDirLock(dir);
    const other = await sleeper('standalone');
    children.push(other);
    heldBy(other.pid as number);
    lock.release();
    expect(existsSync(lockFile())).toBe(true);
  });
});
