import { assessmentParties, detectConflicts, OrganisationDirectory, planAssignment, respellOrganisations, type AssessmentParties, type PoolCandidate, type SkipReason } from '@scq/evaluation-domain';
import type { Actor, LifecycleInstance } from '@scq/platform-lifecycle';
import { correlation } from '@scq/platform-observability';
import type { SqlExecutor } from '@scq/platform-persistence';
import { SYSTEM_ACTOR, type AssessmentSubject } from '../evaluation-lifecycle';
import type { EvaluationDeps } from '../evaluation.deps';
import { forbidden, notFound } from '../evaluation.errors';
import { organisationSpeller } from '../organisations';
import type { AssessmentRecord, AssignmentRecord } from '../ports/assessment.repository.port';
import { isOrganiser } from './assessment-access';
import { publishLifecycleEffects, syncPanel } from './assessment-effects';
import { endedUndecided } from './end-undecided';

const VACANT: ReadonlyArray<AssignmentRecord['status']> = ['declined', 'recused', 'missed-deadline', 'conflict'];
const ACTIVE: ReadonlyArray<AssignmentRecord['status']> = ['assigned', 'submitted'];

export interface Pool {
  candidates: PoolCandidate[];
}

/**
 * Assignment from the pool, conflict-aware: the whole panel while the assessment is `assigning`, a replacement
 * for each evaluator who declined or recused (a vacancy) or missed the scoring deadline while it is `scoring`.
 * Every method runs in the caller's transaction, after the caller took the pool lock and then the assessment's
 * row lock (always in that order). What cannot be filled leaves a `waitingReason` and is retried when the pool
 * or the parties change, or on request.
 */
export class AssignEvaluatorsHandler {
  constructor(private readonly deps: EvaluationDeps) {}

  /** The organising unit asks to try again (after adding evaluators or resolving why the assessment waits). */
  request(actor: Actor, assessmentId: string): Promise<AssessmentRecord> {
    return this.deps.db.transaction(async (tx) => {
      await this.deps.pool.lock(tx);
      const assessment = await this.deps.assessments.find(tx, assessmentId, true);
      if (!assessment) throw notFound(`评估不存在 no assessment ${assessmentId}`);
      if (!isOrganiser(actor, assessment)) throw forbidden('只有组织单位可以分配评审专家 only an organising unit assigns evaluators');
      await this.fill(tx, assessmentId, correlation.currentOrNew().correlationId);
      return (await this.deps.assessments.find(tx, assessmentId)) ?? assessment;
    });
  }

  /** Fills what the assessment needs in its current stage. */
  async fill(tx: SqlExecutor, assessmentId: string, correlationId: string): Promise<void> {
    await this.deps.pool.lock(tx);
    const assessment = await this.deps.assessments.find(tx, assessmentId, true);
    if (!assessment || endedUndecided(assessment) || assessment.finalizedAt) return;
    const instance = await this.instanceOf(tx, assessment);
    if (instance.stage !== 'assigning' && !instance.stage.startsWith('scoring')) return;
    const pool = await this.poolFor(tx, assessment);
    if (!pool) {
      await this.deps.assessments.update(tx, assessment.id, { waitingReason: '等待场景或申报的当事方信息 waiting for the owner unit / applicant of the subject (conflict checks need them)' });
      return;
    }
    if (instance.stage === 'assigning') await this.assignPanel(tx, assessment, instance, pool, correlationId);
    else await this.fillVacancies(tx, assessment, instance, pool, correlationId);
    await this.sync(tx, assessment);
  }

  /** Retries every waiting assessment (all, or those about one subject or an application of that scenario). */
  async fillWaiting(tx: SqlExecutor, correlationId: string, subjectId?: string): Promise<void> {
    await this.deps.pool.lock(tx);
    for (const assessment of await this.deps.assessments.waiting(tx, subjectId)) await this.fill(tx, assessment.id, correlationId);
  }

