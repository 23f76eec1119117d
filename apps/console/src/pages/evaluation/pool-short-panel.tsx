import { useId, useState } from 'react';
import { useAllPages } from '../../api/all-pages';
import { answer, asApiError, http, type ApiError, type Schema } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { allDomains, useTaxonomy } from '../../api/taxonomy';
import { useLabel, useT } from '../../i18n/i18n';
import { ErrorMessage, Loading } from '../../ui/status';
import { evaluationMessages } from './evaluation.messages';
import type { AssessmentView } from './evaluation.model';

type Account = Schema<'User'>;

/** The pool read whole, retired evaluators included: an id already registered cannot be added again. */
const POOL_REQUEST = { params: { query: { includeRetired: 'true' as const } } };
const ACCOUNTS_REQUEST = { params: { query: { role: 'evaluator' as const } } };

/**
 * An assessment waiting because the pool is short: in `assigning` for its panel (a fresh install has nobody in the
 * pool), or in `scoring` for a replacement of an evaluator who declined, recused or missed the deadline. The coordinator
 * adds evaluator accounts that are not in the pool yet, with the subject's domain as their expertise. The server
 * retries the waiting assessment on each addition; `onChanged` reloads the page's reads.
 */
export function PoolShortPanel({ view, onChanged }: { view: AssessmentView; onChanged: () => Promise<void> }) {
  const t = useT(evaluationMessages);
  // The assessment carries the subject's domain; a scenario's own domain when it does not.
  const scenario = useApiQuery(view.domainCode === null && view.subject.kind === 'scenario' ? '/api/scenarios/{id}' : null, { params: { path: { id: view.subject.id } } });
  const domain = view.domainCode ?? (view.subject.kind === 'scenario' ? scenario.data?.domainCode : undefined) ?? null;
  const taxonomy = useTaxonomy();
  const label = useLabel();
  const domainEntry = taxonomy.data && domain ? allDomains(taxonomy.data).find((d) => d.code === domain) : undefined;
  const domainName = domainEntry ? label({ zh: domainEntry.zhName, en: domainEntry.enName }) : domain;
  const accounts = useApiQuery('/api/auth/accounts', ACCOUNTS_REQUEST);
  const pool = useAllPages('/api/evaluation/evaluators', POOL_REQUEST, 20);
  const ids = useId();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function add(account: Account) {
    if (!domain || !account.organisation) return;
    setBusy(account.id);
    try {
      await answer(http.POST('/api/evaluation/evaluators', { body: { id: account.id, name: account.name, organisation: account.organisation, expertise: [domain] } }));
      setError(null);
      await onChanged();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(null);
    }
  }

  const loadError = accounts.error ?? pool.error ?? scenario.error;
  const inPool = new Set((pool.data?.items ?? []).map((evaluator) => evaluator.id));
  const missing = (accounts.data?.items ?? []).filter((account) => !inPool.has(account.id));
  return (
    <section className="card eval-pool-short" aria-labelledby="eval-pool-short">
      <h2 id="eval-pool-short">{t('poolShortTitle')}</h2>
      {error ? <ErrorMessage error={error} /> : null}
      {loadError ? (
        <ErrorMessage
          error={loadError}
          onRetry={() => {
            accounts.reload();
            pool.reload();
            scenario.reload();
          }}
        />
      ) : !accounts.data || !pool.data ? (
        <Loading />
      ) : missing.length === 0 ? (
        <p className="notice" role="note">
          {t('poolAllIn')}
        </p>
      ) : (
        <>
          <p className="muted small">{domain ? t('poolShortHint', { domain: domainName ?? domain }) : t('noDomain')}</p>
          <ul aria-label={t('poolCandidates')}>
            {missing.map((account, index) => {
              const noteId = `${ids}-note-${index}`;
              return (
                <li key={account.id}>
                  <strong>{account.name}</strong> · {account.organisation ?? '—'}{' '}
                  <button
                    type="button"
                    aria-label={t('addToPoolFor', { name: account.name })}
                    aria-describedby={account.organisation ? undefined : noteId}
                    disabled={busy !== null || !domain || !account.organisation}
                    onClick={() => void add(account)}
                  >
                    {busy === account.id ? t('addingToPool') : t('addToPool')}
                  </button>
                  {account.organisation ? null : (
                    <p id={noteId} className="muted small">
                      {t('noOrganisation')}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
