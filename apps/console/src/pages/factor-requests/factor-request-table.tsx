import { useT } from '../../i18n/i18n';
import { FactorRequestRow } from './factor-request-row';
import { messages } from './factor-requests.messages';
import type { FactorKindInfo, FactorRequest } from './factor-requests.model';
import { TableWrap } from '../../ui/table-wrap';

/** Factor requests as a table, on the requests page (with each one's scenario) and on a scenario's page (without). */
export function FactorRequestTable({ items, kinds, answers, highlighted, showScenario, onAnswered }: {
  items: readonly FactorRequest[];
  kinds: readonly FactorKindInfo[];
  /** Whether the reader answers this request (an officer of its responsible unit). */
  answers: (request: FactorRequest) => boolean;
  highlighted?: string;
  showScenario?: boolean;
  onAnswered: () => void;
}) {
  const t = useT(messages);
  return (
    <TableWrap label={t('list')}>
      <table>
        <caption className="visually-hidden">{t('list')}</caption>
        <thead>
          <tr>
            {showScenario ? <th scope="col">{t('scenario')}</th> : null}
            <th scope="col">{t('kind')}</th>
            <th scope="col">{t('need')}</th>
            <th scope="col">{t('ownerUnit')}</th>
            <th scope="col">{t('responsibleUnit')}</th>
            <th scope="col">{t('requestedAt')}</th>
            <th scope="col">{t('status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((request) => (
            <FactorRequestRow key={request.id} request={request} kinds={kinds} answers={answers(request)} highlighted={highlighted === request.id} showScenario={showScenario} onAnswered={onAnswered} />
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
