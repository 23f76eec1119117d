import { useApiPages } from '../../api/all-pages';
import { useT } from '../../i18n/i18n';
import { ErrorMessage, Loading } from '../../ui/status';
import { messages } from './board.messages';
import { BoardCard } from './board-card';
import { AWAITING, PAGE_SIZE, type CountsQuery, type SearchQuery } from './board.model';

interface Props {
  stage: string;
  label: string;
  count: number;
  query: CountsQuery;
  sort: NonNullable<SearchQuery['sort']>;
  collapsed: boolean;
  onToggle: () => void;
  domainName: (code: string) => string;
  stageName: (stage: string) => string;
}

/** A top-level stage: its count, and its scenarios a page at a time from the search API (none read while collapsed). */
export function BoardColumn({ stage, label, count, query, sort, collapsed, onToggle, domainName, stageName }: Props) {
  const t = useT(messages);
  const titleId = `stage-${stage}`;
  return (
    <section className={collapsed ? 'board-stage collapsed' : 'board-stage'} aria-labelledby={titleId} data-stage={stage}>
      <div className="board-stage-head">
        <h2 id={titleId} className="board-stage-title">
          <span>{label}</span> <span className="board-count" aria-label={t('stageCount', { count })}>{count}</span>
        </h2>
        <button
          type="button"
          className="board-toggle"
          aria-label={collapsed ? t('expand', { stage: label }) : t('collapse', { stage: label })}
          aria-expanded={!collapsed}
          aria-controls={`${titleId}-cards`}
          onClick={onToggle}
        >
          {collapsed ? t('expandShort') : t('collapseShort')}
        </button>
      </div>
      {collapsed ? null : stage === AWAITING ? (
        <p className="small muted">{t('awaitingNote')}</p>
      ) : (
        <Cards stage={stage} query={query} sort={sort} count={count} titleId={titleId} domainName={domainName} stageName={stageName} />
      )}
    </section>
  );
}

function Cards({ stage, query, sort, count, titleId, domainName, stageName }: Pick<Props, 'stage' | 'query' | 'sort' | 'count' | 'domainName' | 'stageName'> & { titleId: string }) {
  const t = useT(messages);
  const pages = useApiPages('/api/search/scenarios', { params: { query: { ...query, stage, sort, limit: PAGE_SIZE } } });
  const items = pages.data?.flatMap((page) => page.items) ?? [];
  if (pages.error) return <ErrorMessage error={pages.error} onRetry={pages.reload} />;
  if (!pages.data) return <Loading />;
  return (
    <>
      <ul className="board-cards" id={`${titleId}-cards`}>
        {items.map((s) => (
          <BoardCard key={s.id} scenario={s} column={stage} domainName={domainName} stageName={stageName} />
        ))}
      </ul>
      {pages.moreError ? <ErrorMessage error={pages.moreError} onRetry={pages.loadMore} /> : null}
      {pages.hasMore ? (
        <div className="board-more">
          <span className="small muted">{t('shown', { shown: items.length, count })}</span>
          <button type="button" onClick={pages.loadMore} disabled={pages.loadingMore}>
            {t('more', { size: PAGE_SIZE })}
          </button>
        </div>
      ) : null}
    </>
  );
}
