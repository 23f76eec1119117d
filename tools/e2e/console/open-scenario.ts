import { eventually } from '@scq/platform-testing';
import { apiAs, tokenFor } from './console-harness';

// Bodies are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Three evaluators from three organisations: a recognition panel with no shared employer. */
export const PANEL: Array<[string, string]> = [
  ['expert-cqu', '重庆大学'],
  ['expert-swu', '西南大学'],
  ['expert-cqupt', '重庆邮电大学'],
];

export interface ListedScenarioSeed {
  title: { zh: string; en: string };
  district: string;
  /** The batch list that lists it (a list number may be used once per platform). */
  list: { number: string; title: string; issueDate: string };
  /** Each evaluator's mark on every scored criterion (default 4 from everyone). */
  markOf?: (evaluatorId: string) => number;
}

export interface OpenScenarioSeed extends ListedScenarioSeed {
  /** The opportunity whose publication opens it (scenarioId is filled in). */
  opportunity: Record<string, unknown>;
  /** A demand list of the owner unit to hold the opportunity, when the test needs one. */
  demandList?: Record<string, unknown>;
}

const stageOf = async (url: string, token: string, id: string) => (await apiAs<Json>(url, token, 'GET', `/api/scenarios/${id}`)).stage as string;
const untilStage = (url: string, token: string, id: string, stage: string) => eventually(async () => ((await stageOf(url, token, id)) === stage ? true : undefined), 30_000);

/**
 * A transport scenario registered, recognised by the three PANEL evaluators (scoring through the evaluation API
 * with trusted identity headers: the demo has one evaluator account) and listed by a published batch list (入清单);
 * its id.
 */
export async function listScenario(url: string, seed: ListedScenarioSeed): Promise<string> {
  const [officer, coordinator] = await Promise.all([tokenFor(url, 'officer.transport'), tokenFor(url, 'coordinator')]);
  for (const [id, organisation] of PANEL) await apiAs(url, coordinator, 'POST', '/api/evaluation/evaluators', { id, name: `专家 ${id}`, organisation, expertise: ['unmanned-systems'] });
  const created = await apiAs<Json>(url, coordinator, 'POST', '/api/scenarios', { title: seed.title, domainCode: 'unmanned-systems', ownerUnit: '市交通运输委', ownerType: 'municipal-department', tier: 'high-value-niche', district: seed.district });
  const scenario = await eventually(async () => {
    const response = await fetch(`${url}/api/workflow/scenarios/${created.id}`, { headers: { authorization: `Bearer ${officer}` } });
    return response.ok ? ((await response.json()) as Json) : undefined;
  }, 30_000);
  const send = (event: Record<string, unknown>) => apiAs<Json>(url, officer, 'POST', `/api/workflow/instances/${scenario.id}/events`, event);
  await send({ type: 'startCultivation' });
  await send({ type: 'requestRecognition' });
  const assessment = await eventually(async () => (await apiAs<Json>(url, coordinator, 'GET', `/api/evaluation/assessments?subject=${created.id}&stage=scoring`)).items?.[0], 30_000);
  const full = await apiAs<Json>(url, coordinator, 'GET', `/api/evaluation/assessments/${assessment.id}`);
  for (const [index, { evaluatorId }] of (full.assignments as Array<{ evaluatorId: string }>).entries()) {
    const headers = { 'content-type': 'application/json', 'x-user-id': evaluatorId, 'x-user-roles': 'evaluator' };
    const mine = (await (await fetch(`${url}/api/evaluation/assignments/mine`, { headers })).json()) as Json;
    const task = mine.items.find((item: Json) => item.assessment.id === assessment.id);
    const mark = seed.markOf?.(evaluatorId) ?? 4;
    const scores = task.assessment.rubrics.flatMap((rubric: Json) => rubric.criteria.map((criterion: Json) => ({ rubricId: rubric.id, criterionId: criterion.id, value: criterion.kind === 'scored' ? mark : true, comment: `方案成熟，需求明确（${index + 1}）` })));
    const scored = await fetch(`${url}/api/evaluation/assessments/${assessment.id}/scores`, { method: 'POST', headers, body: JSON.stringify({ scores }) });
    if (!scored.ok) throw new Error(`scores ${evaluatorId}: ${scored.status} ${await scored.text()}`);
  }
  // Listed by a published batch list once the registry knows it is recognised.
  await untilStage(url, coordinator, created.id, 'recognition.recognized');
  const list = await apiAs<Json>(url, coordinator, 'POST', '/api/batch-lists', { number: seed.list.number, title: { zh: seed.list.title }, issueDate: seed.list.issueDate, items: [{ scenarioId: created.id }] });
  await apiAs(url, coordinator, 'POST', `/api/batch-lists/${list.id}/publish`, {});
  await untilStage(url, coordinator, created.id, 'listed');
  return created.id as string;
}

/** A scenario listed (listScenario) and then opened by its published opportunity (开放申报); its id. */
export async function openScenario(url: string, seed: OpenScenarioSeed): Promise<string> {
  const id = await listScenario(url, seed);
  const [officer, coordinator] = await Promise.all([tokenFor(url, 'officer.transport'), tokenFor(url, 'coordinator')]);
  const opportunity = await apiAs<Json>(url, officer, 'POST', '/api/opportunities', { scenarioId: id, ...seed.opportunity });
  await apiAs(url, officer, 'POST', `/api/opportunities/${opportunity.id}/publish`, {});
  if (seed.demandList) await apiAs(url, officer, 'POST', '/api/demand-lists', { ...seed.demandList, opportunityIds: [opportunity.id] });
  await untilStage(url, coordinator, id, 'operating.open');
  return id;
}
