import type { OrganisationDirectory } from './organisation.directory';

/** A conflict an evaluator declared: a standing one, or a collaboration (joint project, employment, co-authorship) that ended on `endedOn`. */
export interface ConflictDeclaration {
  kind: 'declared' | 'collaboration';
  /** An organisation, a person (user id) or a scenario/application id. */
  party: string;
  reason: string;
  /** Collaboration only: when it ended (null: ongoing). */
  endedOn: string | null;
}

export interface EvaluatorAffiliation {
  id: string;
  organisationId: string;
  declarations: readonly ConflictDeclaration[];
}

/** Who an assessment is about: the subject ids, the organisations (owner unit, applicant's organisation) and persons (applicant). */
export interface AssessmentParties {
  subjectIds: readonly string[];
  organisations: readonly string[];
  persons: readonly string[];
}

export type ConflictKind = 'self' | 'same-organisation' | 'parent-organisation' | 'child-organisation' | 'declared' | 'recent-collaboration';

export interface Conflict {
  kind: ConflictKind;
  party: string;
  detail: string;
}

/** Collaborations that ended within this many years count (Horizon Europe asks about the last three years). */
export const CONFLICT_POLICY = { collaborationYears: 3 } as const;

/**
 * The conflicts of interest between an evaluator and the parties of an assessment. An evaluator with any conflict
 * is never assigned. Detected automatically: the evaluator is the applicant; works for the same organisation as
 * the owner unit or the applicant; or for its parent or a child organisation (any depth of the tree). Declared:
 * a standing conflict, or a collaboration ongoing or ended within `collaborationYears`, with a party — the party
 * itself, or an organisation related to a party organisation (same, parent or child).
 */
export function detectConflicts(
  evaluator: EvaluatorAffiliation,
  parties: AssessmentParties,
  directory: OrganisationDirectory,
  today: string,
  policy: { collaborationYears: number } = CONFLICT_POLICY,
): Conflict[] {
  const conflicts: Conflict[] = [];
  if (parties.persons.includes(evaluator.id)) conflicts.push({ kind: 'self', party: evaluator.id, detail: '评审专家即申报人 the evaluator is the applicant' });
  for (const organisation of parties.organisations) {
    const relation = directory.relation(evaluator.organisationId, organisation);
    if (relation === 'same') conflicts.push({ kind: 'same-organisation', party: organisation, detail: `同属 ${organisation} same organisation` });
    if (relation === 'parent') conflicts.push({ kind: 'parent-organisation', party: organisation, detail: `${evaluator.organisationId} 是 ${organisation} 的上级单位 is a parent organisation` });
    if (relation === 'child') conflicts.push({ kind: 'child-organisation', party: organisation, detail: `${evaluator.organisationId} 是 ${organisation} 的下属单位 is a child organisation` });
  }
  for (const declaration of evaluator.declarations) {
    if (!concerns(declaration.party, parties, directory)) continue;
    if (declaration.kind === 'declared') conflicts.push({ kind: 'declared', party: declaration.party, detail: `申报的利益冲突 declared: ${declaration.reason}` });
    else if (isRecent(declaration.endedOn, today, policy.collaborationYears)) {
      conflicts.push({ kind: 'recent-collaboration', party: declaration.party, detail: `近 ${policy.collaborationYears} 年合作 collaboration ${declaration.endedOn ? `ended ${declaration.endedOn}` : 'ongoing'}: ${declaration.reason}` });
    }
  }
  return conflicts;
}

function concerns(party: string, parties: AssessmentParties, directory: OrganisationDirectory): boolean {
  if (parties.subjectIds.includes(party) || parties.persons.includes(party)) return true;
  return parties.organisations.some((organisation) => directory.relation(party, organisation) !== null);
}

/** Ongoing, or ended on or after the same day `years` years before `today` (dates as YYYY-MM-DD). */
export function isRecent(endedOn: string | null, today: string, years: number): boolean {
  if (endedOn === null) return true;
  const [y, m, d] = today.split('-').map(Number);
  const cutoff = `${String(y - years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return endedOn >= cutoff;
}
