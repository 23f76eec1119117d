import type { Actor } from '@scq/platform-lifecycle';
import { encodeCursor, encodeTimeIdCursor, pageOf } from '@scq/platform-persistence';
import { readsPool } from '../assessments/assessment-access';
import type { EvaluationDeps } from '../evaluation.deps';
import { forbidden, notFound } from '../evaluation.errors';
import type { EvaluatorFilter } from '../ports/evaluator-pool.repository.port';
import type { IdPageRequest, TimeIdPageRequest } from '../ports/page-request';

/** The pool as the coordinator (and officers, read-only) see it; an evaluator sees their own record. */
export class EvaluatorPoolQueries {
  constructor(private readonly deps: EvaluationDeps) {}

  /** Evaluators in id order, a page at a time. */
  async list(actor: Actor, query: EvaluatorFilter & IdPageRequest) {
    if (!readsPool(actor) && !actor.roles.includes('officer')) throw forbidden('专家库仅供组织单位查看 the pool is visible to organising units');
    const { limit, after, ...filter } = query;
    const rows = await this.deps.pool.listEvaluators(this.deps.db, filter, { limit: limit + 1, after });
    const page = pageOf(rows, limit, (last) => encodeCursor([last.id]));
    const loads = await this.deps.pool.loads(this.deps.db);
    return { items: page.items.map((evaluator) => ({ ...evaluator, load: loads.get(evaluator.id) ?? 0 })), nextCursor: page.nextCursor };
  }

  async get(actor: Actor, id: string) {
    if (!readsPool(actor) && !actor.roles.includes('officer') && actor.id !== id) throw forbidden('只能查看本人信息 you may see only your own record');
    const evaluator = await this.deps.pool.findEvaluator(this.deps.db, id);
    if (!evaluator) throw notFound(`专家库中没有 ${id} no evaluator ${id} in the pool`);
    const loads = await this.deps.pool.loads(this.deps.db);
    return { ...evaluator, load: loads.get(id) ?? 0, conflicts: await this.deps.pool.conflicts(this.deps.db, [id]) };
  }

  /** An evaluator's declarations in (declared_at, id) order, a page at a time. */
  async conflicts(actor: Actor, id: string, { limit, after }: TimeIdPageRequest) {
    if (!readsPool(actor) && actor.id !== id) throw forbidden('只能查看本人的利益冲突申报 you may see only your own declarations');
    if (!(await this.deps.pool.findEvaluator(this.deps.db, id))) throw notFound(`专家库中没有 ${id} no evaluator ${id} in the pool`);
    const rows = await this.deps.pool.conflicts(this.deps.db, [id], { limit: limit + 1, after });
    return pageOf(rows, limit, (last) => encodeTimeIdCursor(new Date(last.declaredAt), last.id));
  }

  /** Organisations in id order, a page at a time. */
  async organisations(actor: Actor, { limit, after }: IdPageRequest) {
    if (!readsPool(actor) && !actor.roles.includes('officer')) throw forbidden('专家库仅供组织单位查看 the pool is visible to organising units');
    const rows = await this.deps.pool.organisations(this.deps.db, { limit: limit + 1, after });
    return pageOf(rows, limit, (last) => encodeCursor([last.id]));
  }
}
