import type { LoadedPages } from '../api/all-pages';
import { common } from '../i18n/common.messages';
import { useT } from '../i18n/i18n';
import { ErrorMessage } from './status';

/** The foot of a paged list: why the last "more" failed (with a retry), and the button for the next page. */
export function LoadMore({ pages }: { pages: LoadedPages<unknown> }) {
  const t = useT(common);
  return (
    <>
      {pages.moreError ? <ErrorMessage error={pages.moreError} onRetry={pages.loadMore} /> : null}
      {pages.hasMore ? (
        <p>
          <button type="button" onClick={pages.loadMore} disabled={pages.loadingMore}>
            {pages.loadingMore ? t('loading') : t('loadMore')}
          </button>
        </p>
      ) : null}
    </>
  );
}
