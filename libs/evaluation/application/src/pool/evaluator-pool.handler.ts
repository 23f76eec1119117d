import { randomUUID } from 'node:crypto';
import { OrganisationDirectory } from '@scq/evaluation-domain';
import type { Actor } from '@scq/platform-lifecycle';
import { correlation } from '@scq/platform-observability';
import type { SqlExecutor } from '@scq/platform-persistence';
import { managesPool } from '../assessments/assessment-access';
import type { AssignEvaluatorsHandler } from '../assessments/assign-evaluators.handler';
import type { ConflictReviewHandler } from '../assessments/conflict-review.handler';
import type { EvaluationDeps } from '../evaluation.deps';
import { conflict, EvaluationError, forbidden, notFound } from '../evaluation.errors';
import { canonicalOrganisation, isKnownDomain } from '../organisations';
import type { ConflictRecord, EvaluatorRecord, OrganisationRecord } from '../ports/evaluator-pool.repository.port';
import { DEFAULT_CAPACITY, type ConflictInput, type EvaluatorInput, type EvaluatorPatch, type OrganisationInput } from './evaluator-pool.inputs';

const POOL_MANAGERS = '只有协调单位可以管理专家库 only the coordinator (or an admin) manages the evaluator pool';

/**
 * The evaluator pool: organisations with their parents, evaluators with expertise, affiliation, availability and
 * capacity, and declared conflicts. A change that may let a waiting assessment proceed retries it at once; one that
 * may put an assigned evaluator in conflict (an organisation, its parent or accounts registered by hand, an affiliation,
 * a declaration) reviews the undecided panels first.
 */
export class EvaluatorPoolHandler {
  constructor(
    private readonly deps: EvaluationDeps,
    private readonly assign: AssignEvaluatorsHandler,
    private readonly review: ConflictReviewHandler,
  ) {}

  upsertOrganisation(actor: Actor, id: string, input: OrganisationInput): Promise<OrganisationRecord> {
    if (!managesPool(actor)) throw forbidden(POOL_MANAGERS);
    return this.deps.db.transaction(async (tx) => {
      const organisationId = await this.canonical(tx, id);
      const parentId = input.parentId ? await this.canonical(tx, input.parentId) : null;
      const others = (await this.deps.pool.organisations(tx)).filter((o) => o.id !== organisationId);
      const node = { id: organisationId, parentId, accounts: [...new Set(input.accounts ?? [])] };
      if (parentId !== null && new OrganisationDirectory([...others, node]).ancestors(parentId).includes(organisationId)) {
        throw invalid('parentId', `上级单位形成循环 ${parentId} is below ${organisationId}: a cycle`);
      }
      if (parentId === organisationId) throw invalid('parentId', '不能以自身为上级 an organisation cannot be its own parent');
      await this.deps.pool.upsertOrganisation(tx, { ...node, name: input.name.trim() }, this.deps.clock());
      await this.reconsider(tx);
      const stored = (await this.deps.pool.organisations(tx)).find((o) => o.id === organisationId);
      if (!stored) throw new Error(`organisation ${organisationId} was not stored`);
      return stored;
    });
  }

  createEvaluator(actor: Actor, input: EvaluatorInput): Promise<EvaluatorRecord> {
    if (!managesPool(actor)) throw forbidden(POOL_MANAGERS);
    checkExpertise(input.expertise);
    const now = this.deps.clock().toISOString();
    return this.deps.db.transaction(async (tx) => {
      const evaluator: EvaluatorRecord = {
        id: input.id.trim(),
        name: input.name.trim(),
        organisationId: await this.canonical(tx, input.organisation),
        expertise: [...new Set(input.expertise)],
        available: input.available ?? true,
        capacity: input.capacity ?? DEFAULT_CAPACITY,
        active: true,
        createdAt: now,
        updatedAt: now,
      };
      if (!(await this.deps.pool.insertEvaluator(tx, evaluator))) throw conflict(`专家 ${evaluator.id} 已在库中 evaluator ${evaluator.id} is already in the pool`);
      await this.retryWaiting(tx);
      return evaluator;
    });
  }

