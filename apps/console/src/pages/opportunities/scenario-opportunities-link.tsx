import { Link } from '@tanstack/react-router';
import { useT } from '../../i18n/i18n';
import { messages } from './opportunities.messages';

/** On a scenario's page: the way to its opportunities (and to draft one, for its owners). */
export function ScenarioOpportunitiesLink({ scenarioId }: { scenarioId: string }) {
  const t = useT(messages);
  return (
    <p>
      <Link to="/opportunities" search={{ scenario: scenarioId }} data-testid="scenario-opportunities">
        {t('scenarioOpportunities')}
      </Link>
    </p>
  );
}
