import type { Schema } from '../../api/client';

/** The application's content (申报书) as the form edits it, and as the server takes it. */
export type ContentBody = Schema<'PutWorkflowApplicationsByApplicationIdContentRequest'>;
export type SavedContent = NonNullable<Schema<'ApplicationContentView'>['content']>;

export type TextKey = 'titleZh' | 'titleEn' | 'summaryZh' | 'summaryEn' | 'approachZh' | 'approachEn' | 'contactName' | 'phone' | 'email' | 'capabilities';
export interface Member {
  name: string;
  role: string;
  organisation: string;
}
export type Draft = Record<TextKey, string> & { members: Member[] };

/** Where the server's field paths (zod) land in the form. */
export const PATHS: Record<string, TextKey> = {
  'proposal.title.zh': 'titleZh',
  'proposal.title.en': 'titleEn',
  'proposal.summary.zh': 'summaryZh',
  'proposal.summary.en': 'summaryEn',
  'proposal.approach.zh': 'approachZh',
  'proposal.approach.en': 'approachEn',
  'contact.name': 'contactName',
  'contact.phone': 'phone',
  'contact.email': 'email',
};
export const REQUIRED: TextKey[] = ['titleZh', 'summaryZh', 'approachZh', 'contactName', 'phone', 'email'];
export const LONG = new Set<TextKey>(['summaryZh', 'summaryEn', 'approachZh', 'approachEn', 'capabilities']);
export const MAX: Record<TextKey, number> = { titleZh: 100, titleEn: 300, summaryZh: 2000, summaryEn: 6000, approachZh: 20000, approachEn: 60000, contactName: 50, phone: 30, email: 254, capabilities: 6000 };

export function draftOf(content: SavedContent | null | undefined): Draft {
  return {
    titleZh: content?.proposal.title.zh ?? '',
    titleEn: content?.proposal.title.en ?? '',
    summaryZh: content?.proposal.summary.zh ?? '',
    summaryEn: content?.proposal.summary.en ?? '',
    approachZh: content?.proposal.approach.zh ?? '',
    approachEn: content?.proposal.approach.en ?? '',
    contactName: content?.contact.name ?? '',
    phone: content?.contact.phone ?? '',
    email: content?.contact.email ?? '',
    capabilities: (content?.team.capabilities ?? []).join('\n'),
    members: (content?.team.members ?? []).map((m) => ({ name: m.name, role: m.role, organisation: m.organisation ?? '' })),
  };
}

const text = (zh: string, en: string) => ({ zh: zh.trim(), ...(en.trim() ? { en: en.trim() } : {}) });

export function bodyOf(draft: Draft): ContentBody {
  return {
    proposal: { title: text(draft.titleZh, draft.titleEn), summary: text(draft.summaryZh, draft.summaryEn), approach: text(draft.approachZh, draft.approachEn) },
    contact: { name: draft.contactName.trim(), phone: draft.phone.trim(), email: draft.email.trim() },
    team: {
      capabilities: draft.capabilities.split('\n').map((line) => line.trim()).filter(Boolean),
      members: draft.members.filter((m) => m.name.trim() || m.role.trim()).map((m) => ({ name: m.name.trim(), role: m.role.trim(), ...(m.organisation.trim() ? { organisation: m.organisation.trim() } : {}) })),
    },
  };
}
