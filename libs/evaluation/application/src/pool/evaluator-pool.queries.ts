import type { Actor } from '@scq/platform-lifecycle';
import { managesPool } from '../assessments/assessment-access';
import type { EvaluationDeps } from '../evaluation.deps';
import { forbidden, notFound } from '../evaluation.errors';
import type { EvaluatorFilter } from '../ports/evaluator-pool.repository.port';

/** The pool as the coordinator (and officers, read-only) see it; an evaluator sees their own record. */
export class EvaluatorPoolQueries {
  constructor(private readonly deps: EvaluationDeps) {}

  async list(actor: Actor, filter: EvaluatorFilter) {
    if (!managesPool(actor) && !actor.roles.includes('officer')) throw forbidden('专家库仅供组织单位查看 the pool is visible to organising units');
    const [evaluators, loads] = [await this.deps.pool.listEvaluators(this.deps.db, filter), await this.deps.pool.loads(this.deps.db)];
    return { items: evaluators.map((evaluator) => ({ ...evaluator, load: loads.get(evaluator.id) ?? 0 })) };
  }

  async get(actor: Actor, id: string) {
    if (!managesPool(actor) && !actor.roles.includes('officer') && actor.id !== id) throw forbidden('只能查看本人信息 you may see only your own record');
    const evaluator = await this.deps.pool.findEvaluator(this.deps.db, id);
    if (!evaluator) throw notFound(`专家库中没有 ${id} no evaluator ${id} in the pool`);
    const loads = await this.deps.pool.loads(this.deps.db);
    return { ...evaluator, load: loads.get(id) ?? 0, conflicts: await this.deps.pool.conflicts(this.deps.db, [id]) };
  }

  async conflicts(actor: Actor, id: string) {
    if (!managesPool(actor) && actor.id !== id) throw forbidden('只能查看本人的利益冲突申报 you may see only your own declarations');
    if (!(await this.deps.pool.findEvaluator(this.deps.db, id))) throw notFound(`专家库中没有 ${id} no evaluator ${id} in the pool`);
    return { items: await this.deps.pool.conflicts(this.deps.db, [id]) };
  }

  async organisations(actor: Actor) {
    if (!managesPool(actor) && !actor.roles.includes('officer')) throw forbidden('专家库仅供组织单位查看 the pool is visible to organising units');
    return { items: await this.deps.pool.organisations(this.deps.db) };
  }
}
