import fc from 'fast-check';
import { planAssignment, type PoolCandidate } from './evaluator-assignment.policy';

const DOMAINS = ['unmanned-systems', 'artificial-intelligence', 'healthcare'];

const candidate = (overrides: Partial<PoolCandidate> & { id: string }): PoolCandidate => ({
  organisationId: `org-${overrides.id}`,
  expertise: ['unmanned-systems'],
  active: true,
  available: true,
  capacity: 3,
  load: 0,
  conflicts: [],
  ...overrides,
});

const arbitraryPool = fc.uniqueArray(
  fc.record({
    id: fc.integer({ min: 1, max: 60 }).map((n) => `expert-${n}`),
    organisationId: fc.constantFrom('org-a', 'org-b', 'org-c', 'org-d', 'org-e', 'org-f'),
    expertise: fc.subarray(DOMAINS),
    active: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
    available: fc.boolean(),
    capacity: fc.integer({ min: 0, max: 4 }),
    load: fc.integer({ min: 0, max: 4 }),
    conflicts: fc.oneof(fc.constant([]), fc.constant([{ kind: 'same-organisation' as const, party: 'owner', detail: 'x' }])),
  }),
  { selector: (c) => c.id, maxLength: 30 },
);
const arbitraryRequest = fc.record({
  domainCode: fc.option(fc.constantFrom(...DOMAINS), { nil: null }),
  count: fc.integer({ min: 1, max: 6 }),
  exclude: fc.array(fc.integer({ min: 1, max: 60 }).map((n) => `expert-${n}`), { maxLength: 5 }),
  seed: fc.uuid(),
});

const eligible = (c: PoolCandidate, r: { domainCode: string | null; exclude: readonly string[] }) =>
  c.conflicts.length === 0 && c.active && c.available && c.load < c.capacity && (r.domainCode === null || c.expertise.includes(r.domainCode)) && !r.exclude.includes(c.id);

describe('evaluator assignment', () => {
  it('never assigns a conflicted, retired, unavailable, full, unqualified or already involved evaluator (property)', () => {
    fc.assert(
      fc.property(arbitraryPool, arbitraryRequest, (pool, request) => {
        const plan = planAssignment(pool, request);
        const chosen = plan.selected.map((id) => pool.find((c) => c.id === id)!);
        return chosen.every((c) => eligible(c, request)) && new Set(plan.selected).size === plan.selected.length;
      }),
    );
  });

  it('assigns as many as asked when the pool allows, and reports the shortfall otherwise (property)', () => {
    fc.assert(
      fc.property(arbitraryPool, arbitraryRequest, (pool, request) => {
        const plan = planAssignment(pool, request);
        const available = pool.filter((c) => eligible(c, request)).length;
        return plan.selected.length === Math.min(request.count, available) && plan.shortfall === request.count - plan.selected.length && plan.skipped.length === pool.length - available;
      }),
    );
  });

  it('never takes an evaluator beyond their capacity over a stream of assessments (property)', () => {
    fc.assert(
      fc.property(arbitraryPool, fc.array(arbitraryRequest, { minLength: 1, maxLength: 25 }), (initial, requests) => {
        const pool = initial.map((c) => ({ ...c, load: Math.min(c.load, c.capacity) }));
        for (const request of requests) {
          for (const id of planAssignment(pool, request).selected) {
            const chosen = pool.find((c) => c.id === id)!;
            chosen.load++;
          }
        }
        return pool.every((c) => c.load <= Math.max(c.capacity, initial.find((i) => i.id === c.id)!.load));
      }),
    );
  });

  it('balances load: nobody left out is less loaded than someone chosen, when organisations do not constrain (property)', () => {
    const distinctOrganisations = arbitraryPool.map((pool) => pool.map((c) => ({ ...c, organisationId: `org-${c.id}` })));
    fc.assert(
      fc.property(distinctOrganisations, arbitraryRequest, (pool, request) => {
        const plan = planAssignment(pool, request);
        const chosenLoads = plan.selected.map((id) => pool.find((c) => c.id === id)!.load);
        const leftOut = pool.filter((c) => eligible(c, request) && !plan.selected.includes(c.id)).map((c) => c.load);
        return chosenLoads.length === 0 || leftOut.length === 0 || Math.max(...chosenLoads) <= Math.min(...leftOut);
      }),
    );
  });

  it('is deterministic for the same assessment, and spreads ties over different assessments', () => {
    const pool = Array.from({ length: 12 }, (_, i) => candidate({ id: `expert-${i}` }));
    const request = { domainCode: 'unmanned-systems', count: 3, exclude: [], seed: 'assessment-1' };
    expect(planAssignment(pool, request)).toEqual(planAssignment([...pool].reverse(), request));
    const panels = new Set(Array.from({ length: 10 }, (_, i) => planAssignment(pool, { ...request, seed: `assessment-${i}` }).selected.sort().join()));
    expect(panels.size).toBeGreaterThan(1);
  });

  it('takes at most one evaluator per organisation while others remain', () => {
    const pool = [candidate({ id: 'a1', organisationId: 'A' }), candidate({ id: 'a2', organisationId: 'A' }), candidate({ id: 'b1', organisationId: 'B', load: 2 }), candidate({ id: 'c1', organisationId: 'C', load: 2 })];
    const three = planAssignment(pool, { domainCode: null, count: 3, exclude: [], seed: 's' }).selected;
    expect(three).toHaveLength(3);
    expect(three).toEqual(expect.arrayContaining(['b1', 'c1']));
    expect(three.filter((id) => id.startsWith('a'))).toHaveLength(1);
    const two = planAssignment(pool.slice(0, 3), { domainCode: null, count: 3, exclude: [], seed: 's' });
    expect(two.selected.sort()).toEqual(['a1', 'a2', 'b1']);
  });

  it('says why each evaluator was skipped', () => {
    const plan = planAssignment(
      [
        candidate({ id: 'busy', load: 3 }),
        candidate({ id: 'away', available: false }),
        candidate({ id: 'retired', active: false }),
        candidate({ id: 'medic', expertise: ['healthcare'] }),
        candidate({ id: 'conflicted', conflicts: [{ kind: 'declared', party: 'scenario-1', detail: 'x' }] }),
        candidate({ id: 'declined' }),
        candidate({ id: 'ok' }),
      ],
      { domainCode: 'unmanned-systems', count: 3, exclude: ['declined'], seed: 's' },
    );
    expect(plan.selected).toEqual(['ok']);
    expect(plan.shortfall).toBe(2);
    expect(Object.fromEntries(plan.skipped.map((s) => [s.evaluatorId, s.reasons]))).toEqual({
      busy: ['at-capacity'],
      away: ['unavailable'],
      retired: ['retired'],
      medic: ['no-expertise'],
      conflicted: ['conflict'],
      declined: ['already-involved'],
    });
  });
});
