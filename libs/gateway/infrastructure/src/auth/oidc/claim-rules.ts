import { PERSON_ROLES, type PersonRole } from '@scq/contracts';
import { canonicalDistrictName, findDistrict } from '@scq/identity';
import { z } from 'zod';
import { knownUnit } from '../../directory/known-unit';

/**
 * How an OpenID provider's claims become a person of the directory: which claim is the username and which the
 * display name, and an ordered list of rules, each naming one claim and one test (`equals`, `includes`, `endsWith`)
 * and what a person matching it gets. Every matching rule adds its roles; the unit, district and organisation come
 * from the first matching rule that names one.
 */
const RuleSchema = z
  .object({
    claim: z.string().trim().min(1).describe('the claim to test; a dotted path reaches into objects (`realm_access.roles`)'),
    equals: z.string().optional().describe('the claim (or one of its values) is exactly this'),
    includes: z.string().optional().describe('the claim is a list holding this value (a single value counts as a list of one)'),
    endsWith: z.string().min(1).optional().describe('the claim (or one of its values) ends with this, ignoring case (e-mail domains)'),
    roles: z.array(z.enum(PERSON_ROLES)).default([]),
    unit: z.string().trim().min(1).optional(),
    district: z.string().trim().min(1).optional(),
    organisation: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((rule) => [rule.equals, rule.includes, rule.endsWith].filter((test) => test !== undefined).length === 1, {
    message: 'exactly one of equals, includes, endsWith',
  });

export const ClaimRulesSchema = z
  .object({
    usernameClaim: z.string().trim().min(1).default('preferred_username'),
    displayNameClaim: z.string().trim().min(1).default('name'),
    rules: z.array(RuleSchema).min(1, 'at least one rule: without one nobody gets a role'),
  })
  .strict();

export type ClaimRule = z.output<typeof RuleSchema>;

export interface ClaimRules {
  usernameClaim: string;
  displayNameClaim: string;
  /** Units and districts as the taxonomy and the directory of districts write them. */
  rules: ClaimRule[];
}

/** Configured claim rules that cannot work; the message names the rule (the gateway refuses to start). */
export class ClaimRulesError extends Error {}

/** Parses and checks claim rules (JSON text): units and districts must exist, and are written canonically from here on. */
export function parseClaimRules(text: string, source: string): ClaimRules {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ClaimRulesError(`${source} is not JSON: ${(error as Error).message}`);
  }
  const parsed = ClaimRulesSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(top)'}: ${issue.message}`);
    throw new ClaimRulesError(`${source} is not valid claim rules: ${problems.join('; ')}`);
  }
  const rules = parsed.data.rules.map((rule, index) => canonicalRule(rule, `${source} rule ${index + 1} (${rule.claim})`));
  return { usernameClaim: parsed.data.usernameClaim, displayNameClaim: parsed.data.displayNameClaim, rules };
}

function canonicalRule(rule: ClaimRule, where: string): ClaimRule {
  const canonical = { ...rule };
  if (rule.unit !== undefined) {
    const unit = knownUnit(rule.unit);
    if (!unit) throw new ClaimRulesError(`${where}: unknown unit "${rule.unit}" (not in the taxonomy's responsible units)`);
    canonical.unit = unit;
  }
  if (rule.district !== undefined) {
    if (!findDistrict(rule.district)) throw new ClaimRulesError(`${where}: unknown district "${rule.district}" (not in the directory of districts)`);
    canonical.district = canonicalDistrictName(rule.district);
  }
  return canonical;
}

/** What the rules make of a person's claims. */
export interface MappedPerson {
  username: string | null;
  displayName: string | null;
  roles: PersonRole[];
  unit: string | null;
  district: string | null;
  organisation: string | null;
}

export function mapClaims(rules: ClaimRules, claims: Record<string, unknown>): MappedPerson {
  const roles = new Set<PersonRole>();
  const placed: Pick<MappedPerson, 'unit' | 'district' | 'organisation'> = { unit: null, district: null, organisation: null };
  for (const rule of rules.rules) {
    if (!matches(rule, claimAt(claims, rule.claim))) continue;
    for (const role of rule.roles) roles.add(role);
    placed.unit ??= rule.unit ?? null;
    placed.district ??= rule.district ?? null;
    placed.organisation ??= rule.organisation ?? null;
  }
  return {
    username: firstText(claimAt(claims, rules.usernameClaim)),
    displayName: firstText(claimAt(claims, rules.displayNameClaim)),
    roles: PERSON_ROLES.filter((role) => roles.has(role)),
    ...placed,
  };
}

function matches(rule: ClaimRule, value: unknown): boolean {
  const values = textsOf(value);
  if (rule.equals !== undefined) return values.includes(rule.equals);
  if (rule.includes !== undefined) return values.includes(rule.includes);
  const suffix = (rule.endsWith ?? '').toLowerCase();
  return values.some((text) => text.toLowerCase().endsWith(suffix));
}

/** A claim by name, or by a dotted path into nested objects when no claim has the whole name. */
function claimAt(claims: Record<string, unknown>, path: string): unknown {
  if (path in claims) return claims[path];
  let value: unknown = claims;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function textsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((item) => typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean').map(String);
}

function firstText(value: unknown): string | null {
  const text = textsOf(value)[0]?.trim();
  return text ? text : null;
}