  /** The scoring deadline passed: each evaluator who has not scored is replaced if the pool has someone (else they stay, late). */
  async replaceLate(tx: SqlExecutor, assessment: AssessmentRecord, correlationId: string): Promise<void> {
    const pool = await this.poolFor(tx, assessment);
    const assignments = await this.deps.assessments.assignments(tx, assessment.id);
    const late = assignments.filter((assignment) => assignment.status === 'assigned');
    const exclude = assignments.map((assignment) => assignment.evaluatorId);
    const stranded: string[] = [];
    for (const { evaluatorId } of late) {
      const replacement = pool ? await this.replaceOne(tx, assessment, evaluatorId, exclude, pool, `${evaluatorId} 逾期未评分 missed the scoring deadline`, correlationId) : null;
      if (replacement) {
        await this.deps.assessments.endAssignment(tx, assessment.id, evaluatorId, { status: 'missed-deadline', reason: '评分逾期 missed the scoring deadline', at: this.deps.clock(), replacedBy: replacement });
      } else stranded.push(evaluatorId);
    }
    if (stranded.length > 0) await this.deps.assessments.update(tx, assessment.id, { waitingReason: `逾期且无候补专家 late, no replacement available: ${stranded.join(', ')}` });
    await this.fill(tx, assessment.id, correlationId);
  }

  /** Keeps the lifecycle subject's panel (read by authorisation) equal to the active assignments, and says so when it changed. */
  async sync(tx: SqlExecutor, assessment: AssessmentRecord): Promise<void> {
    const active = (await this.deps.assessments.assignments(tx, assessment.id)).filter((a) => ACTIVE.includes(a.status)).map((a) => a.evaluatorId);
    await syncPanel(tx, this.deps, assessment, active);
  }

  private async assignPanel(tx: SqlExecutor, assessment: AssessmentRecord, instance: LifecycleInstance<AssessmentSubject>, pool: Pool, correlationId: string): Promise<void> {
    const count = Number(instance.snapshot.context.requiredEvaluators);
    const plan = planAssignment(pool.candidates, { domainCode: assessment.domainCode, count, exclude: [], seed: assessment.id });
    const excluded = plan.skipped.filter((skip) => skip.reasons.includes('conflict')).map(({ evaluatorId, conflicts }) => ({ evaluatorId, conflicts }));
    if (plan.shortfall > 0) {
      await this.deps.assessments.update(tx, assessment.id, { waitingReason: shortfall(count, plan.selected.length, plan.skipped), excluded });
      return;
    }
    const reason = `从专家库分配 assigned from the pool: ${plan.selected.join(', ')}${excluded.length ? `; 因利益冲突回避 excluded for conflicts of interest: ${excluded.map((e) => `${e.evaluatorId} (${e.conflicts.map((c) => c.kind).join('/')})`).join(', ')}` : ''}`;
    const result = await this.deps.runner.send<AssessmentSubject>(tx, {
      instanceId: assessment.instanceId,
      event: { type: 'assignEvaluators', evaluatorIds: plan.selected },
      actor: SYSTEM_ACTOR,
      reason,
      correlationId,
    });
    await this.deps.assessments.addAssignments(tx, assessment.id, plan.selected, this.deps.clock());
    await this.deps.assessments.update(tx, assessment.id, { waitingReason: null, excluded });
    await publishLifecycleEffects(tx, this.deps.publisher, result, assessment);
  }

  /** A seat the machine will not hand on is no vacancy: one who scored, on an instance still on machine version 1. */
  private async fillVacancies(tx: SqlExecutor, assessment: AssessmentRecord, instance: LifecycleInstance<AssessmentSubject>, pool: Pool, correlationId: string): Promise<void> {
    const assignments = await this.deps.assessments.assignments(tx, assessment.id);
    const machine = this.deps.runner.definitionOf(instance);
    const replaceable = (out: string) => machine.step(structuredClone(instance.snapshot), { type: 'replaceEvaluator', out, in: `${out}:replacement` } as { type: string }) !== null;
    const vacancies = assignments.filter((assignment) => VACANT.includes(assignment.status) && assignment.replacedBy === null && replaceable(assignment.evaluatorId));
    const exclude = assignments.map((assignment) => assignment.evaluatorId);
    const unfilled: string[] = [];
    for (const vacancy of vacancies) {
      const replacement = await this.replaceOne(tx, assessment, vacancy.evaluatorId, exclude, pool, `${vacancy.evaluatorId} ${vacancy.endReason ?? vacancy.status}`, correlationId);
      if (replacement) await this.deps.assessments.setReplacement(tx, assessment.id, vacancy.evaluatorId, replacement);
      else unfilled.push(vacancy.evaluatorId);
    }
    if (vacancies.length === 0) return;
    await this.deps.assessments.update(tx, assessment.id, { waitingReason: unfilled.length ? `无候补专家 no replacement available for: ${unfilled.join(', ')}` : null });
  }

