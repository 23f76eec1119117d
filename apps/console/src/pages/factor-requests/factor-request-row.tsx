import { useState, type FormEvent } from 'react';
import { Link } from '@tanstack/react-router';
import { answer, fieldErrors, http } from '../../api/client';
import { useLabel, useLanguage, useT } from '../../i18n/i18n';
import { beijingTime } from '../../ui/beijing-time';
import { Field } from '../../ui/field';
import { needsGeneralError, shownAt } from '../../ui/form-errors';
import { ErrorMessage } from '../../ui/status';
import { useApiAction } from '../../ui/use-api-action';
import { messages } from './factor-requests.messages';
import { OUTCOMES, outcomeLabel, statusWords, type FactorKindInfo, type FactorOutcome, type FactorRequest } from './factor-requests.model';

/** The paths this form shows at a field; any other error shows with the server's general message. */
const ANSWER_FIELDS = shownAt('answer', 'answer.zh');

/** One request as a row: the factor, the need, who asked and who answers, the status, and for the answering unit the answer form. */
export function FactorRequestRow({ request, kinds, answers, highlighted, showScenario, onAnswered }: {
  request: FactorRequest;
  kinds: readonly FactorKindInfo[];
  answers: boolean;
  highlighted?: boolean;
  showScenario?: boolean;
  onAnswered: () => void;
}) {
  const t = useT(messages);
  const label = useLabel();
  const { language } = useLanguage();
  const kind = kinds.find((k) => k.kind === request.kind);
  return (
    <tr className={highlighted ? 'highlighted' : undefined} data-testid={`factor-request-${request.id}`}>
      {showScenario ? (
        <td>
          <Link to="/scenarios/$id" params={{ id: request.scenarioId }}>
            {label({ zh: request.scenarioTitle.zh, en: request.scenarioTitle.en ?? undefined })}
          </Link>
        </td>
      ) : null}
      <td>{kind ? label(kind.name) : request.kind}</td>
      <td>
        {label(request.need)}
        {request.quantity ? <span className="muted small">（{request.quantity}）</span> : null}
      </td>
      <td>{request.ownerUnit}</td>
      <td>{request.responsibleUnit}</td>
      <td className="small">{beijingTime(request.requestedAt, language)}</td>
      <td>
        <span className={`factor-status factor-${request.outcome ?? 'awaiting'}`}>{statusWords(t, request)}</span>
        {request.answer ? <p className="small">{label(request.answer)}</p> : null}
        {answers && request.status === 'awaiting-answer' ? <AnswerForm request={request} onAnswered={onAnswered} /> : null}
      </td>
    </tr>
  );
}

function AnswerForm({ request, onAnswered }: { request: FactorRequest; onAnswered: () => void }) {
  const t = useT(messages);
  const [outcome, setOutcome] = useState<FactorOutcome>('granted');
  const [text, setText] = useState('');
  const { busy, error, run } = useApiAction();
  const fields = fieldErrors(error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => answer(http.POST('/api/factor-requests/{id}/answer', { params: { path: { id: request.id } }, body: { outcome, answer: { zh: text } } })), onAnswered);
  };
  const id = `answer-${request.id}`;
  return (
    <form className="factor-answer" onSubmit={submit} noValidate aria-label={t('answer')}>
      {error && needsGeneralError(fields, ANSWER_FIELDS) ? <ErrorMessage error={error} /> : null}
      <Field id={`${id}-outcome`} label={t('outcome')} required>
        {(aria) => (
          <select {...aria} value={outcome} onChange={(event) => setOutcome(event.target.value as FactorOutcome)}>
            {OUTCOMES.map((known) => (
              <option key={known} value={known}>
                {outcomeLabel(t, known)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${id}-text`} label={t('answerText')} required error={fields.get('answer') ?? fields.get('answer.zh')}>
        {(aria) => <textarea {...aria} value={text} onChange={(event) => setText(event.target.value)} rows={2} required />}
      </Field>
      <button type="submit" disabled={busy}>
        {busy ? t('answering') : t('submitAnswer')}
      </button>
    </form>
  );
}
