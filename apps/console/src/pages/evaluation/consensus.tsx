import { answer, http } from '../../api/client';
import { useLoadQuery } from '../../api/queries';
import { useLabel, useT, type Translate as TranslateOf } from '../../i18n/i18n';
import { ErrorMessage, Loading } from '../../ui/status';
import { evaluationMessages, type EvaluationKey } from './evaluation.messages';
import { formatNumber, markKey, type ConsensusView, type Mark } from './evaluation.model';
import { ResultBadge } from './evaluation.parts';
import { TableWrap } from '../../ui/table-wrap';

type Translate = TranslateOf<EvaluationKey>;

/** Display names of the sheets: “me”, the others by letter in order of submission (the server's anonymous labels re-lettered without the own sheet), ids for organisers. */
function useSheetNames(data: ConsensusView): (evaluator: string) => string {
  const t = useT(evaluationMessages);
  const others = data.sheets.filter((sheet) => !sheet.own && /^evaluator-[A-Z]$/.test(sheet.evaluator)).map((sheet) => sheet.evaluator);
  return (evaluator) => {
    if (evaluator === 'own') return t('evaluatorOwn');
    const index = others.indexOf(evaluator);
    return index >= 0 ? t('evaluatorOther', { letter: String.fromCharCode(65 + index) }) : evaluator;
  };
}

function markText(t: Translate, mark: Mark | undefined): string {
  if (!mark) return '—';
  if (typeof mark.value === 'boolean') return mark.value ? t('met') : t('notMet');
  return String(mark.value);
}

/** The sheets and the consensus: for an evaluator after their own submission, for organisers once unsealed (the server decides). */
export function ConsensusSection({ assessmentId, version }: { assessmentId: string; version: number }) {
  const t = useT(evaluationMessages);
  // Loaded again whenever another sheet comes in (`version`: the number submitted).
  const state = useLoadQuery(['/api/evaluation/assessments/{id}/consensus', assessmentId, version], (signal) =>
    answer(http.GET('/api/evaluation/assessments/{id}/consensus', { params: { path: { id: assessmentId } }, signal })),
  );
  if (state.error?.status === 403) {
    return (
      <section aria-labelledby="eval-consensus">
        <h2 id="eval-consensus">{t('consensusTitle')}</h2>
        <p className="notice" role="note">
          {t('consensusSealed')} <span className="small">{t('blindServer', { message: state.error.message })}</span>
        </p>
      </section>
    );
  }
  if (state.error) return <ErrorMessage error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Loading />;
  return <ConsensusBody data={state.data} />;
}

function ConsensusBody({ data }: { data: ConsensusView }) {
  const t = useT(evaluationMessages);
  const label = useLabel();
  const name = useSheetNames(data);
  const { consensus } = data;
  const panel = data.stage === 'panelReview' || (consensus !== null && consensus.disagreement > data.disagreementThreshold);
  return (
    <section aria-labelledby="eval-consensus" className="eval-consensus">
      <h2 id="eval-consensus">{t('consensusTitle')}</h2>
      {!data.complete ? <p className="notice">{t('consensusProvisional')}</p> : null}
      {consensus ? (
        <>
          <p>
            <strong>{t('overall', { result: consensus.passed ? t('passed') : t('failed') })}</strong> · {t('evaluators', { count: consensus.evaluators })} ·{' '}
            {t('disagreement', { value: formatNumber(consensus.disagreement), threshold: formatNumber(data.disagreementThreshold) })}
          </p>
          {panel ? (
            <p className="notice" role="note">
              {t('panelReview')}
            </p>
          ) : null}
          {consensus.rubrics.map((rubric) => (
            <div key={rubric.rubricId} className="eval-rubric-result">
              <h3 id={`consensus-${rubric.rubricId}`}>
                {label(rubric.title, rubric.rubricId)} v{rubric.version} · <ResultBadge passed={rubric.passed} />
              </h3>
              <TableWrap labelledBy={`consensus-${rubric.rubricId}`}>
                <table aria-labelledby={`consensus-${rubric.rubricId}`}>
                  <thead>
                    <tr>
                      <th scope="col">{t('criterion')}</th>
                      {data.sheets.map((sheet) => (
                        <th scope="col" key={sheet.evaluator} className="number">
                          {name(sheet.evaluator)}
                        </th>
                      ))}
                      <th scope="col" className="number">
                        {t('aggregated')}
                      </th>
                      <th scope="col" className="number">
                        {t('threshold')}
                      </th>
                      <th scope="col">{t('method')}</th>
                      <th scope="col">{t('metColumn')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rubric.criteria.map((criterion) => (
                      <tr key={criterion.criterionId}>
                        <th scope="row">{label(criterion.label, criterion.criterionId)}</th>
                        {data.sheets.map((sheet) => (
                          <td key={sheet.evaluator} className="number">
                            {markText(
                              t,
                              sheet.marks.find((m) => m.rubricId === rubric.rubricId && m.criterionId === criterion.criterionId),
                            )}
                          </td>
                        ))}
                        <td className="number">
                          {criterion.kind === 'scored'
                            ? `${formatNumber(criterion.value)} / ${formatNumber(criterion.max)}`
                            : criterion.votes
                              ? t('votes', { for: criterion.votes.for, against: criterion.votes.against })
                              : '—'}
                        </td>
                        <td className="number">{criterion.kind === 'scored' ? formatNumber(criterion.threshold) : '—'}</td>
                        <td>{t(criterion.method === 'trimmed-mean' ? 'methodTrimmedMean' : criterion.method === 'majority' ? 'methodMajority' : 'methodMean')}</td>
                        <td className={criterion.met ? 'eval-pass' : 'eval-fail'}>{criterion.met ? `✓ ${t('yes')}` : `✗ ${t('no')}`}</td>
                      </tr>
                    ))}
                    <tr className="eval-total">
                      <th scope="row">{t('total')}</th>
                      {data.sheets.map((sheet) => (
                        <td key={sheet.evaluator} />
                      ))}
                      <td className="number">
                        {formatNumber(rubric.total)} / {formatNumber(rubric.maxTotal)}
                      </td>
                      <td className="number">{formatNumber(rubric.totalThreshold)}</td>
                      <td>{t('disagreement', { value: formatNumber(rubric.disagreement), threshold: formatNumber(data.disagreementThreshold) })}</td>
                      <td className={rubric.totalMet ? 'eval-pass' : 'eval-fail'}>{rubric.totalMet ? `✓ ${t('yes')}` : `✗ ${t('no')}`}</td>
                    </tr>
                  </tbody>
                </table>
              </TableWrap>
            </div>
          ))}
          <SheetComments data={data} />
        </>
      ) : null}
    </section>
  );
}

/** Each sheet's comments, anonymised as the server labels them. */
function SheetComments({ data }: { data: ConsensusView }) {
  const t = useT(evaluationMessages);
  const name = useSheetNames(data);
  return (
    <details className="eval-comments">
      <summary>{t('comments')}</summary>
      {data.sheets.map((sheet) => (
        <div key={sheet.evaluator}>
          <h4>{name(sheet.evaluator)}</h4>
          <ul className="small">
            {sheet.marks.map((mark) => (
              <li key={markKey(mark.rubricId, mark.criterionId)}>
                <code>{markKey(mark.rubricId, mark.criterionId)}</code> {markText(t, mark)} — {mark.comment}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </details>
  );
}
