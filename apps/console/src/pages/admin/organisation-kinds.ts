import type { AdminKey } from './admin.messages';
import type { OrganisationKind } from './admin.model';

export const KIND_LABEL: Record<OrganisationKind, AdminKey> = {
  enterprise: 'kindEnterprise',
  'state-owned-enterprise': 'kindStateOwned',
  university: 'kindUniversity',
  'research-institute': 'kindResearch',
  government: 'kindGovernment',
  'social-organisation': 'kindSocial',
  other: 'kindOther',
};
