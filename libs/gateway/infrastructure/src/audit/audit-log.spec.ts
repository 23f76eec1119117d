import pino from 'pino';
import type { AuditEntry, RecordedRequest } from './audit-entry';
import { AuditLog } from './audit-log';
import type { AuditStore } from './audit.store';
import { OperationCatalog } from './operation-catalog';

const request = (path: string, createdId: string | null = null): RecordedRequest => ({
  at: new Date('2026-03-01T08:00:00.000Z'),
  durationMs: 4,
  actorId: 'demo-admin',
  actorUsername: null,
  actorName: '管理员',
  roles: ['admin'],
  unit: null,
  organisation: null,
  method: 'POST',
  path,
  createdId,
  status: 201,
  errorCode: null,
  requestId: 'r-1',
  correlationId: 'c-1',
  address: '127.0.0.1',
  userAgent: null,
  summary: null,
});

/** The store port, in memory: a list of batches, or a refusal. */
function storeThat(fail: boolean) {
  const batches: AuditEntry[][] = [];
  const store = { append: async (entries: readonly AuditEntry[]) => (fail ? Promise.reject(new Error('database unavailable')) : void batches.push([...entries])) } as unknown as AuditStore;
  return { store, batches };
}

function logged() {
  const lines: Array<{ level: number; msg: string; auditEntry?: { path: string }; err?: { message: string } }> = [];
  return { lines, logger: pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) }) };
}

const catalog = () => new OperationCatalog({ local: () => [{ '/api/things/:id/parts': { post: true } }], remotes: [], fetchPaths: async () => null });

describe('the audit log writer', () => {
  it('writes in batches, in order, naming operations and adding a created id to the targets', async () => {
    const { store, batches } = storeThat(false);
    const log = new AuditLog(store, catalog(), logged().logger, { batchSize: 2, delayMs: 60_000 });
    log.record(request('/api/things/t1/parts', 'p1'));
    log.record(request('/api/things/t2/parts'));
    log.record(request('/api/other'));
    await log.flush();
    expect(batches.map((batch) => batch.map(({ operation, targets }) => ({ operation, targets })))).toEqual([
      [
        { operation: 'POST /api/things/{id}/parts', targets: ['t1', 'p1'] },
        { operation: 'POST /api/things/{id}/parts', targets: ['t2'] },
      ],
      [{ operation: 'POST /api/other', targets: [] }],
    ]);
    expect(batches[0][0]).not.toHaveProperty('createdId');
  });

  it('writes after a short wait without a flush', async () => {
    const { store, batches } = storeThat(false);
    const log = new AuditLog(store, catalog(), logged().logger, { delayMs: 5 });
    log.record(request('/api/a'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(batches.flat()).toHaveLength(1);
  });

  it('logs every entry it could not write at error level, with the entry, and keeps working', async () => {
    const { store } = storeThat(true);
    const { lines, logger } = logged();
    const log = new AuditLog(store, catalog(), logger, { delayMs: 60_000 });
    log.record(request('/api/a'));
    log.record(request('/api/b'));
    await expect(log.flush()).resolves.toBeUndefined();
    expect(lines.map((line) => [line.level, line.auditEntry?.path, line.err?.message])).toEqual([
      [50, '/api/a', 'database unavailable'],
      [50, '/api/b', 'database unavailable'],
    ]);
  });

  it('writes what is pending at close, and logs what arrives after', async () => {
    const { store, batches } = storeThat(false);
    const { lines, logger } = logged();
    const log = new AuditLog(store, catalog(), logger, { delayMs: 60_000 });
    log.record(request('/api/before'));
    await log.close();
    log.record(request('/api/after'));
    expect(batches.flat().map((entry) => entry.path)).toEqual(['/api/before']);
    expect(lines.map((line) => [line.level, line.auditEntry?.path])).toEqual([[50, '/api/after']]);
  });
});
