import type { Schema } from '../../api/client';
import type { ProfileForm } from './profile-fields';
import { budgetGiven, budgetOf, coOwnersOf, type Tier } from './registration.model';
import { yuanInput } from '../../ui/money';

type Scenario = Schema<'Scenario'>;
export type ProfilePatch = Omit<Schema<'PatchScenariosByIdRequest'>, 'expectedRevision'>;
type Contact = Scenario['contacts'][number];

export interface EditForm extends ProfileForm {
  sandboxNeeded: boolean;
  sandboxReason: string;
  /** Tags separated by commas (，、 too). */
  tags: string;
  /** One contact a line: name | role | phone | email. */
  contacts: string;
}

export function contactsText(contacts: Contact[]): string {
  return contacts.map((c) => [c.name, c.role ?? '', c.phone ?? '', c.email ?? ''].join(' | ').replace(/( \| )+$/, '')).join('\n');
}

function contactsOf(lines: string): Contact[] {
  return lines
    .split('\n')
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter(([name]) => name)
    .map(([name, role, phone, email]) => ({ name, ...(role ? { role } : {}), ...(phone ? { phone } : {}), ...(email ? { email } : {}) }));
}

function tagsOf(line: string): string[] {
  return line
    .split(/[,，、]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/** The form prefilled with the scenario as it stands. */
export function editFormOf(scenario: Scenario): EditForm {
  return {
    titleZh: scenario.title.zh,
    titleEn: scenario.title.en ?? '',
    descriptionZh: scenario.description?.zh ?? '',
    tier: scenario.tier,
    district: scenario.district ?? '',
    budgetTotal: yuanInput(scenario.budget?.totalFen),
    fundingSource: scenario.budget?.fundingSource ?? '',
    reserve: yuanInput(scenario.budget?.newScenarioReserveFen),
    sandboxNeeded: scenario.sandbox?.needed ?? false,
    sandboxReason: scenario.sandbox?.reason ?? '',
    tags: scenario.tags.join(', '),
    contacts: contactsText(scenario.contacts),
    coOwnerUnits: scenario.coOwnerUnits.join('、'),
  };
}

/** Only what the officer changed (nothing changed: an empty patch, which is not sent). */
export function patchOf(scenario: Scenario, form: EditForm): ProfilePatch {
  const before = editFormOf(scenario);
  const changed = (...keys: (keyof EditForm)[]) => keys.some((key) => String(form[key]).trim() !== String(before[key]).trim());
  const patch: ProfilePatch = {};
  if (changed('titleZh', 'titleEn')) patch.title = { zh: form.titleZh.trim(), ...(form.titleEn.trim() ? { en: form.titleEn.trim() } : {}) };
  // The English description (set by import or the API) is kept when the Chinese one changes.
  if (changed('descriptionZh')) patch.description = form.descriptionZh.trim() ? { ...scenario.description, zh: form.descriptionZh.trim() } : null;
  if (changed('tier')) patch.tier = form.tier as Tier;
  if (changed('district')) patch.district = form.district.trim() || null;
  if (changed('budgetTotal', 'fundingSource', 'reserve')) patch.budget = budgetGiven(form) ? budgetOf(form) : null;
  if (changed('sandboxNeeded', 'sandboxReason')) patch.sandbox = { needed: form.sandboxNeeded, ...(form.sandboxReason.trim() ? { reason: form.sandboxReason.trim() } : {}) };
  if (tagsOf(form.tags).join('\n') !== scenario.tags.join('\n')) patch.tags = tagsOf(form.tags);
  if (contactsText(contactsOf(form.contacts)) !== contactsText(scenario.contacts)) patch.contacts = contactsOf(form.contacts);
  if (coOwnersOf(form.coOwnerUnits).join('\n') !== scenario.coOwnerUnits.join('\n')) patch.coOwnerUnits = coOwnersOf(form.coOwnerUnits);
  return patch;
}
