import { randomUUID } from 'node:crypto';
import { assign, setup } from 'xstate';
import { openDatabase, type Database } from '@scq/platform-persistence';
import { createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { auditInstance } from './lifecycle.audit';
import { chainKey, HistoryChainKeys } from './history-chain';
import { LifecycleCatalog, type Actor, type RunnableLifecycle } from './lifecycle-definition';
import { LifecycleError } from './lifecycle.errors';
import { lifecycleMigrations } from './lifecycle.migration';
import { LifecycleRunner } from './lifecycle.runner';
import { applyMigration, planMigration } from './machine-migration';
import { MachineReleases } from './machine-release';
import { SqlLifecycleStore } from './sql-lifecycle.store';
import { exportStatechart, statechartToMermaid } from './statechart.export';
import { xstateLifecycle } from './xstate-lifecycle';

// A small machine with a deadline-guarded step, in two versions: v2 renames `review` to `assessment`.
function ticketMachine(reviewKey: 'review' | 'assessment') {
  return setup({
    types: { context: {} as { title: string; deadlineId: string | null }, input: {} as { title: string }, events: {} as { type: 'submit' } | { type: 'approve' } | { type: 'deadline.reached'; deadlineId: string } },
    actions: { requestDeadline: (_, _params: { deadline: string; workingDays: number }) => undefined },
    guards: { isActiveDeadline: ({ context, event }) => event.type === 'deadline.reached' && event.deadlineId === context.deadlineId },
  }).createMachine({
    id: 'ticket',
    initial: 'draft',
    context: ({ input }) => ({ title: input.title, deadlineId: null }),
    states: {
      draft: { meta: { label: { zh: '草稿', en: 'Draft' } }, on: { submit: { target: reviewKey, actions: assign({ deadlineId: ({ event }) => `d-${event.type}` }) } } },
      [reviewKey]: {
        entry: { type: 'requestDeadline', params: { deadline: 'review', workingDays: 5 } },
        on: { approve: 'done', 'deadline.reached': { target: 'expired', guard: 'isActiveDeadline' } },
      },
      done: { type: 'final' },
      expired: { type: 'final' },
    },
  });
}

const authorize: RunnableLifecycle<{ unit: string }>['authorize'] = (actor, type, subject) => {
  if (actor.roles.includes('system')) return { allowed: true };
  if (type === 'approve' && !actor.roles.includes('officer')) return { allowed: false, reason: `role may not approve` };
  if (actor.unit !== subject.unit) return { allowed: false, reason: 'out of scope' };
  return { allowed: true };
};
const v1 = xstateLifecycle({ id: 'ticket', version: 1, machine: ticketMachine('review'), authorize });
const v2 = xstateLifecycle({ id: 'ticket', version: 2, machine: ticketMachine('assessment'), authorize });

const officer: Actor = { id: 'officer-1', roles: ['officer'], unit: '市经济信息委', organisation: null, district: null };
const system: Actor = { id: 'system', roles: ['system'], unit: null, organisation: null, district: null };
const keys = new HistoryChainKeys(chainKey('lifecycle-int-spec-history-chain-key-0123456789'));

describe.each([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
])('lifecycle runner on %s', (_name, engine) => {
  let postgres: TestDatabase | null = null;
  let db: Database;
  const store = new SqlLifecycleStore('engine');
  let runner: LifecycleRunner;

  beforeAll(async () => {
    postgres = engine === 'postgres' ? await createTestDatabase('lifecycle') : null;
    db = await openDatabase({ schema: 'engine', ...(postgres ? { url: postgres.url } : { pgliteDataDir: 'memory://' }), migrations: lifecycleMigrations('engine') });
    runner = new LifecycleRunner(store, new LifecycleCatalog([v1]), keys);
  });
  afterAll(async () => {
    await db?.close();
    await postgres?.drop();
  });

  async function started(title = '工业设计') {
    const result = await db.transaction((tx) => runner.start(tx, { machineId: 'ticket', subjectId: randomUUID(), subject: { unit: '市经济信息委' }, input: { title }, actor: officer, correlationId: 'c-start' }));
    if (!result?.changed) throw new Error('not started');
    return result.instance;
  }

  it('starts once per subject, transitions with the actions the machine asked for, and records who, what and why', async () => {
    const instance = await started();
    expect(await db.transaction((tx) => runner.start(tx, { machineId: 'ticket', subjectId: instance.subjectId, subject: instance.subject, input: { title: 'x' }, actor: officer, correlationId: 'c' }))).toBeNull();
    const result = await db.transaction((tx) => runner.send(tx, { instanceId: instance.id, event: { type: 'submit' }, actor: officer, reason: '材料齐全', correlationId: 'c-1' }));
    expect(result.changed && result.actions).toEqual([{ type: 'requestDeadline', params: { deadline: 'review', workingDays: 5 } }]);
    expect(result.instance).toMatchObject({ stage: 'review', version: 2, historyLength: 2 });
    const history = await store.historyOf(db, instance.id);
    expect(history.map((h) => [h.sequence, h.kind, h.from, h.to, h.event.type, h.actor.id, h.reason, h.correlationId])).toEqual([
      [0, 'start', null, 'draft', 'start', 'officer-1', null, 'c-start'],
      [1, 'transition', 'draft', 'review', 'submit', 'officer-1', '材料齐全', 'c-1'],
    ]);
    expect(runner.allowedEvents(result.instance, officer)).toEqual(['approve', 'deadline.reached']);
    expect(runner.allowedEvents(result.instance, { ...officer, roles: ['applicant'] })).toEqual(['deadline.reached']);
  });

  it('lets exactly one of two concurrent transitions win; the other changes nothing', async () => {
    const instance = await started();
    await db.transaction((tx) => runner.send(tx, { instanceId: instance.id, event: { type: 'submit' }, actor: officer, correlationId: 'c' }));
    const attempts = await Promise.allSettled(
      [1, 2].map(() => db.transaction((tx) => runner.send(tx, { instanceId: instance.id, event: { type: 'approve' }, actor: officer, expectedVersion: 2, correlationId: 'c' }))),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    const [lost] = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
    expect(lost.reason).toBeInstanceOf(LifecycleError);
    expect((lost.reason as LifecycleError).code).toBe('CONCURRENT_TRANSITION');
    const after = await store.find(db, instance.id);
    expect(after).toMatchObject({ stage: 'done', version: 3, historyLength: 3 });
  });

  it('refuses an unauthorised or unacceptable event with the reason and leaves the state alone', async () => {
    const instance = await started();
    const outsider: Actor = { ...officer, unit: '市林业局' };
    await expect(db.transaction((tx) => runner.send(tx, { instanceId: instance.id, event: { type: 'submit' }, actor: outsider, correlationId: 'c' }))).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'out of scope' });
    await expect(db.transaction((tx) => runner.send(tx, { instanceId: instance.id, event: { type: 'approve' }, actor: officer, correlationId: 'c' }))).rejects.toMatchObject({ code: 'EVENT_NOT_ACCEPTED' });
    expect(await store.find(db, instance.id)).toMatchObject({ stage: 'draft', version: 1, historyLength: 1 });
  });

  it('drops a late or duplicate deadline event harmlessly', async () => {
    const instance = await started();
    await db.transaction((tx) => runner.send(tx, { instanceId: instance.id, event: { type: 'submit' }, actor: officer, correlationId: 'c' }));
    const stale = await db.transaction((tx) => runner.send(tx, { instanceId: instance.id, event: { type: 'deadline.reached', deadlineId: 'old' }, actor: system, correlationId: 'c', ignoreIfNotAccepted: true }));
    expect(stale.changed).toBe(false);
    const fired = await db.transaction((tx) => runner.send(tx, { instanceId: instance.id, event: { type: 'deadline.reached', deadlineId: 'd-submit' }, actor: system, correlationId: 'c', ignoreIfNotAccepted: true }));
    expect(fired.changed && fired.instance.stage).toBe('expired');
    const duplicate = await db.transaction((tx) => runner.send(tx, { instanceId: instance.id, event: { type: 'deadline.reached', deadlineId: 'd-submit' }, actor: system, correlationId: 'c', ignoreIfNotAccepted: true }));
    expect(duplicate.changed).toBe(false);
    expect(await store.find(db, instance.id)).toMatchObject({ stage: 'expired', historyLength: 3 });
  });

  it('verifies the history and catches an edited, a deleted and a truncated row', async () => {
    const instance = await started('审计');
    await db.transaction((tx) => runner.send(tx, { instanceId: instance.id, event: { type: 'submit' }, actor: officer, correlationId: 'c' }));
    await db.transaction((tx) => runner.send(tx, { instanceId: instance.id, event: { type: 'approve' }, actor: officer, correlationId: 'c' }));
    const audit = async () => auditInstance(db, runner, (await store.find(db, instance.id))!);
    expect(await audit()).toMatchObject({ ok: true, integrity: 'keyed', rows: 3, problems: [], replay: { ok: true, stage: 'done' } });

    await expect(db.query('UPDATE engine.lifecycle_history SET reason = $1 WHERE instance_id = $2', ['x', instance.id])).rejects.toThrow(/append-only/);
    // An attacker with owner rights can switch the guard off; the chain still tells.
    await db.query('ALTER TABLE engine.lifecycle_history DISABLE TRIGGER lifecycle_history_append_only');
    await db.query("UPDATE engine.lifecycle_history SET actor = jsonb_set(actor, '{id}', '\"someone-else\"') WHERE instance_id = $1 AND sequence = 1", [instance.id]);
    expect((await audit()).entries.map((e) => e.verdict)).toEqual(['ok', 'link-mismatch', 'ok']);
    expect((await audit()).entries[1].problems).toEqual([expect.stringContaining('tampered')]);
    await db.query('DELETE FROM engine.lifecycle_history WHERE instance_id = $1 AND sequence = 1', [instance.id]);
    expect((await audit()).ok).toBe(false);
    await db.query('DELETE FROM engine.lifecycle_history WHERE instance_id = $1 AND sequence = 2', [instance.id]);
    expect((await audit()).problems).toEqual(expect.arrayContaining([expect.objectContaining({ problem: expect.stringContaining('expects 3 rows') })]));
    await db.query('ALTER TABLE engine.lifecycle_history ENABLE TRIGGER lifecycle_history_append_only');
  });

  it('migrates running instances to a new machine version with a dry run first, and records each move', async () => {
    const inDraft = await started('迁移一');
    const inReview = await started('迁移二');
    await db.transaction((tx) => runner.send(tx, { instanceId: inReview.id, event: { type: 'submit' }, actor: officer, correlationId: 'c' }));
    const upgraded = new LifecycleRunner(store, new LifecycleCatalog([v1, v2]), keys);
    const migration = {
      machineId: 'ticket',
      fromVersion: 1,
      toVersion: 2,
      mapSnapshot: (s: { value: unknown; context: Record<string, unknown> }) => ({ ...s, value: s.value === 'review' ? 'assessment' : s.value }),
    };
    const plan = await planMigration(db, store, upgraded.catalog, migration);
    const planned = Object.fromEntries(plan.map((step) => [step.instanceId, step]));
    expect(planned[inDraft.id]).toMatchObject({ from: { version: 1, stage: 'draft' }, to: { version: 2, stage: 'draft' } });
    expect(planned[inReview.id]).toMatchObject({ from: { version: 1, stage: 'review' }, to: { version: 2, stage: 'assessment' } });
    expect(await store.find(db, inReview.id)).toMatchObject({ machineVersion: 1, stage: 'review' });

    // A new version leaves running instances on theirs until migrated: v1 instances keep running on v1.
    const stillV1 = await started('仍在 v1');
    expect(stillV1.machineVersion).toBe(1);

    await db.transaction((tx) => applyMigration(tx, upgraded, migration, { ...officer, roles: ['admin'] }, 'c-migrate'));
    const moved = (await store.find(db, inReview.id))!;
    expect(moved).toMatchObject({ machineVersion: 2, stage: 'assessment' });
    const history = await store.historyOf(db, inReview.id);
    expect(history[history.length - 1]).toMatchObject({ kind: 'migration', from: 'review', to: 'assessment', machineVersion: 2 });
    expect(await auditInstance(db, upgraded, moved)).toMatchObject({ ok: true, replay: { ok: true, stage: 'assessment' } });
    const approved = await db.transaction((tx) => upgraded.send(tx, { instanceId: inReview.id, event: { type: 'approve' }, actor: officer, correlationId: 'c' }));
    expect(approved.changed && approved.instance.stage).toBe('done');
    const newOne = await db.transaction((tx) => upgraded.start(tx, { machineId: 'ticket', subjectId: randomUUID(), subject: { unit: '市经济信息委' }, input: { title: 'v2' }, actor: officer, correlationId: 'c' }));
    expect(newOne?.instance.machineVersion).toBe(2);
  });

  it('releases a new version instance by instance: dry run, skip what cannot move, map it, record every outcome, move nothing twice', async () => {
    // Its own machine id (the XState machine is still `ticket`), so the other tests' instances stay out of it.
    const p1 = xstateLifecycle({ id: 'permit', version: 1, machine: ticketMachine('review'), authorize });
    const p2 = xstateLifecycle({ id: 'permit', version: 2, machine: ticketMachine('assessment'), authorize });
    const start = (r: LifecycleRunner) => db.transaction(async (tx) => (await r.start(tx, { machineId: 'permit', subjectId: randomUUID(), subject: { unit: '市经济信息委' }, input: { title: 'p' }, actor: officer, correlationId: 'c' }))!.instance);
    const onV1 = new LifecycleRunner(store, new LifecycleCatalog([p1]), keys);
    const drafting = await start(onV1);
    const reviewing = await start(onV1);
    await db.transaction((tx) => onV1.send(tx, { instanceId: reviewing.id, event: { type: 'submit' }, actor: officer, correlationId: 'c' }));
    const finished = await start(onV1);
    await db.transaction((tx) => onV1.send(tx, { instanceId: finished.id, event: { type: 'submit' }, actor: officer, correlationId: 'c' }));
    await db.transaction((tx) => onV1.send(tx, { instanceId: finished.id, event: { type: 'approve' }, actor: officer, correlationId: 'c' }));

    const onV2 = new LifecycleRunner(store, new LifecycleCatalog([p1, p2]), keys);
    const told: Array<{ id: string; stageChanged: boolean }> = [];
    const releases = new MachineReleases(db, onV2, ['permit'], [], async (_tx, moved) => void told.push({ id: moved.instance.id, stageChanged: moved.stageChanged }));
    expect(await releases.machines()).toEqual([{ id: 'permit', currentVersion: 2, versions: [{ version: 1, current: false, running: 2, finished: 1 }, { version: 2, current: true, running: 0, finished: 0 }] }]);

    const plan = await releases.plan({ machineId: 'permit', toVersion: 2 });
    expect(plan.counts).toEqual({ move: 1, blocked: 1 });
    expect(plan.steps.find((s) => s.instanceId === reviewing.id)).toMatchObject({ to: null, problem: { code: 'STAGE_NOT_IN_TARGET' } });

    const first = await releases.apply({ machineId: 'permit', toVersion: 2 }, { ...officer, id: 'admin-1', roles: ['admin'] });
    expect(first.counts).toEqual({ moved: 1, skipped: 1, failed: 0 });
    expect(told).toEqual([{ id: drafting.id, stageChanged: false }]);
    expect(await store.find(db, reviewing.id)).toMatchObject({ machineVersion: 1, stage: 'review' });
    expect((await releases.apply({ machineId: 'permit', toVersion: 2 }, officer)).counts).toEqual({ moved: 0, skipped: 1, failed: 0 });

    const mapped = await releases.apply({ machineId: 'permit', toVersion: 2, stageMap: { review: 'assessment' } }, officer);
    expect(mapped.steps).toEqual([expect.objectContaining({ instanceId: reviewing.id, outcome: 'moved', stageChanged: true, to: { version: 2, stage: 'assessment' } })]);
    const moved = (await store.find(db, reviewing.id))!;
    expect(moved).toMatchObject({ machineVersion: 2, stage: 'assessment' });
    expect(await auditInstance(db, onV2, moved)).toMatchObject({ ok: true, replay: { ok: true, stage: 'assessment' } });
    expect((await db.transaction((tx) => onV2.send(tx, { instanceId: reviewing.id, event: { type: 'approve' }, actor: officer, correlationId: 'c' }))).instance.stage).toBe('done');
    expect(await store.find(db, finished.id)).toMatchObject({ machineVersion: 1, stage: 'done' });
    expect((await releases.list()).map((r) => r.counts.moved)).toEqual([1, 0, 1]);
    await expect(releases.plan({ machineId: 'permit', toVersion: 2, stageMap: { review: 'nowhere' } })).rejects.toMatchObject({ code: 'MIGRATION_INVALID' });
  });

  it('exports the statechart from the machine definition with the current stage marked', async () => {
    const chart = exportStatechart('ticket', 1, v1.machine, 'review');
    expect(chart.root.children.map((n) => [n.path, n.current])).toEqual([
      ['draft', false],
      ['review', true],
      ['done', false],
      ['expired', false],
    ]);
    expect(chart.root.children[0].label).toEqual({ zh: '草稿', en: 'Draft' });
    const mermaid = statechartToMermaid(chart);
    expect(mermaid).toContain('draft --> review: submit');
    expect(mermaid).toContain('review --> expired: deadline.reached [guard]');
    expect(mermaid).toContain('class review current');
  });
});
