import { beijingDateOf } from '@scq/calendar';
import type { EventPublisher } from '@scq/platform-messaging';
import type { Database, SqlExecutor } from '@scq/platform-persistence';
import {
  matchmakingEventSchema,
  MatchmakingRuleError,
  normaliseUnit,
  recordMatchmakingEvent,
  requireUnitAuthority,
  reviseMatchmakingEventInput,
  type MatchmakingCaller,
  type MatchmakingEvent,
  type MatchmakingEventRevision,
} from '@scq/registry-domain';
import { announceAgreements } from './matchmaking-agreements';
import type { MatchmakingEventRepository } from './matchmaking-event.repository.port';
import { systemClock, type MatchmakingClock } from './owned-opportunity.loader';
import type { OpportunityRepository } from './opportunity.repository.port';
import { RECORD_EVENT_ACTION, requireReferencesHold } from './record-matchmaking-event.handler';

/** Revises a recorded matchmaking event (e.g. an intent that became a signed contract: announced as an agreement) or deletes it. */
export class ChangeMatchmakingEventHandler {
  constructor(
    private readonly db: Database,
    private readonly events: MatchmakingEventRepository,
    private readonly opportunities: OpportunityRepository,
    private readonly publisher: EventPublisher,
    private readonly clock: MatchmakingClock = systemClock,
  ) {}

  revise(caller: MatchmakingCaller, id: string, revision: MatchmakingEventRevision): Promise<MatchmakingEvent> {
    return this.db.transaction(async (tx) => {
      const event = await this.lock(tx, caller, id);
      const parsed = matchmakingEventSchema.safeParse(reviseMatchmakingEventInput(event, revision));
      if (!parsed.success) throw MatchmakingRuleError.invalid(parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message })));
      const organiserUnit = normaliseUnit(parsed.data.organiserUnit);
      requireUnitAuthority(caller, organiserUnit, RECORD_EVENT_ACTION);
      const at = this.clock();
      await requireReferencesHold(tx, this.opportunities, parsed.data, beijingDateOf(at));
      const next = { ...recordMatchmakingEvent(parsed.data, { id, organiserUnit, by: event.recordedBy, at: event.recordedAt }), updatedAt: at };
      await this.events.replace(tx, next);
      await announceAgreements(tx, this.publisher, this.opportunities, next, caller.id, event);
      return next;
    });
  }

  delete(caller: MatchmakingCaller, id: string): Promise<void> {
    return this.db.transaction(async (tx) => {
      await this.lock(tx, caller, id);
      await this.events.delete(tx, id);
    });
  }

  private async lock(tx: SqlExecutor, caller: MatchmakingCaller, id: string): Promise<MatchmakingEvent> {
    const event = await this.events.findByIdForUpdate(tx, id);
    if (!event) throw new MatchmakingRuleError('not-found', 'NOT_FOUND', `供需对接活动不存在 Matchmaking event ${id} not found`);
    requireUnitAuthority(caller, event.organiserUnit, RECORD_EVENT_ACTION);
    return event;
  }
}
