import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { answer, fieldErrors, http } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { beijingToday } from '../../ui/beijing-time';
import { ConfirmButton } from '../../ui/confirm-button';
import { Field } from '../../ui/field';
import { ErrorMessage } from '../../ui/status';
import { useApiAction } from '../../ui/use-api-action';
import { messages } from './opportunities.messages';
import type { OpportunityDetail } from './opportunity.model';

/**
 * What a draft's owners may do besides publishing it: move its response deadline (a draft whose deadline has passed
 * cannot be published until it is moved) and delete it. The rest of the draft keeps what it says.
 */
export function DraftActions({ opportunity, onChanged }: { opportunity: OpportunityDetail; onChanged: (done: string) => void }) {
  const t = useT(messages);
  const navigate = useNavigate();
  const [respondBy, setRespondBy] = useState(opportunity.sought.respondBy);
  const deadline = useApiAction();
  const removal = useApiAction();
  const path = { params: { path: { id: opportunity.id } } };
  const passed = opportunity.sought.respondBy < beijingToday();

  const moveDeadline = () =>
    void deadline.run(() => answer(http.PATCH('/api/opportunities/{id}', { ...path, body: { sought: { ...opportunity.sought, respondBy } } })), () => onChanged(t('deadlineMoved')));

  return (
    <div className="op-draft-actions">
      {passed ? (
        <p className="notice" role="note">
          {t('deadlinePassed', { date: opportunity.sought.respondBy })}
        </p>
      ) : null}
      {deadline.error && !fieldErrors(deadline.error).has('sought.respondBy') ? <ErrorMessage error={deadline.error} /> : null}
      <form
        className="op-actions"
        onSubmit={(event) => {
          event.preventDefault();
          moveDeadline();
        }}
        noValidate
      >
        <Field id="op-draft-respond-by" label={t('respondBy')} error={fieldErrors(deadline.error).get('sought.respondBy')}>
          {(aria) => <input {...aria} type="date" min={beijingToday()} value={respondBy} onChange={(event) => setRespondBy(event.target.value)} disabled={deadline.busy} />}
        </Field>
        <button type="submit" disabled={deadline.busy || respondBy === opportunity.sought.respondBy}>
          {t('moveDeadline')}
        </button>
      </form>
      {removal.error ? <ErrorMessage error={removal.error} /> : null}
      <ConfirmButton
        id="op-delete"
        label={t('deleteDraft')}
        confirmLabel={t('deleteDraftConfirm')}
        danger
        busy={removal.busy}
        consequence={t('deleteDraftConsequence')}
        onConfirm={() => removal.run(() => answer(http.DELETE('/api/opportunities/{id}', path)), () => void navigate({ to: '/opportunities' }))}
      />
    </div>
  );
}
