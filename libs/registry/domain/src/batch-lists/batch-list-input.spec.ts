import { createBatchListSchema, normaliseListNumber, resolveBatchListHeader, updateBatchListItemSchema, yearOfListNumber } from './batch-list-input';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

function issues(input: unknown): Array<{ path: string; message: string }> {
  const result = createBatchListSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

const valid = { number: '渝场景〔2026〕1号', title: { zh: '2026年第一批应用场景项目清单' }, issueDate: '2026-04-01' };

describe('batch list input', () => {
  it('accepts a header alone, and defaults the issuing unit to the coordinator and the year to the number’s', () => {
    const parsed = createBatchListSchema.parse(valid);
    expect(parsed.items).toEqual([]);
    expect(resolveBatchListHeader(parsed)).toEqual({ number: '渝场景〔2026〕1号', title: { zh: '2026年第一批应用场景项目清单', en: null }, issuingUnit: '市发展改革委', issueDate: '2026-04-01', year: 2026 });
  });

  it('takes the year from the issue date when the number has none, and names known units by their Chinese name', () => {
    const header = resolveBatchListHeader(createBatchListSchema.parse({ ...valid, number: 'CQ-SCN-7', issuingUnit: '市发改委', issueDate: '2027-01-05' }));
    expect(header).toMatchObject({ year: 2027, issuingUnit: '市发展改革委' });
  });

  it('writes the year of a number in 〔〕 whatever brackets were typed', () => {
    expect(normaliseListNumber(' 渝场景[2026]1号 ')).toBe('渝场景〔2026〕1号');
    expect(normaliseListNumber('渝场景【2026】2号')).toBe('渝场景〔2026〕2号');
    expect(normaliseListNumber('渝场景（2026）3号')).toBe('渝场景〔2026〕3号');
    expect(yearOfListNumber('渝场景〔2026〕1号')).toBe(2026);
    expect(yearOfListNumber('第一批')).toBeNull();
  });

  it('names each invalid field', () => {
    expect(issues({ title: {}, issueDate: '2026-02-30', year: 1999, extra: 1 }).map((i) => i.path).sort()).toEqual(['', 'issueDate', 'number', 'title.zh', 'year']);
    expect(issues({ ...valid, year: 2025 })).toEqual([{ path: 'year', message: expect.stringContaining('2026') }]);
    expect(issues({ ...valid, issueDate: '2026/04/01' })).toEqual([{ path: 'issueDate', message: expect.stringContaining('YYYY-MM-DD') }]);
  });

  it('refuses a scenario twice in a list, pointing at the repeat', () => {
    const found = issues({ ...valid, items: [{ scenarioId: A }, { scenarioId: B }, { scenarioId: A, note: '重复' }] });
    expect(found).toEqual([{ path: 'items.2.scenarioId', message: expect.stringContaining('第 1 项') }]);
    expect(issues({ ...valid, items: [{ scenarioId: 'not-a-uuid' }] })).toEqual([{ path: 'items.0.scenarioId', message: expect.stringContaining('UUID') }]);
  });

  it('lets an item’s note and category be cleared with null', () => {
    expect(updateBatchListItemSchema.parse({ note: null, category: '场景机会' })).toEqual({ note: null, category: '场景机会' });
    expect(updateBatchListItemSchema.safeParse({ note: '' }).success).toBe(false);
  });
});
