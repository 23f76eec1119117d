import { canonicalOrganisationName, type KnownOrganisationName } from './organisation-names';

const known: KnownOrganisationName[] = [
  { name: '重庆交通大学', aliases: ['重交大', 'CQJTU'], uscc: '12500000450400893Y' },
  { name: '腾讯科技（深圳）有限公司', aliases: ['腾讯'], uscc: '914403001922038216' },
];

describe('canonicalOrganisationName', () => {
  it('spells an alias as the directory names the organisation', () => {
    expect(canonicalOrganisationName('重交大', known)).toBe('重庆交通大学');
    expect(canonicalOrganisationName(' cqjtu ', known)).toBe('重庆交通大学');
  });

  it('finds an organisation by its 统一社会信用代码, spaces and case aside', () => {
    expect(canonicalOrganisationName('9144 0300 1922 0382 16', known)).toBe('腾讯科技（深圳）有限公司');
    expect(canonicalOrganisationName('12500000450400893y', known)).toBe('重庆交通大学');
  });

  it('keeps the canonical name, and a name the directory does not know as typed (trimmed)', () => {
    expect(canonicalOrganisationName('重庆交通大学', known)).toBe('重庆交通大学');
    expect(canonicalOrganisationName('  西南大学 ', known)).toBe('西南大学');
    expect(canonicalOrganisationName('重交', known)).toBe('重交');
    expect(canonicalOrganisationName('重交大', [])).toBe('重交大');
  });

  it('prefers a name to an alias of another organisation', () => {
    const clashing = [{ name: '甲公司', aliases: ['乙公司'], uscc: null }, { name: '乙公司', aliases: [], uscc: null }];
    expect(canonicalOrganisationName('乙公司', clashing)).toBe('乙公司');
  });
});
