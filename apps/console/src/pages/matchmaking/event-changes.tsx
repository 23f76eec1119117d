import { useState, type FormEvent } from 'react';
import { useAllPages } from '../../api/all-pages';
import type { operations } from '../../api/schema.gen';
import { answer, fieldErrors, http } from '../../api/client';
import { useApiAction } from '../../ui/use-api-action';
import { useLanguage, useT } from '../../i18n/i18n';
import { beijingToday } from '../../ui/beijing-time';
import { Field } from '../../ui/field';
import { ErrorMessage } from '../../ui/status';
import { OUTCOME_STATUSES, useOpportunityLabels, type OutcomeStatus } from '../opportunities/labels';
import { textIn } from '../opportunities/opportunity.model';
import { PARTICIPANT_TYPES, useEventLabels, type MatchmakingEvent, type ParticipantType } from './event.model';
import { messages } from './matchmaking.messages';

type Revision = NonNullable<operations['patchMatchmakingEventsById']['requestBody']>['content']['application/json'];

/** One PATCH of the event (lists replace the recorded lists), its refusal kept for the form that sent it. */
function useRevise(event: MatchmakingEvent, onChanged: (done: string) => void) {
  const { error, busy, run } = useApiAction();
  const revise = (body: Revision, done: string): Promise<boolean> => run(() => answer(http.PATCH('/api/matchmaking-events/{id}', { params: { path: { id: event.id } }, body })), () => onChanged(done));
  return { error, busy, revise };
}

/**
 * 对接结果: which supplier (a participant) reached what with which presented opportunity. An agreement or a signed
 * contract is announced by the registry, and the workflow moves the scenario to 对接.
 */
export function OutcomeForm({ event, titleOf, onChanged }: { event: MatchmakingEvent; titleOf: (id: string) => string; onChanged: (done: string) => void }) {
  const t = useT(messages);
  const outcomeLabels = useOpportunityLabels();
  const { error, busy, revise } = useRevise(event, onChanged);
  const [supplier, setSupplier] = useState('');
  const [opportunityId, setOpportunityId] = useState('');
  const [status, setStatus] = useState<OutcomeStatus>('agreement');
  const [note, setNote] = useState('');
  const errors = fieldErrors(error);
  const at = (field: string) => [...errors].find(([path]) => path.startsWith('outcomes') && path.endsWith(field))?.[1];

  if (event.participants.length === 0 || event.opportunityIds.length === 0) return <p className="muted">{t('needParticipants')}</p>;
  if (event.heldOn > beijingToday()) return <p className="muted">{t('notHeldYet')}</p>;

  async function submit(form: FormEvent) {
    form.preventDefault();
    const done = await revise({ outcomes: [...event.outcomes, { supplier, opportunityId, status, ...(note.trim() ? { note } : {}) }] }, t('outcomeRecorded'));
    if (done) {
      setSupplier('');
      setOpportunityId('');
      setNote('');
    }
  }

  return (
    <form className="card op-card" onSubmit={submit} aria-labelledby="ev-outcome-title" noValidate>
      <h3 id="ev-outcome-title">{t('recordOutcome')}</h3>
      <p className="muted small">{t('outcomeHelp')}</p>
      {error ? <ErrorMessage error={error} /> : null}
      <div className="form-grid">
        <Field id="ev-outcome-supplier" label={t('supplier')} required error={at('supplier')}>
          {(aria) => (
            <select {...aria} value={supplier} onChange={(change) => setSupplier(change.target.value)}>
              <option value="">{t('choose')}</option>
              {event.participants.map((participant) => (
                <option key={participant.name} value={participant.name}>
                  {participant.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="ev-outcome-opportunity" label={t('opportunity')} required error={at('opportunityId')}>
          {(aria) => (
            <select {...aria} value={opportunityId} onChange={(change) => setOpportunityId(change.target.value)}>
              <option value="">{t('choose')}</option>
              {event.opportunityIds.map((id) => (
                <option key={id} value={id}>
                  {titleOf(id)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="ev-outcome-status" label={t('outcome')} required error={at('status')}>
          {(aria) => (
            <select {...aria} value={status} onChange={(change) => setStatus(change.target.value as OutcomeStatus)}>
              {OUTCOME_STATUSES.map((known) => (
                <option key={known} value={known}>
                  {outcomeLabels.outcome(known)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="ev-outcome-note" label={t('note')} error={at('note')}>
          {(aria) => <input {...aria} value={note} onChange={(change) => setNote(change.target.value)} />}
        </Field>
      </div>
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={busy}>
          {t('recordOutcome')}
        </button>
      </div>
    </form>
  );
}

/** Adds a supplier taking part, and an opportunity presented, to a recorded event. */
export function EventAdditions({ event, onChanged }: { event: MatchmakingEvent; onChanged: (done: string) => void }) {
  const t = useT(messages);
  const { language } = useLanguage();
  const labels = useEventLabels();
  const participant = useRevise(event, onChanged);
  const presented = useRevise(event, onChanged);
  const [name, setName] = useState('');
  const [type, setType] = useState<ParticipantType>('enterprise');
  const [opportunityId, setOpportunityId] = useState('');
  const published = useAllPages('/api/opportunities', { params: { query: { status: 'published' } } }, 5);
  const offered = (published.data?.items ?? []).filter((item) => !event.opportunityIds.includes(item.id));
  const nameError = [...fieldErrors(participant.error)].find(([path]) => path.startsWith('participants'))?.[1];
  const opportunityError = [...fieldErrors(presented.error)].find(([path]) => path.startsWith('opportunityIds'))?.[1];

  return (
    <div className="card op-card op-additions">
      <h3>{t('additions')}</h3>
      <form
        className="op-row"
        aria-label={t('addParticipant')}
        onSubmit={(submitted) => {
          submitted.preventDefault();
          void participant.revise({ participants: [...event.participants, { name, type }] }, t('participantAdded')).then((done) => done && setName(''));
        }}
      >
        <Field id="ev-add-name" label={t('newParticipantName')} required error={nameError}>
          {(aria) => <input {...aria} value={name} onChange={(change) => setName(change.target.value)} />}
        </Field>
        <Field id="ev-add-type" label={t('participantType')}>
          {(aria) => (
            <select {...aria} value={type} onChange={(change) => setType(change.target.value as ParticipantType)}>
              {PARTICIPANT_TYPES.map((known) => (
                <option key={known} value={known}>
                  {labels.type(known)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" disabled={participant.busy}>
          {t('addParticipant')}
        </button>
        {participant.error && !nameError ? <ErrorMessage error={participant.error} /> : null}
      </form>
      <form
        className="op-row"
        aria-label={t('presentOpportunity')}
        onSubmit={(submitted) => {
          submitted.preventDefault();
          void presented.revise({ opportunityIds: [...event.opportunityIds, opportunityId] }, t('opportunityAdded')).then((done) => done && setOpportunityId(''));
        }}
      >
        <Field id="ev-add-opportunity" label={t('presentOpportunity')} required error={opportunityError}>
          {(aria) => (
            <select {...aria} value={opportunityId} onChange={(change) => setOpportunityId(change.target.value)}>
              <option value="">{t('choose')}</option>
              {offered.map((item) => (
                <option key={item.id} value={item.id}>
                  {textIn(item.title, language)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" disabled={presented.busy || !opportunityId}>
          {t('add')}
        </button>
        {presented.error && !opportunityError ? <ErrorMessage error={presented.error} /> : null}
      </form>
    </div>
  );
}
