import { useT } from '../../i18n/i18n';
import type { BatchListStatus } from './batch-list.model';
import { messages } from './batch-lists.messages';

const KEYS = { draft: 'statusDraft', published: 'statusPublished', superseded: 'statusSuperseded' } as const;

export function StatusBadge({ status }: { status: BatchListStatus }) {
  const t = useT(messages);
  return <span className={`bl-status bl-status-${status}`}>{t(KEYS[status])}</span>;
}
