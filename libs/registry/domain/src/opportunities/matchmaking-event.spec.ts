import { eventReferenceErrors, matchmakingEventRevisionSchema, matchmakingEventSchema, recordMatchmakingEvent, reviseMatchmakingEventInput } from './matchmaking-event';

const O1 = '11111111-1111-4111-8111-111111111111';
const O2 = '22222222-2222-4222-8222-222222222222';

const event = {
  title: { zh: '两江新区智能网联汽车场景对接会' },
  heldOn: '2026-05-20',
  district: '两江新区',
  organiserUnit: '两江新区',
  kind: 'matchmaking-meeting',
  participants: [
    { name: '重庆某智驾科技有限公司', type: 'enterprise' },
    { name: '重庆大学', type: 'university' },
  ],
  opportunityIds: [O1, O2],
  outcomes: [
    { supplier: '重庆某智驾科技有限公司', opportunityId: O1, status: 'contract-signed' },
    { supplier: '重庆大学', opportunityId: O2, status: 'intent' },
  ],
};

const paths = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) => (result.error?.issues ?? []).map((i) => i.path.join('.')).sort();

describe('matchmaking event', () => {
  it('accepts an event whose outcomes name listed participants and presented opportunities', () => {
    const parsed = matchmakingEventSchema.parse(event);
    const recorded = recordMatchmakingEvent(parsed, { id: 'e-1', organiserUnit: '两江新区', by: 'officer-9', at: new Date() });
    expect(recorded).toMatchObject({ heldYear: 2026, kind: 'matchmaking-meeting', recordedBy: 'officer-9' });
  });

  it('refuses outcomes for unlisted suppliers or opportunities not presented, duplicates, and unknown kinds and types', () => {
    expect(paths(matchmakingEventSchema.safeParse({ ...event, outcomes: [{ supplier: '某外地公司', opportunityId: O1, status: 'intent' }] }))).toEqual(['outcomes.0.supplier']);
    expect(paths(matchmakingEventSchema.safeParse({ ...event, opportunityIds: [O1], outcomes: [{ supplier: '重庆大学', opportunityId: O2, status: 'intent' }] }))).toEqual([
      'outcomes.0.opportunityId',
    ]);
    expect(
      paths(
        matchmakingEventSchema.safeParse({
          ...event,
          participants: [...event.participants, { name: ' 重庆大学 ', type: 'university' }],
          opportunityIds: [O1, O2, O1],
          outcomes: [event.outcomes[0], event.outcomes[0]],
        }),
      ),
    ).toEqual(['opportunityIds.2', 'outcomes.1', 'participants.2.name']);
    expect(paths(matchmakingEventSchema.safeParse({ ...event, kind: 'party', participants: [{ name: 'X', type: 'person' }], outcomes: [] }))).toEqual(['kind', 'participants.0.type']);
    expect(paths(matchmakingEventSchema.safeParse({ ...event, outcomes: [{ ...event.outcomes[0], status: 'done' }] }))).toEqual(['outcomes.0.status']);
  });

  it('checks presented opportunities against the store and outcomes against the calendar', () => {
    const found = new Map([
      [O1, { status: 'published' as const, publishedOn: '2026-05-01' }],
      [O2, { status: 'draft' as const, publishedOn: null }],
    ]);
    const parsed = matchmakingEventSchema.parse(event);
    expect(eventReferenceErrors(parsed, found, '2026-06-01').map((e) => e.path)).toEqual(['opportunityIds.1']);
    expect(eventReferenceErrors(parsed, new Map([[O1, found.get(O1)!]]), '2026-06-01').map((e) => e.path)).toEqual(['opportunityIds.1']);
    expect(eventReferenceErrors({ ...parsed, heldOn: '2026-04-30' }, new Map([[O1, found.get(O1)!], [O2, found.get(O1)!]]), '2026-06-01').map((e) => e.path)).toEqual([
      'opportunityIds.0',
      'opportunityIds.1',
    ]);
    // A planned event may list opportunities, but records outcomes only once held.
    expect(eventReferenceErrors({ ...parsed, heldOn: '2026-07-01' }, new Map([[O1, found.get(O1)!], [O2, found.get(O1)!]]), '2026-06-01').map((e) => e.path)).toEqual(['outcomes']);
  });

  it('applies a revision over the recorded event and validates the whole again', () => {
    const recorded = recordMatchmakingEvent(matchmakingEventSchema.parse(event), { id: 'e-1', organiserUnit: '两江新区', by: 'o', at: new Date() });
    const revision = matchmakingEventRevisionSchema.parse({ district: null, participants: [{ name: '重庆大学', type: 'university' }] });
    const merged = matchmakingEventSchema.safeParse(reviseMatchmakingEventInput(recorded, revision));
    expect(paths(merged)).toEqual(['outcomes.0.supplier']);
    const ok = matchmakingEventSchema.parse(reviseMatchmakingEventInput(recorded, { district: null, outcomes: [] }));
    expect(ok.district).toBeUndefined();
    expect(ok.outcomes).toEqual([]);
    expect(matchmakingEventRevisionSchema.safeParse({}).success).toBe(false);
  });
});
