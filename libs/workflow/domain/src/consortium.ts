import { ORGANISATION_KINDS, type OrganisationKind } from '@scq/identity';

/**
 * 场景创新联合体 (the plan's (六): "支持组建场景创新联合体，推动高校、科研院所、科技型企业等积极培育早期场景"): organisations
 * that apply together. One lead organisation (牵头单位), whose applicant accounts manage the consortium and apply in its
 * name, and members (成员单位), each with the contribution it states.
 */
export const CONSORTIUM_ROLES = ['lead', 'member'] as const;
export type ConsortiumRole = (typeof CONSORTIUM_ROLES)[number];

export const CONSORTIUM_ROLE_LABELS: Record<ConsortiumRole, { zh: string; en: string }> = {
  lead: { zh: '牵头单位', en: 'Lead organisation' },
  member: { zh: '成员单位', en: 'Member organisation' },
};

/** The organisation kinds of the directory (高校 university, 科研院所 research institute, 企业 enterprise, …). */
export const CONSORTIUM_MEMBER_KINDS = ORGANISATION_KINDS;

export const CONSORTIUM_LIMITS = { minMembers: 2, maxMembers: 30 } as const;

export interface ConsortiumMember {
  organisation: string;
  kind: OrganisationKind;
  role: ConsortiumRole;
  /** What the organisation brings (技术、产品、场景、数据、资金…). */
  contribution: string;
}

export type ConsortiumRuleCode = 'TOO_FEW_MEMBERS' | 'TOO_MANY_MEMBERS' | 'LEAD_NOT_ONCE' | 'LEAD_NOT_CALLER' | 'LEAD_CHANGED' | 'DUPLICATE_MEMBER';

export interface ConsortiumRuleBreach {
  code: ConsortiumRuleCode;
  message: string;
  /** The member the breach is about (its index in the list), when it is about one. */
  field?: string;
}

/** How two spellings of one organisation compare: trimmed, inner whitespace collapsed, case-insensitive. */
export function organisationKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The membership rules, first breach first: at least two and at most thirty organisations; the lead is a member
 * exactly once; it is `leadOrganisation` (the caller's organisation when created, the recorded lead afterwards: the
 * lead does not change hands); no organisation twice (compared by `organisationKey`).
 */
export function consortiumMembershipBreach(members: readonly ConsortiumMember[], leadOrganisation: string, creating: boolean): ConsortiumRuleBreach | null {
  if (members.length < CONSORTIUM_LIMITS.minMembers) {
    return { code: 'TOO_FEW_MEMBERS', message: `联合体至少由 ${CONSORTIUM_LIMITS.minMembers} 家单位组成（当前 ${members.length} 家） A consortium has at least ${CONSORTIUM_LIMITS.minMembers} organisations (now ${members.length})` };
  }
  if (members.length > CONSORTIUM_LIMITS.maxMembers) {
    return { code: 'TOO_MANY_MEMBERS', message: `联合体最多 ${CONSORTIUM_LIMITS.maxMembers} 家单位（当前 ${members.length} 家） A consortium has at most ${CONSORTIUM_LIMITS.maxMembers} organisations (now ${members.length})` };
  }
  const leads = members.flatMap((member, index) => (member.role === 'lead' ? [index] : []));
  if (leads.length !== 1) {
    return { code: 'LEAD_NOT_ONCE', message: `牵头单位须恰好一家（当前 ${leads.length} 家） Exactly one member is the lead organisation (now ${leads.length})`, field: leads.length > 1 ? `members.${leads[1]}.role` : 'members' };
  }
  const lead = members[leads[0]];
  if (organisationKey(lead.organisation) !== organisationKey(leadOrganisation)) {
    return creating
      ? { code: 'LEAD_NOT_CALLER', message: `牵头单位须为您所在单位「${leadOrganisation}」，而非「${lead.organisation}」 The lead must be your own organisation "${leadOrganisation}", not "${lead.organisation}"`, field: `members.${leads[0]}.organisation` }
      : { code: 'LEAD_CHANGED', message: `牵头单位「${leadOrganisation}」不可更换（请求为「${lead.organisation}」） The lead organisation "${leadOrganisation}" does not change (asked: "${lead.organisation}")`, field: `members.${leads[0]}.organisation` };
  }
  const seen = new Map<string, number>();
  for (const [index, member] of members.entries()) {
    const key = organisationKey(member.organisation);
    const first = seen.get(key);
    if (first !== undefined) {
      return { code: 'DUPLICATE_MEMBER', message: `「${member.organisation}」重复列出（第 ${first + 1} 与第 ${index + 1} 家） "${member.organisation}" is listed twice (members ${first + 1} and ${index + 1})`, field: `members.${index}.organisation` };
    }
    seen.set(key, index);
  }
  return null;
}

/** Whether a member list names the organisation (compared by `organisationKey`). */
export function consortiumIncludes(members: readonly Pick<ConsortiumMember, 'organisation'>[], organisation: string | null | undefined): boolean {
  if (!organisation?.trim()) return false;
  const key = organisationKey(organisation);
  return members.some((member) => organisationKey(member.organisation) === key);
}
