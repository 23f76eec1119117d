import { getRouteApi, Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import type { Schema } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { common } from '../../i18n/common.messages';
import { useLabel, useLanguage, useT } from '../../i18n/i18n';
import { beijingTime } from '../../ui/beijing-time';
import { Page } from '../../ui/page';
import { Empty, Loadable } from '../../ui/status';
import { messages, type Key } from './dead-letters.messages';
import { ReplayAction } from './replay-action';
import './dead-letters.css';

type DeadLetter = Schema<'DeadLetterSummary'>;
type Status = DeadLetter['status'];

const PAGE_SIZE = 20;
const STATUSES: Array<[Status | '', Key]> = [
  ['', 'statusAll'],
  ['dead', 'statusDead'],
  ['replayed', 'statusReplayed'],
  ['discarded', 'statusDiscarded'],
];
export const STATUS_LABEL: Record<Status, Key> = { dead: 'statusDead', replayed: 'statusReplayed', discarded: 'statusDiscarded' };
const SERVICES: Array<[string, { zh: string; en: string }]> = [
  ['scenario-registry', { zh: '场景库服务', en: 'Scenario registry' }],
  ['application-workflow', { zh: '申报流程服务', en: 'Application workflow' }],
  ['evaluation', { zh: '评估服务', en: 'Evaluation' }],
  ['notification', { zh: '通知服务', en: 'Notification' }],
  ['gateway', { zh: '网关', en: 'Gateway' }],
];

type Search = { status?: string; service?: string; topic?: string; type?: string; page?: string };

const route = getRouteApi('/operations/dead-letters');

/** `/operations/dead-letters`: every service's dead letters, filtered and paged; replay the selected ones. */
export function DeadLettersPage() {
  const t = useT(messages);
  const tc = useT(common);
  const label = useLabel();
  const { language } = useLanguage();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = Math.max(0, Number(search.page ?? 0) || 0);
  const status = STATUSES.find(([value]) => value && value === search.status)?.[0] || undefined;
  const query = { status, service: search.service, topic: search.topic, type: search.type, limit: PAGE_SIZE, offset: page * PAGE_SIZE };
  const list = useApiQuery('/api/operations/dead-letters', { params: { query } });
  const [selected, setSelected] = useState<string[]>([]);

  const items = list.data?.items ?? [];
  const dead = items.filter((item) => item.status === 'dead').map((item) => item.id);
  const chosen = selected.filter((id) => dead.includes(id));
  const toggle = (id: string) => setSelected((now) => (now.includes(id) ? now.filter((known) => known !== id) : [...now, id]));
  const go = (next: Search) => void navigate({ to: '.', search: next, replace: true });

  return (
    <Page title={tc('navDeadLetters')}>
      <p className="muted">{t('intro')}</p>
      <FilterForm key={JSON.stringify(search)} search={search} onApply={go} />
      <Loadable state={list}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty>{t('none')}</Empty>
          ) : (
            <>
              <div className="dl-toolbar">
                <span className="muted small" role="status">
                  {t('total', { count: data.total })}
                </span>
                <ReplayAction
                  ids={chosen}
                  label={t('replaySelected', { count: chosen.length })}
                  onDone={() => {
                    setSelected([]);
                    list.reload();
                  }}
                />
              </div>
              <div className="dl-frame">
                <table className="dl-table">
                  <caption className="visually-hidden">{t('table')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">
                        <input type="checkbox" aria-label={t('selectAll')} checked={dead.length > 0 && chosen.length === dead.length} disabled={dead.length === 0} onChange={() => setSelected(chosen.length === dead.length ? [] : dead)} />
                      </th>
                      <th scope="col">{t('message')}</th>
                      <th scope="col">{t('service')}</th>
                      <th scope="col">{t('reason')}</th>
                      <th scope="col">{t('attempts')}</th>
                      <th scope="col">{t('lastFailed')}</th>
                      <th scope="col">{t('status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((item) => (
                      <tr key={item.id}>
                        <td>
                          {item.status === 'dead' ? (
                            <input type="checkbox" aria-label={`${t('select')} ${label(item.eventTypeName)} ${beijingTime(item.lastFailedAt, language, 'seconds')}`} checked={chosen.includes(item.id)} onChange={() => toggle(item.id)} />
                          ) : null}
                        </td>
                        <td>
                          <Link to="/operations/dead-letters/$id" params={{ id: item.id }}>
                            {label(item.eventTypeName)}
                          </Link>
                          <div className="muted small">{label(item.topicName)}</div>
                        </td>
                        <td>
                          {label(item.serviceName)}
                          <div className="muted small dl-code">{item.consumer}</div>
                        </td>
                        <td className="dl-reason">{item.reason}</td>
                        <td>{item.failures > 1 ? `${item.attempts} × ${item.failures}` : item.attempts}</td>
                        <td>{beijingTime(item.lastFailedAt, language, 'seconds')}</td>
                        <td>
                          <span className={`dl-status dl-status-${item.status}`}>{t(STATUS_LABEL[item.status])}</span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="dl-buttons">
                <button type="button" disabled={page === 0} onClick={() => go({ ...search, page: page > 1 ? String(page - 1) : undefined })}>
                  {t('previous')}
                </button>
                <button type="button" disabled={(page + 1) * PAGE_SIZE >= data.total} onClick={() => go({ ...search, page: String(page + 1) })}>
                  {t('next')}
                </button>
              </div>
            </>
          )
        }
      </Loadable>
    </Page>
  );
}

/** The filters as typed, applied on submit. */
function FilterForm({ search, onApply }: { search: Search; onApply: (search: Search) => void }) {
  const t = useT(messages);
  const label = useLabel();
  const [draft, setDraft] = useState({ status: search.status ?? '', service: search.service ?? '', topic: search.topic ?? '', type: search.type ?? '' });
  const set = (key: keyof typeof draft) => (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(Object.fromEntries(Object.entries(draft).filter(([, value]) => value.trim() !== '').map(([key, value]) => [key, value.trim()])));
  };
  return (
    <form className="dl-filters" onSubmit={submit} aria-label={t('filters')}>
      <label>
        {t('status')}
        <select value={draft.status} onChange={set('status')}>
          {STATUSES.map(([value, key]) => (
            <option key={key} value={value}>
              {t(key)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('service')}
        <select value={draft.service} onChange={set('service')}>
          <option value="">{t('serviceAll')}</option>
          {SERVICES.map(([value, name]) => (
            <option key={value} value={value}>
              {label(name)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('topic')}
        <input value={draft.topic} onChange={set('topic')} placeholder="registry.scenario.v1" />
      </label>
      <label>
        {t('type')}
        <input value={draft.type} onChange={set('type')} placeholder="registry.scenario.registered" />
      </label>
      <div className="dl-buttons">
        <button type="submit" className="primary">
          {t('apply')}
        </button>
        <button type="button" onClick={() => onApply({})}>
          {t('reset')}
        </button>
      </div>
    </form>
  );
}
