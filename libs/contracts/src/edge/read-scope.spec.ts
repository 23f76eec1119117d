import type { Actor } from './actor';
import { isPublicScenarioStage, officerReaches, readsEverything, readsScenario } from './read-scope';

const actor = (roles: Actor['roles'], extra: Partial<Actor> = {}): Actor => ({ id: 'x', roles, unit: null, organisation: null, district: null, ...extra });
const scenario = (stage: string | null) => ({ ownerUnit: '市交通运输委', responsibleUnits: ['市交通运输委', '市经济信息委'], district: '渝中区', stage });

describe('who reads a scenario', () => {
  it('calls a scenario public once listed, for good, and not before or when it ended unlisted', () => {
    expect(['listed', 'operating.open', 'operating.piloting.sandbox', 'suspended.rectifying', 'terminated.exempted', 'scaled'].every(isPublicScenarioStage)).toBe(true);
    expect(['proposed', 'cultivating', 'recognition.assessing', 'recognition.recognized', 'rejected', 'withdrawn'].some(isPublicScenarioStage)).toBe(false);
    expect(isPublicScenarioStage(null)).toBe(false);
  });

  it('lets the coordinator, leadership, auditors and admins read everything', () => {
    for (const role of ['coordinator', 'leadership', 'auditor', 'admin'] as const) expect(readsScenario(actor([role]), scenario('proposed'))).toBe(true);
    expect(readsEverything(actor(['officer', 'applicant']))).toBe(false);
  });

  it('lets an officer read their unit’s (owner or responsible), a district officer their district’s, and everybody what is public', () => {
    expect(readsScenario(actor(['officer'], { unit: '市经济信息委' }), scenario('cultivating'))).toBe(true);
    expect(readsScenario(actor(['officer'], { unit: '市林业局' }), scenario('cultivating'))).toBe(false);
    expect(readsScenario(actor(['officer'], { district: '渝中区' }), scenario('cultivating'))).toBe(true);
    expect(readsScenario(actor(['officer'], { district: '江北区' }), scenario('cultivating'))).toBe(false);
    expect(officerReaches({ unit: '市交通运输委', district: '江北区' }, scenario(null))).toBe(false);
    expect(readsScenario(actor(['applicant']), scenario('cultivating'))).toBe(false);
    expect(readsScenario(actor(['applicant']), scenario('operating.open'))).toBe(true);
  });

  it('lets an evaluator read a scenario that is not public only while on a current panel of an assessment about it', () => {
    const onPanel = { ...scenario('recognition.assessing'), panel: ['x', 'y'] };
    expect(readsScenario(actor(['evaluator']), onPanel)).toBe(true);
    expect(readsScenario(actor(['evaluator']), { ...onPanel, stage: 'recognition.recognized' })).toBe(true);
    // Another evaluator, the stage alone, an empty panel (superseded), and someone on the panel without the role: no.
    expect(readsScenario(actor(['evaluator'], { id: 'z' }), onPanel)).toBe(false);
    expect(readsScenario(actor(['evaluator']), scenario('recognition.assessing'))).toBe(false);
    expect(readsScenario(actor(['evaluator']), { ...onPanel, panel: [] })).toBe(false);
    expect(readsScenario(actor(['applicant']), onPanel)).toBe(false);
    // Public is public, panel or not.
    expect(readsScenario(actor(['evaluator'], { id: 'z' }), scenario('operating.open'))).toBe(true);
  });
});
