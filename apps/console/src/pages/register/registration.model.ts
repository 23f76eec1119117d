import type { Schema } from '../../api/client';
import { CURRENT_TAXONOMY } from '../../api/taxonomy';
import { fenOfTyped } from '../../ui/money';
import { messages } from './register-scenario.messages';

type Key = keyof typeof messages.zh;

type Registration = Schema<'PostScenariosRequest'>;

export type OwnerType = Registration['ownerType'];

export type Tier = Registration['tier'];

export type FundingSource = NonNullable<Registration['budget']>['fundingSource'];

export const OWNER_TYPES: Record<OwnerType, Key> = {
  'municipal-department': 'ownerMunicipalDepartment',
  district: 'ownerDistrict',
  'municipal-soe': 'ownerMunicipalSoe',
  enterprise: 'ownerEnterprise',
  'university-institute': 'ownerUniversityInstitute',
};

export const TIERS: Record<Tier, Key> = {
  'comprehensive-major': 'tierComprehensive',
  'industry-integrated': 'tierIndustry',
  'high-value-niche': 'tierNiche',
};

export const FUNDING_SOURCES: Record<FundingSource, Key> = {
  'government-investment': 'fundingGovernment',
  'fiscal-fund': 'fundingFiscal',
  'soe-own': 'fundingSoe',
  'social-capital': 'fundingSocial',
  mixed: 'fundingMixed',
};

export interface Form {
  titleZh: string;
  titleEn: string;
  descriptionZh: string;
  domainCode: string;
  ownerType: OwnerType;
  ownerUnit: string;
  district: string;
  tier: Tier | '';
  budgetTotal: string;
  fundingSource: FundingSource | '';
  reserve: string;
  /** Co-owner units separated by commas (，、 too). */
  coOwnerUnits: string;
}

/** The paths of the request the form has a field for; field errors on other paths are listed under the general message. */
export const FIELD_PATHS = ['title.zh', 'title.en', 'description.zh', 'domainCode', 'ownerType', 'ownerUnit', 'district', 'tier', 'budget.totalFen', 'budget.fundingSource', 'budget.newScenarioReserveFen'];

/** Co-owner units typed as a list (，、, separated). */
export function coOwnersOf(line: string): string[] {
  return line
    .split(/[,，、]/)
    .map((unit) => unit.trim())
    .filter(Boolean);
}

/** The field errors of the co-owner list (`coOwnerUnits.<i>`), joined. */
export function coOwnerError(errors: Map<string, string>): string | undefined {
  return [...errors].filter(([path]) => path === 'coOwnerUnits' || path.startsWith('coOwnerUnits.')).map(([, message]) => message).join('; ') || undefined;
}

/** Whether any budget field is filled in: then the budget needs its total and its funding source. */
export function budgetGiven(form: Pick<Form, 'budgetTotal' | 'fundingSource' | 'reserve'>): boolean {
  return form.budgetTotal.trim() !== '' || form.fundingSource !== '' || form.reserve.trim() !== '';
}

/** The budget as the API takes it; an incomplete one goes as it is, and the server names the missing field. */
export function budgetOf(form: Pick<Form, 'budgetTotal' | 'fundingSource' | 'reserve'>): NonNullable<Registration['budget']> {
  return {
    totalFen: fenOfTyped(form.budgetTotal) as number,
    fundingSource: (form.fundingSource || undefined) as FundingSource,
    ...(form.reserve.trim() ? { newScenarioReserveFen: fenOfTyped(form.reserve) } : {}),
  };
}

/**
 * What the form can tell before anything is sent, by the API's paths: a required field left empty, a district-owned
 * scenario without its district, a budget without its total or funding source. The server checks everything again.
 */
export function unfilledFields(form: Form): Map<string, Key> {
  const missing = new Map<string, Key>();
  if (!form.titleZh.trim()) missing.set('title.zh', 'fillTitle');
  if (!form.domainCode) missing.set('domainCode', 'chooseDomain');
  if (!form.tier) missing.set('tier', 'chooseTier');
  if (!form.ownerUnit.trim()) missing.set('ownerUnit', 'chooseOwnerUnit');
  if (form.ownerType === 'district' && !form.district.trim()) missing.set('district', 'fillDistrict');
  if (budgetGiven(form) && !form.budgetTotal.trim()) missing.set('budget.totalFen', 'fillBudgetTotal');
  if (budgetGiven(form) && !form.fundingSource) missing.set('budget.fundingSource', 'chooseFundingSource');
  return missing;
}

/** The request as the API takes it: optional fields left out when empty, never sent as empty strings. */
export function requestOf(form: Form): Registration {
  return {
    title: { zh: form.titleZh, ...(form.titleEn.trim() ? { en: form.titleEn } : {}) },
    ...(form.descriptionZh.trim() ? { description: { zh: form.descriptionZh } } : {}),
    domainCode: form.domainCode,
    ownerType: form.ownerType,
    ownerUnit: form.ownerUnit,
    ...(form.district.trim() ? { district: form.district } : {}),
    // An unchosen tier goes to the server as it is: the server names the missing field.
    tier: form.tier as Tier,
    ...(budgetGiven(form) ? { budget: budgetOf(form) } : {}),
    taxonomyVersion: CURRENT_TAXONOMY,
    ...(coOwnersOf(form.coOwnerUnits).length ? { coOwnerUnits: coOwnersOf(form.coOwnerUnits) } : {}),
  };
}
