import { MatchmakingRuleError } from './matchmaking-rule.error';
import {
  canSeeOpportunity,
  closeOpportunity,
  draftOpportunity,
  isEffectiveOpportunity,
  opportunityDraftSchema,
  opportunityRevisionSchema,
  publishOpportunity,
  requireDeletable,
  reviseOpportunity,
  type Opportunity,
} from './opportunity';

const at = new Date('2026-03-01T02:00:00Z');
const scenarioId = '3f1c1c52-6b5e-4a8e-9a55-0f4d3c0b9a11';
const draftInput = { scenarioId, title: { zh: '园区无人配送运营' }, sought: { capabilities: ['L4 无人车'], budget: { minFen: 10_000_000, maxFen: 50_000_000 }, respondBy: '2026-04-30' } };

function draft(): Opportunity {
  return draftOpportunity(opportunityDraftSchema.parse(draftInput), { id: 'o-1', ownerUnit: '市交通运输委', by: 'officer-1', at });
}

function refusal(work: () => unknown): MatchmakingRuleError {
  try {
    work();
  } catch (error) {
    if (error instanceof MatchmakingRuleError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('opportunity', () => {
  it('validates what is sought: capabilities, a coherent budget range, a real date', () => {
    const bad = opportunityDraftSchema.safeParse({ ...draftInput, sought: { capabilities: [], budget: { minFen: 9, maxFen: 1 }, respondBy: '2026-02-30' } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['sought.budget.maxFen', 'sought.capabilities', 'sought.respondBy']);
    const float = opportunityDraftSchema.safeParse({ ...draftInput, sought: { ...draftInput.sought, budget: { minFen: 0.5 } } });
    expect(float.error?.issues.map((i) => i.path.join('.'))).toEqual(['sought.budget.minFen']);
    expect(opportunityDraftSchema.safeParse({ ...draftInput, scenarioId: 'nope' }).success).toBe(false);
    expect(opportunityDraftSchema.safeParse({ ...draftInput, extra: 1 }).success).toBe(false);
    expect(opportunityRevisionSchema.safeParse({}).success).toBe(false);
  });

  it('goes draft → published (with its Beijing date and year) → closed', () => {
    const published = publishOpportunity(draft(), { publishedOn: '2026-03-02', today: '2026-03-02', by: 'officer-1', at });
    expect(published).toMatchObject({ status: 'published', publishedOn: '2026-03-02', publishedYear: 2026, publishedBy: 'officer-1' });
    const closed = closeOpportunity(published, { reason: 'matched', note: '已签约', today: '2026-04-01', by: 'officer-2', at });
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-04-01', closeReason: 'matched', closeNote: '已签约', closedBy: 'officer-2' });
    expect(isEffectiveOpportunity(closed)).toBe(true);
    expect(isEffectiveOpportunity({ ...closed, closeReason: 'withdrawn' })).toBe(false);
    expect(isEffectiveOpportunity(draft())).toBe(false);
  });

  it('refuses to publish in the future, after the deadline to respond, or twice; to close a draft; to change or delete a published one', () => {
    expect(refusal(() => publishOpportunity(draft(), { publishedOn: '2026-03-03', today: '2026-03-02', by: 'o', at })).fields).toEqual([expect.objectContaining({ path: 'publishedOn' })]);
    expect(refusal(() => publishOpportunity(draft(), { publishedOn: '2026-05-01', today: '2026-06-01', by: 'o', at })).code).toBe('RESPOND_BY_BEFORE_PUBLICATION');
    const published = publishOpportunity(draft(), { publishedOn: '2026-03-02', today: '2026-03-02', by: 'o', at });
    expect(refusal(() => publishOpportunity(published, { publishedOn: '2026-03-02', today: '2026-03-02', by: 'o', at })).kind).toBe('conflict');
    expect(refusal(() => closeOpportunity(draft(), { reason: 'expired', today: '2026-03-02', by: 'o', at })).kind).toBe('conflict');
    expect(refusal(() => reviseOpportunity(published, { title: { zh: '新' } }, at)).kind).toBe('conflict');
    expect(refusal(() => requireDeletable(published)).kind).toBe('conflict');
    expect(() => requireDeletable(draft())).not.toThrow();
  });

  it('revises a draft; null removes the description', () => {
    const withDescription = reviseOpportunity(draft(), { description: { zh: '说明' } }, at);
    expect(withDescription.description).toEqual({ zh: '说明' });
    const revised = reviseOpportunity(withDescription, { description: null, sought: { capabilities: ['调度平台'], respondBy: '2026-05-31' } }, new Date('2026-03-05T00:00:00Z'));
    expect(revised.description).toBeUndefined();
    expect(revised.sought).toEqual({ capabilities: ['调度平台'], respondBy: '2026-05-31' });
    expect(revised.title).toEqual({ zh: '园区无人配送运营' });
  });

  it('shows drafts only to those who act for the owner unit', () => {
    const officer = (unit: string) => ({ id: 'u', roles: ['officer'], unit });
    expect(canSeeOpportunity(null, draft())).toBe(false);
    expect(canSeeOpportunity(officer('市林业局'), draft())).toBe(false);
    expect(canSeeOpportunity(officer('transport-commission'), draft())).toBe(true);
    expect(canSeeOpportunity({ id: 'c', roles: ['coordinator'], unit: null }, draft())).toBe(true);
    expect(canSeeOpportunity(null, { ...draft(), status: 'published' })).toBe(true);
  });
});
