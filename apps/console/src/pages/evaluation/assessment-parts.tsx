import { useApiQuery } from '../../api/queries';
import { useLanguage, useT } from '../../i18n/i18n';
import { evaluationMessages } from './evaluation.messages';
import type { AssessmentView } from './evaluation.model';
import { AssignmentStatusBadge, formatDateTime, ResultBadge } from './evaluation.parts';
import { TableWrap } from '../../ui/table-wrap';

/** Blind scoring, as the server enforces it: the consensus is refused (403) until the evaluator's own sheet is in. */
export function BlindNotice({ assessmentId }: { assessmentId: string }) {
  const t = useT(evaluationMessages);
  const { error } = useApiQuery('/api/evaluation/assessments/{id}/consensus', { params: { path: { id: assessmentId } } });
  return (
    <div className="notice eval-blind" role="note">
      <strong>{t('blind')}</strong>
      {error?.status === 403 ? <div className="small">{t('blindServer', { message: error.message })}</div> : null}
    </div>
  );
}

export function PanelTable({ view }: { view: AssessmentView }) {
  const t = useT(evaluationMessages);
  const { language } = useLanguage();
  return (
    <section aria-labelledby="eval-panel">
      <h2 id="eval-panel">{t('panel')}</h2>
      <TableWrap labelledBy="eval-panel">
        <table aria-labelledby="eval-panel">
          <thead>
            <tr>
              <th scope="col">{t('evaluator')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('assignedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {(view.assignments ?? []).map((assignment) => (
              <tr key={`${assignment.evaluatorId}/${assignment.assignedAt}`}>
                <td>
                  {assignment.evaluatorName ?? assignment.evaluatorId}
                  {assignment.evaluatorName ? <span className="muted small eval-evaluator-id"> {assignment.evaluatorId}</span> : null}
                </td>
                <td>
                  <AssignmentStatusBadge status={assignment.status} />
                </td>
                <td>{formatDateTime(assignment.assignedAt, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}

export function OutcomeCard({ outcome }: { outcome: NonNullable<AssessmentView['outcome']> }) {
  const t = useT(evaluationMessages);
  return (
    <section className="card eval-outcome" aria-label={t('outcome')}>
      <h3>
        {t('outcome')}: <ResultBadge passed={outcome.passed} />
      </h3>
      {outcome.explanation ? (
        <>
          <h4>{t('explanation')}</h4>
          <p className="eval-explanation">{outcome.explanation}</p>
        </>
      ) : null}
      {outcome.panel ? (
        <dl>
          <dt>{t('majorityView')}</dt>
          <dd>{outcome.panel.majorityView}</dd>
          <dt>{t('minorityView')}</dt>
          <dd>{outcome.panel.minorityView}</dd>
        </dl>
      ) : null}
    </section>
  );
}