  /** The coordinator changes anything; an evaluator only their own availability. */
  updateEvaluator(actor: Actor, id: string, patch: EvaluatorPatch): Promise<EvaluatorRecord> {
    const self = actor.id === id && actor.roles.includes('evaluator');
    const onlyAvailability = Object.keys(patch).every((key) => key === 'available');
    if (!managesPool(actor) && !(self && onlyAvailability)) throw forbidden(`${POOL_MANAGERS}; 专家本人只能更新可用状态 an evaluator may only change their own availability`);
    if (patch.expertise) checkExpertise(patch.expertise);
    return this.deps.db.transaction(async (tx) => {
      const current = await this.evaluator(tx, id);
      const next: EvaluatorRecord = {
        ...current,
        ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
        ...(patch.organisation !== undefined ? { organisationId: await this.canonical(tx, patch.organisation) } : {}),
        ...(patch.expertise !== undefined ? { expertise: [...new Set(patch.expertise)] } : {}),
        ...(patch.available !== undefined ? { available: patch.available } : {}),
        ...(patch.capacity !== undefined ? { capacity: patch.capacity } : {}),
        updatedAt: this.deps.clock().toISOString(),
      };
      await this.deps.pool.updateEvaluator(tx, next);
      await this.reconsider(tx);
      return next;
    });
  }

  /** Retired evaluators are never assigned again; their past assignments and scores stay. */
  retireEvaluator(actor: Actor, id: string): Promise<void> {
    if (!managesPool(actor)) throw forbidden(POOL_MANAGERS);
    return this.deps.db.transaction(async (tx) => {
      const current = await this.evaluator(tx, id);
      await this.deps.pool.updateEvaluator(tx, { ...current, active: false, updatedAt: this.deps.clock().toISOString() });
    });
  }

  /** An evaluator declares a conflict (or a recent collaboration) themself; the coordinator may record one for them. */
  declareConflict(actor: Actor, evaluatorId: string, input: ConflictInput): Promise<ConflictRecord> {
    if (!managesPool(actor) && actor.id !== evaluatorId) throw forbidden('只能申报本人的利益冲突 you may declare only your own conflicts');
    if (input.kind === 'declared' && input.endedOn) throw invalid('endedOn', '仅合作关系有结束日期 only a collaboration has an end date');
    return this.deps.db.transaction(async (tx) => {
      await this.evaluator(tx, evaluatorId);
      const record: ConflictRecord = {
        id: randomUUID(),
        evaluatorId,
        kind: input.kind,
        party: await this.canonical(tx, input.party),
        reason: input.reason.trim(),
        endedOn: input.endedOn ?? null,
        declaredBy: actor.id,
        declaredAt: this.deps.clock().toISOString(),
      };
      await this.deps.pool.addConflict(tx, record);
      await this.review.review(tx, correlation.currentOrNew().correlationId);
      return record;
    });
  }

  /** Only the coordinator withdraws a declaration (an evaluator cannot un-declare to get assigned). */
  removeConflict(actor: Actor, evaluatorId: string, conflictId: string): Promise<void> {
    if (!managesPool(actor)) throw forbidden(POOL_MANAGERS);
    return this.deps.db.transaction(async (tx) => {
      if (!(await this.deps.pool.removeConflict(tx, evaluatorId, conflictId))) throw notFound(`没有此利益冲突申报 no conflict ${conflictId} of ${evaluatorId}`);
      await this.retryWaiting(tx);
    });
  }

  private async evaluator(tx: SqlExecutor, id: string): Promise<EvaluatorRecord> {
    const found = await this.deps.pool.findEvaluator(tx, id);
    if (!found) throw notFound(`专家库中没有 ${id} no evaluator ${id} in the pool`);
    return found;
  }

  /** An organisation typed by the caller, spelled as the taxonomy or the directory names it. */
  private canonical(tx: SqlExecutor, typed: string): Promise<string> {
    return canonicalOrganisation(this.deps.organisationNames, tx, typed);
  }

  /** Ends the assignments the change puts in conflict (seating replacements), then retries what waits. */
  private async reconsider(tx: SqlExecutor): Promise<void> {
    await this.review.review(tx, correlation.currentOrNew().correlationId);
    await this.retryWaiting(tx);
  }

  private retryWaiting(tx: SqlExecutor): Promise<void> {
    return this.assign.fillWaiting(tx, correlation.currentOrNew().correlationId);
  }
}

function checkExpertise(expertise: string[]): void {
  const fields = expertise.flatMap((code, index) => (isKnownDomain(code) ? [] : [{ path: `expertise.${index}`, message: `未知领域 unknown domain ${code} (see /api/taxonomy)` }]));
  if (fields.length > 0) throw new EvaluationError('VALIDATION_FAILED', `请求数据无效 Invalid request: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`, fields);
}

function invalid(path: string, message: string): EvaluationError {
  return new EvaluationError('VALIDATION_FAILED', `请求数据无效 Invalid request: ${path}: ${message}`, [{ path, message }]);
}
