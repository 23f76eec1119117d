import { mapClaims, parseClaimRules, ClaimRulesError } from './claim-rules';

const RULES = JSON.stringify({
  rules: [
    { claim: 'groups', includes: 'scq-officer-transport', roles: ['officer'], unit: '重庆市交通运输委员会' },
    { claim: 'department', equals: '重庆市渝中区', roles: ['officer'], district: '重庆市渝中区' },
    { claim: 'email', endsWith: '@CQU.edu.cn', roles: ['evaluator'], organisation: '重庆大学' },
    { claim: 'realm_access.roles', includes: 'scq-coordinator', roles: ['coordinator'], unit: '市发展改革委' },
  ],
});

describe('claim rules', () => {
  const rules = parseClaimRules(RULES, 'OIDC_CLAIM_RULES');

  it('writes units and districts as the taxonomy and the directory of districts do, with the default claims for names', () => {
    expect(rules.usernameClaim).toBe('preferred_username');
    expect(rules.displayNameClaim).toBe('name');
    expect(rules.rules.map((rule) => rule.unit ?? rule.district ?? rule.organisation)).toEqual(['市交通运输委', '渝中区', '重庆大学', '市发展改革委']);
  });

  it('adds up the roles of every matching rule; the first rule naming a unit, district or organisation places the person', () => {
    const mapped = mapClaims(rules, { preferred_username: 'wang', name: '王五', groups: ['staff', 'scq-officer-transport'], email: 'wang@cqu.edu.cn', realm_access: { roles: ['scq-coordinator'] } });
    expect(mapped).toEqual({ username: 'wang', displayName: '王五', roles: ['officer', 'coordinator', 'evaluator'], unit: '市交通运输委', district: null, organisation: '重庆大学' });
  });

  it('matches `includes` on a list or a single value, `equals` exactly, `endsWith` ignoring case', () => {
    expect(mapClaims(rules, { groups: 'scq-officer-transport' }).roles).toEqual(['officer']);
    expect(mapClaims(rules, { groups: ['scq-officer-transport-extra'] }).roles).toEqual([]);
    expect(mapClaims(rules, { department: '重庆市渝中区' })).toMatchObject({ roles: ['officer'], district: '渝中区' });
    expect(mapClaims(rules, { department: '渝中' }).roles).toEqual([]);
    expect(mapClaims(rules, { email: 'Li@Cqu.Edu.Cn' }).roles).toEqual(['evaluator']);
    expect(mapClaims(rules, { email: 'li@cqu.edu.cn.example.com' }).roles).toEqual([]);
  });

  it('gives nobody a role when nothing matches, and reads no name from a missing claim', () => {
    expect(mapClaims(rules, { sub: 'x', groups: [] })).toEqual({ username: null, displayName: null, roles: [], unit: null, district: null, organisation: null });
  });

  it('reads the username and display name from the configured claims', () => {
    const custom = parseClaimRules(JSON.stringify({ usernameClaim: 'email', displayNameClaim: 'given_name', rules: [{ claim: 'groups', includes: 'a', roles: ['auditor'] }] }), 'x');
    expect(mapClaims(custom, { email: 'zhao@example.cn', given_name: '赵', groups: ['a'] })).toMatchObject({ username: 'zhao@example.cn', displayName: '赵', roles: ['auditor'] });
  });

  it.each([
    ['not JSON', '{rules', /OIDC_CLAIM_RULES is not JSON/],
    ['no rules', '{"rules": []}', /rules: at least one rule/],
    ['two tests in one rule', '{"rules": [{"claim": "g", "equals": "a", "includes": "b", "roles": ["officer"]}]}', /exactly one of equals, includes, endsWith/],
    ['no test', '{"rules": [{"claim": "g", "roles": ["officer"]}]}', /exactly one of equals, includes, endsWith/],
    ['an unknown role', '{"rules": [{"claim": "g", "equals": "a", "roles": ["superuser"]}]}', /rules\.0\.roles\.0/],
    ['an unknown field', '{"rules": [{"claim": "g", "equals": "a", "roles": [], "team": "x"}]}', /team/],
    ['an unknown unit', '{"rules": [{"claim": "g", "equals": "a", "roles": ["officer"]}, {"claim": "groups", "includes": "x", "roles": ["officer"], "unit": "市魔法局"}]}', /rule 2 \(groups\): unknown unit "市魔法局"/],
    ['an unknown district', '{"rules": [{"claim": "dept", "equals": "a", "roles": ["officer"], "district": "火星区"}]}', /rule 1 \(dept\): unknown district "火星区"/],
  ])('refuses %s, naming it', (_what, text, message) => {
    expect(() => parseClaimRules(text, 'OIDC_CLAIM_RULES')).toThrow(ClaimRulesError);
    expect(() => parseClaimRules(text, 'OIDC_CLAIM_RULES')).toThrow(message);
  });
});
