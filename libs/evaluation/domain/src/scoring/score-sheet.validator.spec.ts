import fc from 'fast-check';
import { rubricsForPurpose } from '../rubrics/rubric.catalog';
import type { Mark } from './score-sheet.types';
import { onScale, sheetProblems } from './score-sheet.validator';

const rubrics = rubricsForPurpose('recognition');

/** A complete, valid sheet: 4 on every scored criterion, met on every pass/fail one. */
function fullSheet(): Mark[] {
  return rubrics.flatMap((rubric) =>
    rubric.criteria.map((criterion) => ({ rubricId: rubric.id, criterionId: criterion.id, value: criterion.kind === 'scored' ? 4 : true, comment: '论证充分 well argued' })),
  );
}

const withMark = (criterionId: string, change: Partial<Mark>) => fullSheet().map((mark) => (mark.criterionId === criterionId ? { ...mark, ...change } : mark));

describe('score sheet validation', () => {
  it('accepts a complete sheet on the scale with comments', () => {
    expect(sheetProblems(rubrics, fullSheet())).toEqual([]);
  });

  it.each([
    ['above the scale', { value: 6 }, 'value', 'not on the scale'],
    ['below the scale', { value: -1 }, 'value', 'not on the scale'],
    ['between half points', { value: 3.3 }, 'value', 'not on the scale'],
    ['a boolean on a scored criterion', { value: true }, 'value', 'needs a number'],
    ['no comment', { comment: ' ' }, 'comment', 'comment on recognition-standard/novelty is required'],
    ['a failing mark without a reason', { value: 2, comment: '不足' }, 'comment', 'needs a reason'],
  ] as Array<[string, Partial<Mark>, string, string]>)('refuses %s', (_, change, field, message) => {
    const index = fullSheet().findIndex((mark) => mark.criterionId === 'novelty');
    expect(sheetProblems(rubrics, withMark('novelty', change))).toEqual([{ path: `scores.${index}.${field}`, message: expect.stringContaining(message) }]);
  });

  it('takes only true/false on a pass/fail criterion, and asks why it fails', () => {
    expect(sheetProblems(rubrics, withMark('safety-loop', { value: 1 }))[0].message).toContain('pass/fail');
    expect(sheetProblems(rubrics, withMark('safety-loop', { value: false, comment: '不符合' }))[0].message).toContain('needs a reason');
    expect(sheetProblems(rubrics, withMark('safety-loop', { value: false, comment: '未建立应急处置预案，风险未闭环' }))).toEqual([]);
  });

  it('names missing, duplicated and unknown marks', () => {
    const sheet = fullSheet();
    expect(sheetProblems(rubrics, sheet.slice(1))).toEqual([{ path: 'scores', message: expect.stringContaining('recognition-standard/novelty') }]);
    expect(sheetProblems(rubrics, [...sheet, sheet[0]])).toEqual([{ path: `scores.${sheet.length}.criterionId`, message: expect.stringContaining('marked twice') }]);
    expect(sheetProblems(rubrics, [...sheet, { ...sheet[0], rubricId: 'effectiveness-evaluation' }])[0]).toMatchObject({ path: `scores.${sheet.length}.rubricId` });
    expect(sheetProblems(rubrics, [...sheet, { ...sheet[0], criterionId: 'beauty' }])[0]).toMatchObject({ path: `scores.${sheet.length}.criterionId` });
  });

  it('starts each message on a mark with the criterion’s name in words, keeping the field path', () => {
    const index = fullSheet().findIndex((mark) => mark.criterionId === 'novelty');
    expect(sheetProblems(rubrics, withMark('novelty', { value: 2, comment: '差' }))).toEqual([{ path: `scores.${index}.comment`, message: expect.stringMatching(/^新颖性 Novelty: /) }]);
    expect(sheetProblems(rubrics, withMark('novelty', { value: 6 }))[0].message).toMatch(/^新颖性 Novelty: /);
    expect(sheetProblems(rubrics, fullSheet().slice(1))[0].message).toContain('新颖性 Novelty (recognition-standard/novelty)');
  });

  it('accepts exactly the half points from 0 to 5 (property)', () => {
    const scale = { scale: { min: 0, max: 5, step: 0.5 } };
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 }), (halves) => onScale(scale, halves / 2)));
    fc.assert(fc.property(fc.integer({ min: -20, max: 30 }), (halves) => onScale(scale, halves / 2) === (halves >= 0 && halves <= 10)));
    fc.assert(fc.property(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 49 }), (halves, hundredths) => !onScale(scale, halves / 2 + hundredths / 100)));
  });
});
