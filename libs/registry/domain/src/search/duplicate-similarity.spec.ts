import { dice, DUPLICATE_THRESHOLD, duplicatePriority, overlap, prepareScenarioText, scenarioSimilarity, type ScenarioText } from './duplicate-similarity';
import { shingles } from './search-text';

const scenario = (title: string, description: string | null, extra: Partial<ScenarioText> = {}): ScenarioText => ({
  title: { zh: title },
  ...(description ? { description: { zh: description } } : {}),
  domainCode: 'unmanned-systems',
  ...extra,
});
const similarity = (a: ScenarioText, b: ScenarioText) => scenarioSimilarity(prepareScenarioText(a), prepareScenarioText(b));

describe('duplicate similarity (避免重复建设)', () => {
  it('discounts generic scenario vocabulary', () => {
    // 应用/场景 are generic: sharing only them says little.
    expect(dice(shingles('无人机巡检应用场景'), shingles('智慧停车应用场景'))).toBeLessThan(0.2);
    expect(overlap(shingles('城市无人机巡检'), shingles('无人机城市巡检应用'))).toBeGreaterThan(0.6);
  });

  it('scores the same scenario filed twice above the threshold, and a different one below', () => {
    const original = scenario('无人机城市巡检应用', '利用无人机对城市道路、桥梁和违法建设开展常态化巡查，巡检结果自动推送城管平台处置。', { district: '渝中区' });
    const again = scenario('城市无人机巡检', '拟运用无人机对城市道路、桥梁和违法建设推进常态化巡查，由渝中区牵头实施。', { district: '渝中区', ownerUnit: '渝中区' });
    const other = scenario('无人机物流配送航线示范', '开通山区无人机物流配送航线，为偏远乡镇配送药品、快递和生鲜。', { district: '渝中区' });
    expect(similarity(original, again).score).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
    expect(similarity(original, other).score).toBeLessThan(DUPLICATE_THRESHOLD);
    expect(similarity(original, again)).toMatchObject({ sameDomain: true, sameDistrict: true });
  });

  it('is symmetric and capped at 1', () => {
    const a = scenario('园区无人配送车示范运营', '在产业园区投放无人配送车。');
    const b = scenario('产业园区无人配送车运营示范', null, { domainCode: 'smart-logistics' });
    expect(similarity(a, b).score).toBe(similarity(b, a).score);
    expect(similarity(a, a).score).toBe(1);
    expect(similarity(a, b).description).toBeNull();
  });

  it('orders same domain and district first', () => {
    const order = [
      { sameDomain: false, sameDistrict: false },
      { sameDomain: false, sameDistrict: true },
      { sameDomain: true, sameDistrict: false },
      { sameDomain: true, sameDistrict: true },
    ].sort((x, y) => duplicatePriority(x) - duplicatePriority(y));
    expect(order[0]).toEqual({ sameDomain: true, sameDistrict: true });
    expect(order[3]).toEqual({ sameDomain: false, sameDistrict: false });
  });
});
