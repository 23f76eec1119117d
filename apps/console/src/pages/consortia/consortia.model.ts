import type { Schema } from '../../api/client';
import type { Translate } from '../../i18n/messages';
import type { ConsortiaKey } from './consortia.messages';

export type Consortium = Schema<'Consortium'>;
export type ConsortiumMember = Schema<'ConsortiumMember'>;
export type MemberKind = ConsortiumMember['kind'];

/** The kinds offered first: the plan names universities, research institutes and technology enterprises. */
export const MEMBER_KINDS: MemberKind[] = ['university', 'research-institute', 'enterprise', 'state-owned-enterprise', 'social-organisation', 'government', 'other'];

const KIND_LABEL: Record<MemberKind, ConsortiaKey> = {
  enterprise: 'kindEnterprise',
  'state-owned-enterprise': 'kindStateOwned',
  university: 'kindUniversity',
  'research-institute': 'kindResearch',
  government: 'kindGovernment',
  'social-organisation': 'kindSocial',
  other: 'kindOther',
};

export function kindLabel(t: Translate<ConsortiaKey>, kind: string): string {
  return kind in KIND_LABEL ? t(KIND_LABEL[kind as MemberKind]) : kind;
}

export function roleLabel(t: Translate<ConsortiaKey>, role: string): string {
  return role === 'lead' ? t('roleLead') : t('roleMember');
}
