import { detectConflicts, type Conflict } from './conflict-of-interest.rules';
import { OrganisationDirectory } from './organisation.directory';
import { assessmentParties, conflictedSeats, removalReason } from './panel-review.rules';

const scenario = { scenarioId: 'scenario-1', ownerUnit: '市交通运输委' };
const directory = new OrganisationDirectory([{ id: '重庆机电集团', parentId: null, accounts: [] }, { id: '重庆机器人公司', parentId: '重庆机电集团', accounts: [] }]);
const TODAY = '2026-12-06';

describe('the parties of an assessment', () => {
  it('is the owner unit for a scenario', () => {
    expect(assessmentParties(scenario, null)).toEqual({ subjectIds: ['scenario-1'], organisations: ['市交通运输委'], persons: [] });
  });

  it("includes the applicant's organisation and every consortium member's for an application", () => {
    const parties = assessmentParties(scenario, { applicationId: 'application-1', applicantId: 'enterprise-wang', organisations: [' 重庆机器人公司 ', '重庆大学', '市交通运输委', ''] });
    expect(parties).toEqual({ subjectIds: ['application-1', 'scenario-1'], organisations: ['市交通运输委', '重庆机器人公司', '重庆大学'], persons: ['enterprise-wang'] });
  });

  it("finds an evaluator of the applicant's organisation (or its parent group) in conflict, without any account registered by hand", () => {
    const parties = assessmentParties(scenario, { applicationId: 'application-1', applicantId: 'enterprise-wang', organisations: ['重庆机器人公司'] });
    const kinds = (organisationId: string) => detectConflicts({ id: 'expert-1', organisationId, declarations: [] }, parties, directory, TODAY).map((c) => c.kind);
    expect(kinds('重庆机器人公司')).toEqual(['same-organisation']);
    expect(kinds('重庆机电集团')).toEqual(['parent-organisation']);
    expect(kinds('重庆大学')).toEqual([]);
  });
});

describe('reviewing a panel when a conflict comes to light', () => {
  const conflict: Conflict = { kind: 'same-organisation', party: '重庆机器人公司', detail: '同属 重庆机器人公司 same organisation' };
  const conflictsOf = (id: string) => (id.startsWith('conflicted') ? [conflict] : []);

  it('takes off every conflicted evaluator, voiding the sheet of one who scored, and leaves the others', () => {
    const removals = conflictedSeats(
      [
        { evaluatorId: 'conflicted-pending', scored: false },
        { evaluatorId: 'clean', scored: true },
        { evaluatorId: 'conflicted-scored', scored: true },
      ],
      conflictsOf,
    );
    expect(removals).toEqual([
      { evaluatorId: 'conflicted-pending', conflicts: [conflict], scoresVoided: false },
      { evaluatorId: 'conflicted-scored', conflicts: [conflict], scoresVoided: true },
    ]);
  });

  it('removes nobody from a clean panel', () => {
    expect(conflictedSeats([{ evaluatorId: 'clean', scored: false }], conflictsOf)).toEqual([]);
  });

  it('says why in both languages, and that scores were voided', () => {
    expect(removalReason({ evaluatorId: 'x', conflicts: [conflict], scoresVoided: false })).toBe('分配后发现利益冲突 conflict of interest found after assignment: 同属 重庆机器人公司 same organisation');
    expect(removalReason({ evaluatorId: 'x', conflicts: [conflict], scoresVoided: true })).toContain('已提交的评分作废 submitted scores voided');
  });
});
