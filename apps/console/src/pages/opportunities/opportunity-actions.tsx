import { useState } from 'react';
import { answer, http } from '../../api/client';
import { useApiAction } from '../../ui/use-api-action';
import { useApiQuery } from '../../api/queries';
import { useLabel, useT } from '../../i18n/i18n';
import { beijingToday } from '../../ui/beijing-time';
import { ErrorMessage } from '../../ui/status';
import { ConfirmButton } from '../../ui/confirm-button';
import { DraftActions } from './draft-actions';
import { useOpportunityLabels } from './labels';
import { messages } from './opportunities.messages';
import { CLOSE_REASONS, type CloseReason, type OpportunityDetail } from './opportunity.model';

/**
 * Publish (a draft) and close (a published one), each after a confirmation that says what follows: publishing the
 * first opportunity of a listed scenario opens the scenario (开放); closing cannot be undone.
 */
export function OpportunityActions({ opportunity, onChanged }: { opportunity: OpportunityDetail; onChanged: (done: string) => void }) {
  const t = useT(messages);
  const label = useLabel();
  const labels = useOpportunityLabels();
  const scenario = useApiQuery('/api/scenarios/{id}', { params: { path: { id: opportunity.scenarioId } } });
  const [reason, setReason] = useState<CloseReason>('matched');
  const [note, setNote] = useState('');
  const { busy, error, run: send } = useApiAction();
  const run = (action: () => Promise<unknown>, done: string) => send(action, () => onChanged(done));

  const path = { params: { path: { id: opportunity.id } } };
  const opens = scenario.data?.stage === 'listed';
  return (
    <>
      {error ? <ErrorMessage error={error} /> : null}
      {opportunity.status === 'draft' ? (
        <div className="op-actions">
          <ConfirmButton
            id="op-publish"
            label={t('publish')}
            confirmLabel={t('publishConfirm')}
            busy={busy}
            consequence={
              <>
                {t('publishConsequence', { year: beijingToday().slice(0, 4) })}
                {opens ? (
                  <>
                    {' '}
                    <strong>{t('publishOpens', { name: label(scenario.data?.title) })}</strong>
                  </>
                ) : null}
              </>
            }
            onConfirm={() => run(() => answer(http.POST('/api/opportunities/{id}/publish', { ...path, body: {} })), t('published'))}
          />
        </div>
      ) : null}
      {opportunity.status === 'draft' ? <DraftActions opportunity={opportunity} onChanged={onChanged} /> : null}
      {opportunity.status === 'published' ? (
        <div className="op-actions">
          <div>
            <label htmlFor="op-close-reason">{t('closeReason')}</label>
            <select id="op-close-reason" value={reason} onChange={(event) => setReason(event.target.value as CloseReason)} disabled={busy}>
              {CLOSE_REASONS.map((known) => (
                <option key={known} value={known}>
                  {labels.reason(known)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="op-close-note">{t('closeNote')}</label>
            <input id="op-close-note" value={note} onChange={(event) => setNote(event.target.value)} disabled={busy} />
          </div>
          <ConfirmButton
            id="op-close"
            label={t('close')}
            confirmLabel={t('closeConfirm')}
            danger
            busy={busy}
            consequence={`${t('closeConsequence', { reason: labels.reason(reason) })}${reason === 'withdrawn' ? ` ${t('closeWithdrawnNote')}` : ''}`}
            onConfirm={() => run(() => answer(http.POST('/api/opportunities/{id}/close', { ...path, body: { reason, ...(note.trim() ? { note } : {}) } })), t('closed'))}
          />
        </div>
      ) : null}
    </>
  );
}
