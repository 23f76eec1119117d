import { Link } from '@tanstack/react-router';
import { common } from '../i18n/common.messages';
import { useT } from '../i18n/i18n';
import { Page } from '../ui/page';

/** A page of the navigation that the user's roles do not use, reached by its address: said so, instead of the server's refusals. */
export function ClosedPage() {
  const t = useT(common);
  return (
    <Page title={t('closedPage')}>
      <p className="notice">{t('closedPageBody')}</p>
      <p>
        <Link to="/">{t('backHome')}</Link>
      </p>
    </Page>
  );
}
