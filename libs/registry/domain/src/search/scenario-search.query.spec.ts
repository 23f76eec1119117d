import { beijingYearStart, scenarioSearchQuerySchema } from './scenario-search.query';

const errors = (input: unknown) => {
  const result = scenarioSearchQuerySchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.') || issue.code);
};

describe('search query parameters', () => {
  it('accepts the filters and defaults the page size', () => {
    expect(scenarioSearchQuerySchema.parse({ q: '无人配送', aspect: 'new-fields-new-tracks', domain: 'unmanned-systems', stage: 'operating.piloting', tier: 'high-value-niche', year: '2025' })).toMatchObject({ year: 2025, limit: 20 });
    expect(errors({ domain: 'emergency-management-mine-safety' })).toEqual([]);
  });

  it('names every invalid parameter', () => {
    expect(errors({ aspect: 'space', domain: 'mining-on-mars', tier: 'huge', year: 'soon', limit: '0', stage: "x'; drop", q: ['a', 'b'], extra: '1' })).toEqual(
      expect.arrayContaining(['aspect', 'domain', 'tier', 'year', 'limit', 'stage', 'q', 'unrecognized_keys']),
    );
    expect(errors({ q: '长'.repeat(201) })).toEqual(['q']);
  });

  it('counts a year in Beijing time', () => {
    expect(beijingYearStart(2025).toISOString()).toBe('2024-12-31T16:00:00.000Z');
  });
});
