import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import type { Schema } from '../../api/client';
import { useLabel, useT } from '../../i18n/i18n';
import { messages } from './register-scenario.messages';
import { TableWrap } from '../../ui/table-wrap';

/**
 * Scenarios like the one about to be registered (避免重复建设), shown before anything is stored: the officer looks
 * at them and registers anyway or goes back to the form.
 */
export function NearDuplicates({
  candidates,
  domainName,
  busy,
  onProceed,
  onCancel,
}: {
  candidates: Schema<'ScenarioNearDuplicate'>[];
  domainName: (code: string) => string;
  busy: boolean;
  onProceed: () => void;
  onCancel: () => void;
}) {
  const t = useT(messages);
  const label = useLabel();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="notice reg-near" aria-labelledby="reg-near-title">
      <h2 id="reg-near-title" ref={heading} tabIndex={-1}>
        {t('nearTitle')}
      </h2>
      <p>{t('nearIntro', { count: candidates.length })}</p>
      <TableWrap labelledBy="reg-near-title">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('nearScenario')}</th>
              <th scope="col">{t('domain')}</th>
              <th scope="col">{t('district')}</th>
              <th scope="col">{t('nearScore')}</th>
            </tr>
          </thead>
          <tbody>
            {candidates.map((candidate) => (
              <tr key={candidate.scenarioId}>
                <td>
                  <Link to="/scenarios/$id" params={{ id: candidate.scenarioId }} target="_blank">
                    {label(candidate.title)}
                  </Link>
                </td>
                <td>{domainName(candidate.domainCode)}</td>
                <td>{candidate.district ?? '—'}</td>
                <td>{t('percent', { percent: Math.round(candidate.score * 100) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <div className="reg-buttons">
        <button type="button" className="primary" onClick={onProceed} disabled={busy}>
          {busy ? t('submitting') : t('registerAnyway')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('nearBack')}
        </button>
      </div>
    </section>
  );
}