  private async replaceOne(tx: SqlExecutor, assessment: AssessmentRecord, out: string, exclude: string[], pool: Pool, why: string, correlationId: string): Promise<string | null> {
    const plan = planAssignment(pool.candidates, { domainCode: assessment.domainCode, count: 1, exclude, seed: `${assessment.id}/${out}` });
    const replacement = plan.selected[0];
    if (!replacement) return null;
    const result = await this.deps.runner.send<AssessmentSubject>(tx, {
      instanceId: assessment.instanceId,
      event: { type: 'replaceEvaluator', out, in: replacement },
      actor: SYSTEM_ACTOR,
      reason: `替换评审专家 replacing ${why} → ${replacement}`,
      correlationId,
    });
    await this.deps.assessments.addAssignments(tx, assessment.id, [replacement], this.deps.clock());
    await publishLifecycleEffects(tx, this.deps.publisher, result, assessment);
    exclude.push(replacement);
    const chosen = pool.candidates.find((candidate) => candidate.id === replacement);
    if (chosen) chosen.load++;
    return replacement;
  }

  /** The pool as this assessment sees it (conflicts checked against its parties); null while the parties are unknown. */
  async poolFor(tx: SqlExecutor, assessment: AssessmentRecord): Promise<Pool | null> {
    const parties = await this.partiesOf(tx, assessment);
    if (!parties) return null;
    // One statement at a time: the transaction is one connection.
    const evaluators = await this.deps.pool.listEvaluators(tx, {});
    const declarations = await this.deps.pool.conflicts(tx);
    const loads = await this.deps.pool.loads(tx);
    const organisations = await this.deps.pool.organisations(tx);
    // Names stored before the service learned an alias are spelled as the directory names them today, so they compare.
    const names = [...evaluators.map((e) => e.organisationId), ...declarations.map((d) => d.party), ...parties.organisations, ...organisations.flatMap((o) => [o.id, ...(o.parentId === null ? [] : [o.parentId])])];
    const spell = await organisationSpeller(this.deps.organisationNames, tx, names);
    const directory = new OrganisationDirectory(respellOrganisations(organisations, spell));
    // The applicant resolves to the organisations it acts for (an account listed by an organisation of the directory).
    const resolved: AssessmentParties = { ...parties, organisations: [...new Set([...parties.organisations.map(spell), ...parties.persons.flatMap((person) => directory.organisationsOf(person))])] };
    const today = this.deps.clock().toISOString().slice(0, 10);
    const spelledDeclarations = declarations.map((declaration) => ({ ...declaration, party: spell(declaration.party) }));
    const candidates = evaluators.map(
      (evaluator): PoolCandidate => ({
        id: evaluator.id,
        organisationId: spell(evaluator.organisationId),
        expertise: evaluator.expertise,
        active: evaluator.active,
        available: evaluator.available,
        capacity: evaluator.capacity,
        load: loads.get(evaluator.id) ?? 0,
        conflicts: detectConflicts({ id: evaluator.id, organisationId: spell(evaluator.organisationId), declarations: spelledDeclarations.filter((d) => d.evaluatorId === evaluator.id) }, resolved, directory, today),
      }),
    );
    return { candidates };
  }

  private async partiesOf(tx: SqlExecutor, assessment: AssessmentRecord): Promise<AssessmentParties | null> {
    const { scenario, application } = await this.deps.parties.partiesOf(tx, assessment.subject);
    if (!scenario) return null;
    if (assessment.subject.kind === 'scenario') return assessmentParties(scenario, null);
    if (!application) return null;
    return assessmentParties(scenario, application);
  }

  private async instanceOf(tx: SqlExecutor, assessment: AssessmentRecord): Promise<LifecycleInstance<AssessmentSubject>> {
    const instance = await this.deps.runner.store.find<AssessmentSubject>(tx, assessment.instanceId);
    if (!instance) throw new Error(`assessment ${assessment.id} has no lifecycle instance ${assessment.instanceId}`);
    return instance;
  }
}

function shortfall(count: number, eligible: number, skipped: Array<{ reasons: SkipReason[] }>): string {
  const tally = new Map<SkipReason, number>();
  for (const skip of skipped) for (const reason of skip.reasons) tally.set(reason, (tally.get(reason) ?? 0) + 1);
  const why = [...tally.entries()].map(([reason, n]) => `${reason} ${n}`).join(', ');
  return `评审专家不足：需要 ${count} 位，符合条件 ${eligible} 位 pool short: ${count} needed, ${eligible} eligible${why ? ` (skipped: ${why})` : ''}`;
}
