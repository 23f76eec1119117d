import { describeScenarioStage, DomainError, type FieldError } from '@scq/contracts';
import { z } from 'zod';
import { canonicalCoOwners, scenarioRegistrationSchema, withCanonicalDistrict, type Scenario, type ScenarioRegistration } from './scenario-registration';

/**
 * The profile an owner may still change after registration: what the scenario is and what it costs, not who owns it
 * nor its domain (those decide who is responsible for it). `null` clears an optional field.
 */
const registrationShape = scenarioRegistrationSchema.shape;
export const scenarioProfileEditSchema = z
  .object({
    title: registrationShape.title.optional(),
    description: registrationShape.description.nullable(),
    tier: registrationShape.tier.optional(),
    district: registrationShape.district.nullable(),
    budget: registrationShape.budget.nullable(),
    sandbox: registrationShape.sandbox.nullable(),
    tags: registrationShape.tags.unwrap().optional(),
    contacts: registrationShape.contacts.unwrap().optional(),
    coOwnerUnits: registrationShape.coOwnerUnits.unwrap().optional(),
    /** The revision the caller saw (optimistic concurrency): 409 when the profile changed since. */
    expectedRevision: z.number({ error: '应为整数 must be an integer' }).int().min(1).optional(),
  })
  .strict()
  .refine((edit) => Object.keys(edit).some((key) => key !== 'expectedRevision'), { message: '请至少修改一项 change at least one field', path: [] });
export type ScenarioProfileEdit = z.infer<typeof scenarioProfileEditSchema>;

/** The fields an edit may change, in the order a change record lists them. */
export const PROFILE_FIELDS = ['title', 'description', 'tier', 'district', 'budget', 'sandbox', 'tags', 'contacts', 'coOwnerUnits'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** One field's change, as the revision history keeps it. */
export interface ProfileChange {
  field: ProfileField;
  before: unknown;
  after: unknown;
}

/**
 * The profile is open until the scenario is assessed for recognition: what a panel recognises (and a batch list
 * publishes) is the profile as it stood, so from `recognition` on it is frozen. No stage yet, 征集 and 培育 are open.
 */
export function profileIsOpen(stage: string | null): boolean {
  return stage === null || stage === 'proposed' || stage === 'cultivating';
}

export class ScenarioProfileError extends DomainError {
  constructor(
    readonly kind: 'not-found' | 'forbidden' | 'conflict' | 'invalid',
    code: string,
    message: string,
    fields?: FieldError[],
  ) {
    super(code, message, fields);
  }
}

export function profileLockedError(scenario: Pick<Scenario, 'id' | 'stage'>): ScenarioProfileError {
  const stage = describeScenarioStage(scenario.stage);
  return new ScenarioProfileError(
    'conflict',
    'SCENARIO_PROFILE_LOCKED',
    `场景已进入「${stage}」，档案已冻结：认定评估开始后不能再修改 The scenario is in "${stage}": its profile is frozen once the recognition assessment starts`,
  );
}

/**
 * The scenario with the edit applied, validated as a whole by the registration's own rules (a government investment
 * project keeps its reserve, a district-owned scenario its district…), and the fields that changed.
 */
export function applyProfileEdit(scenario: Scenario, edit: ScenarioProfileEdit): { next: Scenario; changes: ProfileChange[] } {
  if (scenario.ownerType === 'district' && edit.district !== undefined && edit.district !== scenario.district) {
    throw new ScenarioProfileError('invalid', 'VALIDATION_FAILED', '区县所属场景不能更改区县 A district-owned scenario keeps its district', [
      { path: 'district', message: '区县所属场景的区县即其所属单位，不能更改 the district owns the scenario and cannot change' },
    ]);
  }
  const merged: Record<string, unknown> = { ...registrationOf(scenario) };
  for (const field of PROFILE_FIELDS) {
    const value = edit[field];
    if (value === undefined) continue;
    if (value === null) delete merged[field];
    else merged[field] = value;
  }
  const parsed = scenarioRegistrationSchema.safeParse(merged);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || '(body)', message: issue.message }));
    throw new ScenarioProfileError('invalid', 'VALIDATION_FAILED', `请求数据无效 Invalid request: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`, fields);
  }
  const cleared = withoutCleared(withCanonicalDistrict(parsed.data), edit);
  const next: Scenario = { ...scenario, ...cleared, coOwnerUnits: canonicalCoOwners(scenario.ownerUnit, parsed.data.coOwnerUnits) };
  const changes = PROFILE_FIELDS.filter((field) => !sameValue(scenario[field], next[field])).map((field) => ({ field, before: scenario[field] ?? null, after: next[field] ?? null }));
  return { next, changes };
}

function registrationOf(scenario: Scenario): ScenarioRegistration {
  const { title, description, domainCode, ownerUnit, ownerType, tier, district, taxonomyVersion, budget, sandbox, tags, contacts, coOwnerUnits } = scenario;
  return { title, description, domainCode, ownerUnit, ownerType, tier, district, taxonomyVersion, budget, sandbox, tags, contacts, coOwnerUnits: coOwnerUnits ?? [] };
}

/** Fields cleared by the edit are absent from the parsed registration: clear them on the scenario too. */
function withoutCleared(parsed: ScenarioRegistration, edit: ScenarioProfileEdit): Partial<Scenario> {
  const result: Partial<Scenario> = { ...parsed };
  for (const field of PROFILE_FIELDS) if (edit[field] === null) (result as Record<string, unknown>)[field] = undefined;
  return result;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
