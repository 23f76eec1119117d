import type { EventPublisher } from '@scq/platform-messaging';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { MatchmakingEvent } from '@scq/registry-domain';
import type { OpportunityRepository } from './opportunity.repository.port';

type Outcome = MatchmakingEvent['outcomes'][number];
type Agreement = Outcome & { status: 'agreement' | 'contract-signed' };

const isAgreement = (outcome: Outcome): outcome is Agreement => outcome.status === 'agreement' || outcome.status === 'contract-signed';
const pair = (outcome: Outcome) => `${outcome.supplier}\u0000${outcome.opportunityId}`;

/**
 * Announces each agreement (合作协议 or 签约) the event records and `previous` (the version before a revision) did not:
 * `registry.scenario.agreement-recorded` for the opportunity's scenario, which the workflow turns into 对接.
 */
export async function announceAgreements(
  tx: SqlExecutor,
  publisher: EventPublisher,
  opportunities: OpportunityRepository,
  event: MatchmakingEvent,
  by: string,
  previous: MatchmakingEvent | null = null,
): Promise<void> {
  const known = new Set((previous?.outcomes ?? []).filter(isAgreement).map(pair));
  const fresh = event.outcomes.filter(isAgreement).filter((outcome) => !known.has(pair(outcome)));
  if (fresh.length === 0) return;
  const scenarioOf = new Map((await opportunities.findManyForShare(tx, [...new Set(fresh.map((o) => o.opportunityId))])).map((o) => [o.id, o.scenarioId]));
  for (const outcome of fresh) {
    const scenarioId = scenarioOf.get(outcome.opportunityId);
    if (!scenarioId) continue;
    await publisher.publish(tx, 'registry.scenario.v1', 'registry.scenario.agreement-recorded', {
      subject: scenarioId,
      data: {
        scenarioId,
        matchmakingEventId: event.id,
        eventTitle: event.title,
        opportunityId: outcome.opportunityId,
        supplier: outcome.supplier,
        status: outcome.status,
        heldOn: event.heldOn,
        recordedBy: by,
        at: event.updatedAt.toISOString(),
      },
    });
  }
}
