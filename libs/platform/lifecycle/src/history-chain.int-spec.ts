import { randomUUID } from 'node:crypto';
import { setup } from 'xstate';
import { openDatabase, type Database } from '@scq/platform-persistence';
import { createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { anchorHistory } from './history-anchoring';
import { chainKey, HistoryChainKeys } from './history-chain';
import { auditInstance } from './lifecycle.audit';
import { LifecycleCatalog, type Actor, type RunnableLifecycle } from './lifecycle-definition';
import type { LifecycleInstance } from './lifecycle-instance';
import { lifecycleMigrations } from './lifecycle.migration';
import { LifecycleRunner } from './lifecycle.runner';
import { SqlLifecycleStore } from './sql-lifecycle.store';
import { forgeHistory, truncateHistory } from './testing/history-forgery';
import { xstateLifecycle } from './xstate-lifecycle';

const machine = setup({ types: { events: {} as { type: 'submit' } | { type: 'approve' } } }).createMachine({
  id: 'permit',
  initial: 'draft',
  states: { draft: { on: { submit: 'review' } }, review: { on: { approve: 'done' } }, done: { type: 'final' } },
});

// Approving takes an officer of the subject's unit; anyone of the unit may submit.
const authorize: RunnableLifecycle<{ unit: string }>['authorize'] = (actor, type, subject) => {
  if (actor.unit !== subject.unit) return { allowed: false, reason: `单位不符 unit ${actor.unit} is not ${subject.unit}` };
  if (type === 'approve' && !actor.roles.includes('officer')) return { allowed: false, reason: `角色不能审批 role ${actor.roles.join('/')} may not approve` };
  return { allowed: true };
};
const permit = xstateLifecycle({ id: 'permit', version: 1, machine, authorize });

const UNIT = '市经济信息委';
const officer: Actor = { id: 'officer-1', roles: ['officer'], unit: UNIT, organisation: null, district: null };
const applicant: Actor = { id: 'applicant-1', roles: ['applicant'], unit: UNIT, organisation: '重庆某科技有限公司', district: null };
const keys = new HistoryChainKeys(chainKey('history-chain-int-spec-key-0123456789abcdef'));

describe.each([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
])('keyed history chain, anchors and authorisation replay on %s', (_name, engine) => {
  let postgres: TestDatabase | null = null;
  let db: Database;
  const store = new SqlLifecycleStore('chain');
  const runner = new LifecycleRunner(store, new LifecycleCatalog([permit as RunnableLifecycle<never>]), keys);
  const logged: object[] = [];
  const log = { info: (fields: object) => void logged.push(fields) };

  beforeAll(async () => {
    postgres = engine === 'postgres' ? await createTestDatabase('history_chain') : null;
    db = await openDatabase({ schema: 'chain', ...(postgres ? { url: postgres.url } : { pgliteDataDir: 'memory://' }), migrations: lifecycleMigrations('chain') });
  });
  afterAll(async () => {
    await db?.close();
    await postgres?.drop();
  });

  async function approved(): Promise<{ started: LifecycleInstance<unknown>; submitted: LifecycleInstance<unknown>; done: LifecycleInstance<unknown> }> {
    const start = await db.transaction((tx) => runner.start(tx, { machineId: 'permit', subjectId: randomUUID(), subject: { unit: UNIT }, input: {}, actor: applicant, correlationId: 'c' }));
    if (!start?.changed) throw new Error('not started');
    const submit = await db.transaction((tx) => runner.send(tx, { instanceId: start.instance.id, event: { type: 'submit' }, actor: applicant, reason: '提交', correlationId: 'c' }));
    const approve = await db.transaction((tx) => runner.send(tx, { instanceId: start.instance.id, event: { type: 'approve' }, actor: officer, reason: '同意', correlationId: 'c' }));
    if (!submit.changed || !approve.changed) throw new Error('did not move');
    return { started: start.instance, submitted: submit.instance, done: approve.instance };
  }

  const audit = async (id: string) => auditInstance(db, runner, (await store.find(db, id))!);
  const verdicts = async (id: string) => (await audit(id)).entries.map((entry) => entry.verdict);

  // First, while the schema has no anchor yet: rows written before keyed links (plain SHA-256, no key id, no subject).
  it('reports legacy rows as legacy-unkeyed, not tampered, before and after the first anchor, and keyed rows after them', async () => {
    const { started } = await approved();
    await forgeHistory(db, 'chain', started.id, {
      sequence: 0,
      change: (facts) => ({ ...facts, keyId: null, subject: null, actor: { id: facts.actor.id, roles: facts.actor.roles, unit: facts.actor.unit } }),
      relink: 'plain-sha256',
    });
    // The forger changes one row; a legacy history has every row so: turn the later ones too.
    for (const sequence of [1, 2]) await forgeHistory(db, 'chain', started.id, { sequence, change: (facts) => ({ ...facts, keyId: null, subject: null, actor: { id: facts.actor.id, roles: facts.actor.roles, unit: facts.actor.unit } }), relink: 'plain-sha256' });
    expect(await audit(started.id)).toMatchObject({ ok: true, integrity: 'legacy-unkeyed', problems: [], replay: { ok: true } });
    expect(await verdicts(started.id)).toEqual(['legacy-unkeyed', 'legacy-unkeyed', 'legacy-unkeyed']);

    // The first anchor marks where keyed links began: this instance's legacy rows are covered by it.
    expect(await anchorHistory(db, runner, log)).toMatchObject({ sequence: 1, instances: 1 });
    expect(await audit(started.id)).toMatchObject({ ok: true, integrity: 'legacy-unkeyed', anchors: { checked: 1, latest: 1 } });

    // An instance started after it cannot pass for legacy: rows relinked by plain SHA-256 without a key id are caught.
    const { started: later } = await approved();
    await forgeHistory(db, 'chain', later.id, { sequence: 0, change: (facts) => ({ ...facts, keyId: null }), relink: 'plain-sha256' });
    expect(await verdicts(later.id)).toEqual(['link-mismatch', 'link-mismatch', 'link-mismatch']);
  });

  it('(a) finds a row whose actor and reason were rewritten with plain SHA-256 links recomputed after it', async () => {
    const { started } = await approved();
    expect(await audit(started.id)).toMatchObject({ ok: true, integrity: 'keyed', problems: [], replay: { ok: true, stage: 'done' } });
    await forgeHistory(db, 'chain', started.id, { sequence: 1, change: (facts) => ({ ...facts, actor: { ...facts.actor, id: 'someone-else' }, reason: '改写的理由' }), relink: 'plain-sha256' });
    const report = await audit(started.id);
    expect(report.ok).toBe(false);
    expect(report.entries.map((e) => e.verdict)).toEqual(['ok', 'link-mismatch', 'link-mismatch']);
    expect(report.entries[1].problems).toEqual([expect.stringContaining('tampered')]);
  });

  it('(b) finds an actor rewritten by someone with the key to one who could not have sent the event', async () => {
    const { started } = await approved();
    // The approval now says an applicant approved it, and every link from there on is a valid HMAC.
    await forgeHistory(db, 'chain', started.id, { sequence: 2, change: (facts) => ({ ...facts, actor: { ...facts.actor, id: 'applicant-1', roles: ['applicant'] } }), relink: keys.current });
    const report = await audit(started.id);
    expect(report.entries.map((e) => e.verdict)).toEqual(['ok', 'ok', 'not-authorised']);
    expect(report.entries[2].problems).toEqual([expect.stringMatching(/记录的执行者无权发送 approve .*may not approve/)]);
    expect(report).toMatchObject({ ok: false, problems: [], replay: { ok: true } });

    // Out of the unit in the subject recorded at the time: the same.
    const { started: other } = await approved();
    await forgeHistory(db, 'chain', other.id, { sequence: 1, change: (facts) => ({ ...facts, actor: { ...facts.actor, unit: '市林业局' } }), relink: keys.current });
    expect(await verdicts(other.id)).toEqual(['ok', 'not-authorised', 'ok']);
  });

  it('(c) finds the tail deleted after an anchor, and an anchored row rewritten even with the key', async () => {
    await anchorHistory(db, runner, log);
    const { started, submitted } = await approved();
    const anchor = await anchorHistory(db, runner, log);
    expect(anchor).toMatchObject({ instances: 1, keyId: keys.current.id });
    expect(logged.at(-1)).toEqual({ historyAnchor: expect.objectContaining({ schema: 'chain', sequence: anchor?.sequence, mac: anchor?.mac, entriesDigest: anchor?.entriesDigest }) });
    expect(await anchorHistory(db, runner, log)).toBeNull();

    // Back to the submitted state: a shorter chain, consistent in itself, that replays to the stored state.
    await truncateHistory(db, 'chain', submitted);
    const report = await audit(started.id);
    expect(report.entries.map((e) => e.verdict)).toEqual(['ok', 'ok']);
    expect(report.replay).toMatchObject({ ok: true, stage: 'review' });
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ sequence: 2, code: 'anchor-missing', problem: expect.stringContaining(`anchor #${anchor?.sequence}`) })]);

    const { started: rewritten } = await approved();
    await anchorHistory(db, runner, log);
    await forgeHistory(db, 'chain', rewritten.id, { sequence: 2, change: (facts) => ({ ...facts, reason: '改写的理由' }), relink: keys.current });
    expect(await verdicts(rewritten.id)).toEqual(['ok', 'ok', 'anchor-mismatch']);
  });

  it('(f) keeps the anchors append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
    await approved();
    const anchor = await anchorHistory(db, runner, log);
    await expect(db.query('UPDATE chain.lifecycle_anchor SET mac = $1 WHERE sequence = $2', ['x', anchor?.sequence])).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM chain.lifecycle_anchor WHERE sequence = $1', [anchor?.sequence])).rejects.toThrow(/append-only/);
    await expect(db.query('UPDATE chain.lifecycle_anchor_head SET link = $1', ['x'])).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM chain.lifecycle_anchor_head')).rejects.toThrow(/append-only/);
    await expect(db.query('TRUNCATE chain.lifecycle_anchor_head')).rejects.toThrow(/append-only/);
  });

  it('finds a deleted tail hidden by deleting its anchored head too (the anchor no longer folds into its digest)', async () => {
    await anchorHistory(db, runner, log);
    const { started, submitted } = await approved();
    await approved();
    const anchor = await anchorHistory(db, runner, log);
    expect(anchor?.instances).toBe(2);
    await truncateHistory(db, 'chain', submitted);
    await db.query('ALTER TABLE chain.lifecycle_anchor_head DISABLE TRIGGER lifecycle_anchor_head_append_only');
    await db.query('DELETE FROM chain.lifecycle_anchor_head WHERE instance_id = $1', [started.id]);
    await db.query('ALTER TABLE chain.lifecycle_anchor_head ENABLE TRIGGER lifecycle_anchor_head_append_only');
    const report = await audit(started.id);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ code: 'anchor-invalid', problem: expect.stringContaining(`anchor #${anchor?.sequence}`) })]);
  });
});
