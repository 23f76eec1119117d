import { beijingDateOf } from '@scq/calendar';
import { randomUUID } from 'node:crypto';
import type { EventPublisher } from '@scq/platform-messaging';
import type { Database, SqlExecutor } from '@scq/platform-persistence';
import {
  eventReferenceErrors,
  MatchmakingRuleError,
  normaliseUnit,
  recordMatchmakingEvent,
  requireUnitAuthority,
  requireWriterRole,
  type MatchmakingCaller,
  type MatchmakingEvent,
  type MatchmakingEventInput,
} from '@scq/registry-domain';
import { announceAgreements } from './matchmaking-agreements';
import type { MatchmakingEventRepository } from './matchmaking-event.repository.port';
import { systemClock, type MatchmakingClock } from './owned-opportunity.loader';
import type { OpportunityRepository } from './opportunity.repository.port';

export const RECORD_EVENT_ACTION = { zh: '记录该单位组织的供需对接活动', en: 'record matchmaking events organised by this unit' };

/** Records a matchmaking event (供需对接活动) organised by the caller's unit (any unit for the coordinator); its agreements match their scenarios. */
export class RecordMatchmakingEventHandler {
  constructor(
    private readonly db: Database,
    private readonly events: MatchmakingEventRepository,
    private readonly opportunities: OpportunityRepository,
    private readonly publisher: EventPublisher,
    private readonly clock: MatchmakingClock = systemClock,
  ) {}

  execute(caller: MatchmakingCaller, input: MatchmakingEventInput): Promise<MatchmakingEvent> {
    requireWriterRole(caller);
    const organiserUnit = normaliseUnit(input.organiserUnit);
    requireUnitAuthority(caller, organiserUnit, RECORD_EVENT_ACTION);
    return this.db.transaction(async (tx) => {
      const at = this.clock();
      await requireReferencesHold(tx, this.opportunities, input, beijingDateOf(at));
      const event = recordMatchmakingEvent(input, { id: randomUUID(), organiserUnit, by: caller.id, at });
      await this.events.insert(tx, event);
      await announceAgreements(tx, this.publisher, this.opportunities, event, caller.id);
      return event;
    });
  }
}

/** Presented opportunities exist, are published and predate the event; outcomes only for a held event. */
export async function requireReferencesHold(tx: SqlExecutor, opportunities: OpportunityRepository, input: MatchmakingEventInput, today: string): Promise<void> {
  const found = await opportunities.findManyForShare(tx, input.opportunityIds);
  const errors = eventReferenceErrors(input, new Map(found.map((o) => [o.id, o])), today);
  if (errors.length > 0) throw MatchmakingRuleError.invalid(errors);
}
