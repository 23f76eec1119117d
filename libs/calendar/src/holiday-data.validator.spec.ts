import type { HolidayPeriod, HolidayYear, MakeUpWorkday } from './calendar.types';
import { cn2025 } from './data/cn-2025.data';
import { cn2026 } from './data/cn-2026.data';
import { holidayRegistryProblems, holidayYearProblems } from './holiday-data.validator';
import { notice2019Fixture } from './testing/holiday-year.fixtures';

/** A mutable deep copy of a registered year to break on purpose. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? Mutable<U>[] : T[K] extends object ? Mutable<T[K]> : T[K] };
const copy = (data: HolidayYear): Mutable<HolidayYear> => JSON.parse(JSON.stringify(data));
const period = (data: Mutable<HolidayYear>, code: string) => data.periods.find((candidate) => candidate.code === code) as Mutable<HolidayPeriod>;
const makeUp = (data: Mutable<HolidayYear>, date: string) => data.makeUpWorkdays.find((candidate) => candidate.date === date) as Mutable<MakeUpWorkday>;

describe('holiday data validator', () => {
  it('accepts the registered years and the 2019 reach-back into December', () => {
    expect(holidayYearProblems(cn2025)).toEqual([]);
    expect(holidayYearProblems(cn2026)).toEqual([]);
    expect(holidayYearProblems(notice2019Fixture)).toEqual([]);
    expect(holidayRegistryProblems([cn2025, cn2026])).toEqual([]);
  });

  const cases: readonly [string, (data: Mutable<HolidayYear>) => void, RegExp][] = [
    ['a make-up day on a weekday', (d) => { makeUp(d, '2025-01-26').date = '2025-01-27'; }, /make-up day 2025-01-27: is a 周一, not a Saturday or Sunday/],
    ['a make-up day inside a period', (d) => { d.makeUpWorkdays.push({ ...makeUp(d, '2025-02-08'), date: '2025-02-01' }); }, /make-up day 2025-02-01: lies inside period spring-festival/],
    ['a make-up day listed twice', (d) => { d.makeUpWorkdays.push({ ...makeUp(d, '2025-10-11') }); }, /make-up day 2025-10-11: is listed twice/],
    ['a make-up day not named in its clause', (d) => { d.makeUpWorkdays.push({ ...makeUp(d, '2025-10-11'), date: '2025-10-18' }); }, /make-up day 2025-10-18: is not named in its clause/],
    ['a make-up day for an unknown period', (d) => { makeUp(d, '2025-04-27').forPeriod = 'mid-autumn'; }, /belongs to period "mid-autumn", which the year does not list/],
    ['a make-up day outside the year', (d) => { makeUp(d, '2025-10-11').date = '2024-10-12'; }, /make-up day 2024-10-12: is outside 2025/],
    ['an invalid date', (d) => { period(d, 'qingming').last = '2025-04-31'; }, /last day "2025-04-31" is not a valid YYYY-MM-DD date/],
    ['overlapping periods', (d) => { period(d, 'dragon-boat').first = '2025-05-05'; period(d, 'dragon-boat').days = 29; }, /period dragon-boat: overlaps or precedes period labour-day/],
    ['periods out of order', (d) => { d.periods.reverse(); }, /overlaps or precedes/],
    ['a period outside the year', (d) => { period(d, 'national-day-mid-autumn').last = '2026-01-02'; }, /last day 2026-01-02 is outside 2025/],
    ['a non-new-year period reaching into December', (d) => { period(d, 'spring-festival').first = '2024-12-28'; }, /first day 2024-12-28 is outside 2025$/],
    ['first after last', (d) => { period(d, 'qingming').first = '2025-04-07'; }, /first day 2025-04-07 is after last day 2025-04-06/],
    ['a wrong day count', (d) => { period(d, 'spring-festival').days = 7; }, /days is 7 but 2025-01-28 … 2025-02-04 is 8 days/],
    ['a range the clause does not name', (d) => { period(d, 'labour-day').last = '2025-05-04'; period(d, 'labour-day').days = 4; }, /the clause says 5 days but the range is 4 days/],
    ['a clause with another weekday', (d) => { period(d, 'qingming').source.quote = '三、清明节：4月4日（周六）至6日（周日）放假，共3天。'; }, /another weekday for the first day 2025-04-04/],
    ['a missing zh name', (d) => { period(d, 'qingming').name.zh = ' '; }, /period qingming: the zh name is missing/],
    ['a missing en name', (d) => { period(d, 'qingming').name.en = ''; }, /period qingming: the en name is missing/],
    ['a duplicate code', (d) => { period(d, 'qingming').code = 'new-year'; }, /the code is listed twice/],
    ['a clause of another notice', (d) => { period(d, 'qingming').source.notice = '国办发明电〔2023〕7号'; }, /cites "国办发明电〔2023〕7号", not the year's notice/],
    ['no periods', (d) => { d.periods = []; d.makeUpWorkdays = []; }, /no holiday period/],
    ['a malformed document number', (d) => { d.notice.documentNumber = '国办发〔2024〕12号'; }, /is not of the form 国办发明电〔YYYY〕N号/],
    ['an issue date inside the year', (d) => { d.notice.issuedOn = '2025-01-02'; }, /issue date 2025-01-02 is not before 2025/],
    ['a title of another year', (d) => { d.notice.zhTitle = '国务院办公厅关于2024年部分节假日安排的通知'; }, /does not name 2025年部分节假日安排/],
    ['an official URL off gov.cn', (d) => { d.notice.officialUrl = 'https://example.com/'; }, /is not on www.gov.cn/],
    ['no verification source', (d) => { d.notice.verifiedAgainst = []; }, /no page the data was verified against/],
  ];

  it.each(cases)('reports %s', (_label, breakIt, problem) => {
    const data = copy(cn2025);
    breakIt(data);
    const problems = holidayYearProblems(data);
    expect(problems.some((line) => problem.test(line))).toBe(true);
    expect(problems.every((line) => line.startsWith('2025 '))).toBe(true);
  });

  it('reports years out of order, listed twice, or arranging the same day twice', () => {
    expect(holidayRegistryProblems([cn2026, cn2025])).toContain('registry: 2025 is listed twice or out of order (years must be ascending)');
    expect(holidayRegistryProblems([cn2025, cn2025])).toContain('registry: 2025 is listed twice or out of order (years must be ascending)');
    // A 2026 notice reaching back to 2025-12-31 is fine on its own …
    const reachBack = copy(cn2026);
    period(reachBack, 'new-year').first = '2025-12-31';
    period(reachBack, 'new-year').days = 4;
    period(reachBack, 'new-year').source.quote = '一、元旦：2025年12月31日至2026年1月3日放假调休，共4天。1月4日（周日）上班。';
    makeUp(reachBack, '2026-01-04').source.quote = period(reachBack, 'new-year').source.quote;
    expect(holidayYearProblems(reachBack)).toEqual([]);
    expect(holidayRegistryProblems([cn2025, reachBack])).toEqual([]);
    // … but not when the 2025 notice already arranged that day.
    const arranged2025 = copy(cn2025);
    period(arranged2025, 'national-day-mid-autumn').last = '2025-12-31';
    expect(holidayRegistryProblems([arranged2025, reachBack])).toContain('registry: 2025-12-31 is arranged by both the 2025 and the 2026 notice');
  });
});
