import { getRouteApi } from '@tanstack/react-router';
import { useApiQuery } from '../../api/queries';
import { useSession } from '../../auth/session';
import { common } from '../../i18n/common.messages';
import { useT } from '../../i18n/i18n';
import { patch } from '../../router/search';
import { Page } from '../../ui/page';
import { Empty, Loadable } from '../../ui/status';
import { FactorRequestTable } from './factor-request-table';
import { messages } from './factor-requests.messages';
import './factor-requests.css';

const route = getRouteApi('/factor-requests');
type View = 'responsible' | 'owner' | '';

/**
 * 要素保障: the requests routed to the officer's unit (to answer, each with its form) and those it made; the coordinator
 * and admins see all. `?request=` highlights one (the link of its task in 我的待办).
 */
export function FactorRequestsPage() {
  const t = useT(messages);
  const tc = useT(common);
  const { user, hasRole } = useSession();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const view = (search.as === 'responsible' || search.as === 'owner' ? search.as : '') as View;
  const status = search.status === 'awaiting-answer' || search.status === 'answered' ? search.status : undefined;
  const list = useApiQuery('/api/factor-requests', { params: { query: { ...(view ? { as: view } : {}), ...(status ? { status } : {}) } } });
  const kinds = useApiQuery('/api/factor-kinds');
  const setFilter = (name: 'as' | 'status', value: string) => void navigate({ to: '.', search: patch({ [name]: value || null }), replace: true });
  const answers = (unit: string) => hasRole('officer') && user?.unit === unit;

  return (
    <Page title={tc('navFactorRequests')}>
      <p className="muted small">{t('intro')}</p>
      <div className="filters">
        <div>
          <label htmlFor="factor-view">{t('view')}</label>
          <select id="factor-view" value={view} onChange={(event) => setFilter('as', event.target.value)}>
            <option value="">{t('viewAll')}</option>
            <option value="responsible">{t('viewResponsible')}</option>
            <option value="owner">{t('viewOwner')}</option>
          </select>
        </div>
        <div>
          <label htmlFor="factor-status">{t('status')}</label>
          <select id="factor-status" value={status ?? ''} onChange={(event) => setFilter('status', event.target.value)}>
            <option value="">{t('statusAll')}</option>
            <option value="awaiting-answer">{t('awaiting', { days: '…' })}</option>
            <option value="answered">{t('answered')}</option>
          </select>
        </div>
      </div>
      <Loadable state={list}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty>{t('none')}</Empty>
          ) : (
            <FactorRequestTable items={data.items} kinds={kinds.data?.items ?? []} answers={(request) => answers(request.responsibleUnit)} highlighted={search.request} showScenario onAnswered={list.reload} />
          )
        }
      </Loadable>
    </Page>
  );
}
