import { Link } from '@tanstack/react-router';
import { common } from '../i18n/common.messages';
import { useT } from '../i18n/i18n';
import { Page } from '../ui/page';

export function NotFound() {
  const t = useT(common);
  return (
    <Page title={t('notFound')}>
      <Link to="/">{t('backHome')}</Link>
    </Page>
  );
}
