import fc from 'fast-check';
import { detectConflicts, isRecent, type AssessmentParties, type ConflictDeclaration } from './conflict-of-interest.rules';
import { OrganisationDirectory, respellOrganisations, type OrganisationNode } from './organisation.directory';

const node = (id: string, parentId: string | null = null, accounts: string[] = []): OrganisationNode => ({ id, parentId, accounts });
// 市交通运输委 → 市交通规划研究院 → 交通规划研究院数据中心; 重庆机电集团 → 重庆机器人公司 (the applicant's employer)
const directory = new OrganisationDirectory([
  node('市交通运输委'),
  node('市交通规划研究院', '市交通运输委'),
  node('交通规划研究院数据中心', '市交通规划研究院'),
  node('重庆机电集团'),
  node('重庆机器人公司', '重庆机电集团', ['enterprise-wang']),
  node('重庆大学'),
]);
const parties: AssessmentParties = { subjectIds: ['scenario-1', 'application-1'], organisations: ['市交通运输委', '重庆机器人公司'], persons: ['enterprise-wang'] };
const TODAY = '2026-11-22';
const evaluator = (organisationId: string, declarations: ConflictDeclaration[] = [], id = 'expert-1') => ({ id, organisationId, declarations });
const kinds = (organisationId: string, declarations: ConflictDeclaration[] = [], id?: string) => detectConflicts(evaluator(organisationId, declarations, id), parties, directory, TODAY).map((c) => c.kind);

describe('conflicts of interest', () => {
  it.each([
    ['works for the owner unit', '市交通运输委', ['same-organisation']],
    ['works for a child of the owner unit', '市交通规划研究院', ['child-organisation']],
    ['works two levels below the owner unit', '交通规划研究院数据中心', ['child-organisation']],
    ['works for the applicant’s parent group', '重庆机电集团', ['parent-organisation']],
    ['works for the applicant’s company', '重庆机器人公司', ['same-organisation']],
    ['works at an unrelated university', '重庆大学', []],
    ['works for an organisation the directory does not know', '某咨询公司', []],
  ])('finds a conflict when the evaluator %s', (_, organisationId, expected) => {
    expect(kinds(organisationId)).toEqual(expected);
  });

  it('finds the applicant evaluating themself', () => {
    expect(kinds('重庆大学', [], 'enterprise-wang')).toEqual(['self']);
  });

  it('honours declared conflicts with the subject, the applicant or an organisation related to a party', () => {
    const declared = (party: string): ConflictDeclaration => ({ kind: 'declared', party, reason: '亲属 relative', endedOn: null });
    expect(kinds('重庆大学', [declared('scenario-1')])).toEqual(['declared']);
    expect(kinds('重庆大学', [declared('enterprise-wang')])).toEqual(['declared']);
    expect(kinds('重庆大学', [declared('重庆机电集团')])).toEqual(['declared']);
    expect(kinds('重庆大学', [declared('scenario-other')])).toEqual([]);
  });

  it('counts a collaboration ongoing or ended within three years, not an older one', () => {
    const collaboration = (endedOn: string | null): ConflictDeclaration => ({ kind: 'collaboration', party: '重庆机器人公司', reason: '联合项目 joint project', endedOn });
    expect(kinds('重庆大学', [collaboration(null)])).toEqual(['recent-collaboration']);
    expect(kinds('重庆大学', [collaboration('2023-11-22')])).toEqual(['recent-collaboration']);
    expect(kinds('重庆大学', [collaboration('2023-11-21')])).toEqual([]);
    expect(isRecent('2024-02-29', '2027-02-28', 3)).toBe(true);
  });

  it('survives a cycle in the organisation data', () => {
    const cyclic = new OrganisationDirectory([node('a', 'b'), node('b', 'a')]);
    expect(cyclic.ancestors('a')).toEqual(['b']);
    expect(cyclic.relation('a', 'b')).toBe('parent');
  });

  it('flags every evaluator in the owner’s line (ancestor, same, descendant) and nobody outside it (property)', () => {
    // A random forest: node i's parent is a lower-numbered node or none.
    const forest = fc.integer({ min: 2, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => (i === 0 ? fc.constant(null) : fc.option(fc.integer({ min: 0, max: i - 1 }), { nil: null })))));
    fc.assert(
      fc.property(forest, fc.nat(), fc.nat(), (parents, ownerPick, evaluatorPick) => {
        const nodes = parents.map((parent, i) => node(`o${i}`, parent === null ? null : `o${parent}`));
        const tree = new OrganisationDirectory(nodes);
        const owner = `o${ownerPick % nodes.length}`;
        const mine = `o${evaluatorPick % nodes.length}`;
        const related = mine === owner || tree.ancestors(owner).includes(mine) || tree.ancestors(mine).includes(owner);
        const conflicts = detectConflicts(evaluator(mine), { subjectIds: [], organisations: [owner], persons: [] }, tree, TODAY);
        return conflicts.length > 0 === related;
      }),
    );
  });
});

describe('respellOrganisations', () => {
  const spell = (name: string) => (name === '重交大' ? '重庆交通大学' : name);

  it('merges the names of one organisation into one node, accounts together, and spells parents', () => {
    const nodes = respellOrganisations(
      [
        { id: '重交大', parentId: null, accounts: ['a'] },
        { id: '重庆交通大学', parentId: '市教委', accounts: ['b', 'a'] },
        { id: '交大设计院', parentId: '重交大', accounts: [] },
      ],
      spell,
    );
    expect(nodes).toEqual([
      { id: '重庆交通大学', parentId: '市教委', accounts: ['a', 'b'] },
      { id: '交大设计院', parentId: '重庆交通大学', accounts: [] },
    ]);
    const directory = new OrganisationDirectory(nodes);
    expect(directory.relation('交大设计院', '重庆交通大学')).toBe('child');
    expect(directory.organisationsOf('b')).toEqual(['重庆交通大学']);
  });

  it('never makes an organisation its own parent', () => {
    expect(respellOrganisations([{ id: '重庆交通大学', parentId: '重交大', accounts: [] }], spell)).toEqual([{ id: '重庆交通大学', parentId: null, accounts: [] }]);
  });
});
