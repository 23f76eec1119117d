import { Link } from '@tanstack/react-router';
import { useT } from '../../i18n/i18n';
import { messages } from './opportunities.messages';
import type { CloseReason, OpportunityStatus } from './opportunity.model';

const STATUS_KEYS = { draft: 'statusDraft', published: 'statusPublished', closed: 'statusClosed' } as const satisfies Record<OpportunityStatus, string>;
const REASON_KEYS = { matched: 'reasonMatched', expired: 'reasonExpired', withdrawn: 'reasonWithdrawn' } as const satisfies Record<CloseReason, string>;
const OUTCOME_KEYS = { intent: 'outcomeIntent', agreement: 'outcomeAgreement', 'contract-signed': 'outcomeContract' } as const;
export type OutcomeStatus = keyof typeof OUTCOME_KEYS;
export const OUTCOME_STATUSES = Object.keys(OUTCOME_KEYS) as OutcomeStatus[];

export function useOpportunityLabels() {
  const t = useT(messages);
  return {
    status: (status: OpportunityStatus) => t(STATUS_KEYS[status]),
    reason: (reason: CloseReason) => t(REASON_KEYS[reason]),
    outcome: (status: OutcomeStatus) => t(OUTCOME_KEYS[status]),
  };
}

export function OpportunityStatusBadge({ status }: { status: OpportunityStatus }) {
  const labels = useOpportunityLabels();
  return <span className={`op-status op-status-${status}`}>{labels.status(status)}</span>;
}

/** The matchmaking section's three pages, linked from each of them. */
export function MatchmakingNav() {
  const t = useT(messages);
  return (
    <nav className="op-subnav" aria-label={t('sectionNav')}>
      <Link to="/opportunities" activeOptions={{ includeSearch: false }}>
        {t('linkOpportunities')}
      </Link>
      <Link to="/demand-lists" activeOptions={{ includeSearch: false }}>
        {t('linkDemandLists')}
      </Link>
      <Link to="/matchmaking-events" activeOptions={{ includeSearch: false }}>
        {t('linkEvents')}
      </Link>
    </nav>
  );
}
