import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { answer, asApiError, http, type ApiError } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { useLabel, useT } from '../../i18n/i18n';
import { Empty, ErrorMessage, Loadable } from '../../ui/status';
import { messages } from './profile.messages';

/** The coordinator's word on each near-duplicate of the scenario: the same scenario (link) or not (dismiss). */
export function DuplicateDecisions({ scenarioId }: { scenarioId: string }) {
  const t = useT(messages);
  const label = useLabel();
  const duplicates = useApiQuery('/api/scenarios/{id}/duplicates', { params: { path: { id: scenarioId } } });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function decide(otherId: string, decision: 'link' | 'dismiss') {
    setBusy(true);
    try {
      await answer(http.POST('/api/scenarios/{id}/duplicates', { params: { path: { id: scenarioId } }, body: { otherId, decision } }));
      setError(null);
      duplicates.reload();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {error ? <ErrorMessage error={error} /> : null}
      <Loadable state={duplicates}>
        {(data) =>
          data.candidates.length === 0 ? (
            <Empty>{t('noDuplicates')}</Empty>
          ) : (
            <ul className="duplicate-list">
              {data.candidates.map((candidate) => (
                <li key={candidate.scenarioId}>
                  <Link to="/scenarios/$id" params={{ id: candidate.scenarioId }}>
                    {label(candidate.title)}
                  </Link>{' '}
                  <span className="muted small">
                    {candidate.district ?? ''} {t('similarity', { percent: Math.round(candidate.score * 100) })}
                  </span>{' '}
                  {candidate.decision ? (
                    <strong>{candidate.decision.decision === 'link' ? t('linked') : t('dismissed')}</strong>
                  ) : (
                    <span className="event-buttons">
                      <button type="button" disabled={busy} onClick={() => void decide(candidate.scenarioId, 'link')}>
                        {t('link')}
                      </button>
                      <button type="button" disabled={busy} onClick={() => void decide(candidate.scenarioId, 'dismiss')}>
                        {t('dismiss')}
                      </button>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Loadable>
    </>
  );
}
