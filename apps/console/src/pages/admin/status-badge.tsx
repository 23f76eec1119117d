import { useT } from '../../i18n/i18n';
import { messages } from './admin.messages';
import type { UserStatus } from './admin.model';

export function StatusBadge({ status }: { status: UserStatus }) {
  const t = useT(messages);
  return <span className={`admin-status admin-status-${status}`}>{t(status === 'active' ? 'statusActive' : 'statusDisabled')}</span>;
}
