import { canonicalDistrictName, districtDirectory, findDistrict } from './districts';

describe('districts as data', () => {
  const directory = districtDirectory()!;

  it("holds Chongqing's 38 districts and counties, its 3 functional areas and 15 Sichuan partner cities", () => {
    const count = (predicate: (kind: string, region: string) => boolean) => directory.districts.filter((d) => predicate(d.kind, d.region)).length;
    expect(count((kind) => kind === 'district')).toBe(26);
    expect(count((kind) => kind === 'county' || kind === 'autonomous-county')).toBe(12);
    expect(count((kind) => kind === 'functional-area')).toBe(3);
    expect(count((_, region) => region === 'sichuan')).toBe(15);
    expect(new Set(directory.districts.map((d) => d.code)).size).toBe(directory.districts.length);
    expect(new Set(directory.districts.map((d) => d.zhName)).size).toBe(directory.districts.length);
  });

  it('finds a district by its name, its full name, a short form or its code', () => {
    expect(findDistrict('渝中区')?.code).toBe('500103');
    expect(findDistrict('重庆市渝中区')?.zhName).toBe('渝中区');
    expect(findDistrict('石柱县')?.zhName).toBe('石柱土家族自治县');
    expect(findDistrict('500112')?.zhName).toBe('渝北区');
    expect(findDistrict('四川省成都市')).toMatchObject({ zhName: '成都市', region: 'sichuan' });
    expect(findDistrict('不存在区')).toBeUndefined();
    expect(canonicalDistrictName(' 重庆市江北区 ')).toBe('江北区');
    expect(canonicalDistrictName('不存在区')).toBe('不存在区');
  });

  it('answers nothing for an unknown version', () => {
    expect(districtDirectory('1999')).toBeUndefined();
    expect(findDistrict('渝中区', '1999')).toBeUndefined();
  });
});
