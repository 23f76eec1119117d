import type { Type } from '@nestjs/common';
import type { z } from 'zod';
import { answersWithoutSchema, controllerRoutes, openApiDocument, openApiProblems, responseContractProblem, routeOperations } from '@scq/platform-http';
import {
  closeOpportunity,
  demandListSchema,
  draftOpportunity,
  matchmakingEventSchema,
  opportunityDraftSchema,
  publishDemandList,
  publishOpportunity,
  recordMatchmakingEvent,
  reviseOpportunity,
} from '@scq/registry-domain';
import { DemandListHttpController } from './demand-list.http.controller';
import { DemandListDetailSchema, DemandListPageSchema, DemandListSchema } from './demand-list.http.responses';
import { MatchmakingEventHttpController } from './matchmaking-event.http.controller';
import { MatchmakingEventPageSchema, MatchmakingEventSchema } from './matchmaking-event.http.responses';
import { OpportunityHttpController } from './opportunity.http.controller';
import { OpportunityDetailSchema, OpportunityPageSchema, OpportunitySchema } from './opportunity.http.responses';

const problem = (schema: z.ZodType, body: unknown) => responseContractProblem({ summary: 'x', responses: { '200': { description: 'x', schema } } }, 200, body);

const SCENARIO = '11111111-1111-4111-8111-111111111111';
const OPPORTUNITY = '22222222-2222-4222-8222-222222222222';
const at = new Date('2026-04-01T02:00:00Z');
const context = { id: OPPORTUNITY, ownerUnit: '市城市管理局', by: 'officer-1', at };

describe('the opportunity, demand-list and matchmaking-event API answers in the API document', () => {
  const controllers = [OpportunityHttpController, DemandListHttpController, MatchmakingEventHttpController] as Array<Type<unknown>>;
  const { operations, undocumented } = routeOperations(controllers);
  const document = openApiDocument({ title: 'matchmaking' }, operations);

  it('gives every success answer with a body a schema', () => {
    expect(undocumented).toEqual([]);
    expect(operations).toHaveLength(controllerRoutes(controllers).length);
    expect(answersWithoutSchema(document)).toEqual([]);
  });

  it('names the answers as components of a sound document', () => {
    expect(openApiProblems(document)).toEqual([]);
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining([
        'Opportunity',
        'OpportunityListItem',
        'OpportunityDetail',
        'OpportunityMatch',
        'OpportunityPage',
        'DemandList',
        'DemandListDetail',
        'DemandListOpportunity',
        'DemandListPage',
        'MatchmakingEvent',
        'MatchmakingEventParticipant',
        'MatchmakingEventOutcome',
        'MatchmakingEventPage',
      ]),
    );
  });

  it('describes the opportunities the use cases answer, from draft to closed, field for field', () => {
    const bare = draftOpportunity(opportunityDraftSchema.parse({ scenarioId: SCENARIO, title: { zh: '城市巡检' }, sought: { capabilities: ['系统集成'], respondBy: '2026-12-31' } }), context);
    const full = draftOpportunity(
      opportunityDraftSchema.parse({
        scenarioId: SCENARIO,
        title: { zh: '城市巡检', en: 'City inspection' },
        description: { zh: '无人机巡检' },
        sought: { capabilities: ['系统集成'], budget: { maxFen: 200_000_000 }, respondBy: '2026-12-31' },
      }),
      context,
    );
    const published = publishOpportunity(full, { publishedOn: '2026-04-01', today: '2026-04-01', by: 'officer-1', at });
    const closed = closeOpportunity(published, { reason: 'matched', note: '已签约', today: '2026-05-01', by: 'officer-1', at });
    for (const opportunity of [bare, full, reviseOpportunity(full, { description: null }, at), published, closed]) expect(problem(OpportunitySchema, opportunity)).toBeUndefined();
    expect(problem(OpportunityPageSchema, { items: [{ ...bare, district: null }, { ...closed, district: '渝北区' }], nextCursor: 'abc' })).toBeUndefined();
    const match = { eventId: '33333333-3333-4333-8333-333333333333', eventTitle: { zh: '路演' }, heldOn: '2026-04-20', supplier: '重庆某某公司', supplierType: 'enterprise', status: 'intent' };
    expect(problem(OpportunityDetailSchema, { ...closed, district: null, matches: [match, { ...match, eventTitle: { zh: '路演', en: 'Roadshow' }, note: '意向' }] })).toBeUndefined();
    // The list and the changes answer different shapes: a change carries no district.
    expect(problem(OpportunitySchema, { ...bare, district: null })).toBe('undocumented fields: district');
  });

  it('describes demand lists as published and as read', () => {
    const list = publishDemandList(demandListSchema.parse({ number: '2026年第3期', title: { zh: '需求清单' }, ownerUnit: '两江新区', opportunityIds: [OPPORTUNITY] }), {
      id: '44444444-4444-4444-8444-444444444444',
      ownerUnit: '两江新区',
      publishedOn: '2026-04-02',
      by: 'officer-1',
      at,
    });
    expect(problem(DemandListSchema, list)).toBeUndefined();
    expect(problem(DemandListPageSchema, { items: [list], nextCursor: null })).toBeUndefined();
    const opportunity = { id: OPPORTUNITY, scenarioId: SCENARIO, title: { zh: '城市巡检' }, status: 'published', publishedOn: '2026-04-01', respondBy: '2026-12-31', capabilities: ['系统集成'] };
    expect(problem(DemandListDetailSchema, { ...list, opportunities: [opportunity] })).toBeUndefined();
  });

  it('describes matchmaking events as recorded', () => {
    const input = matchmakingEventSchema.parse({
      title: { zh: '路演', en: 'Roadshow' },
      description: { en: 'Drones' },
      heldOn: '2026-04-20',
      district: '渝北区',
      organiserUnit: '市城市管理局',
      kind: 'roadshow',
      participants: [{ name: '重庆某某公司', type: 'enterprise' }],
      opportunityIds: [OPPORTUNITY],
      outcomes: [{ supplier: '重庆某某公司', opportunityId: OPPORTUNITY, status: 'intent', note: '意向' }],
    });
    const event = recordMatchmakingEvent(input, { id: '55555555-5555-4555-8555-555555555555', organiserUnit: '市城市管理局', by: 'officer-1', at });
    const bare = recordMatchmakingEvent(matchmakingEventSchema.parse({ title: { zh: '对接会' }, heldOn: '2026-04-20', organiserUnit: '市城市管理局', kind: 'other' }), {
      id: '55555555-5555-4555-8555-555555555555',
      organiserUnit: '市城市管理局',
      by: 'officer-1',
      at,
    });
    expect(problem(MatchmakingEventSchema, event)).toBeUndefined();
    expect(problem(MatchmakingEventPageSchema, { items: [event, bare], nextCursor: null })).toBeUndefined();
  });
});
