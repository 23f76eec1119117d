import { assignmentProblems, USERNAME_PATTERN } from './directory-user';

describe('what a person in the directory needs for their roles', () => {
  const nobody = { unit: null, district: null, organisationId: null };

  it('asks an officer for a unit or a district, and applicants and evaluators for an organisation', () => {
    expect(assignmentProblems({ ...nobody, roles: ['officer'] }).map((p) => p.path)).toEqual(['unit']);
    expect(assignmentProblems({ ...nobody, roles: ['officer'], district: '渝中区' })).toEqual([]);
    expect(assignmentProblems({ ...nobody, roles: ['officer'], unit: '市交通运输委' })).toEqual([]);
    expect(assignmentProblems({ ...nobody, roles: ['evaluator', 'applicant'] })).toEqual([{ path: 'organisationId', message: expect.stringMatching(/^evaluator、applicant 须属于一个机构/) }]);
    expect(assignmentProblems({ ...nobody, roles: ['evaluator'], organisationId: 'org-1' })).toEqual([]);
    expect(assignmentProblems({ ...nobody, roles: ['auditor'] })).toEqual([]);
    expect(assignmentProblems({ ...nobody, roles: [] }).map((p) => p.path)).toEqual(['roles']);
  });

  it('takes usernames of 3 to 64 lower-case letters, digits, dots, dashes and underscores', () => {
    for (const ok of ['abc', 'officer.yuzhong', 'zhang_wei-2', 'a'.repeat(64)]) expect(USERNAME_PATTERN.test(ok)).toBe(true);
    for (const bad of ['ab', 'Officer', '.abc', 'abc.', '张伟', 'a b c', 'a'.repeat(65)]) expect(USERNAME_PATTERN.test(bad)).toBe(false);
  });
});
