import type { HolidayPeriod, HolidayYear, IsoDate } from './calendar.types';
import { dayOfWeekOfDayNumber, isoOfDayNumber, parseIsoDate, yearOfDayNumber } from './shanghai-time';

/**
 * Consistency rules for holiday data. Every registered year must pass (holiday-data.spec.ts), and the
 * schedule refuses to load data that does not (CalendarDataError). Each problem is one readable line.
 *
 * Rules, per year:
 * - the notice is named (document number 国办发明电〔YYYY〕N号, title, issue date before the year, gov.cn URL,
 *   at least one page the data was verified against);
 * - every period has a code (unique), zh and en names, valid first ≤ last dates inside the year — only the
 *   `new-year` period (and a make-up day named in its clause) may reach back into the previous December,
 *   as the 2019 notice did (2018-12-30 … 2019-01-01, 2018-12-29 worked);
 * - a period's `days` equals its length, and the quoted clause names its first and last day (and, where
 *   the clause gives them, the weekday and the count 共N天 agree);
 * - periods are in calendar order and do not overlap;
 * - every make-up working day is a Saturday or Sunday, lies outside every period, is listed once, belongs
 *   to a period of the same year, and its clause names it (with the right weekday where given);
 * - every clause cites the year's notice.
 * Across years: years are unique and ascending, and no day is arranged by two notices.
 */

const WEEKDAY_ZH = ['日', '一', '二', '三', '四', '五', '六'] as const;
const DOCUMENT_NUMBER = /^国办发明电〔\d{4}〕\d+号$/;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

interface DayParts {
  readonly dayNumber: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function parts(iso: IsoDate): DayParts | undefined {
  const dayNumber = parseIsoDate(iso);
  if (dayNumber === undefined) return undefined;
  return { dayNumber, year: yearOfDayNumber(dayNumber), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Does the quote name this day? `M月D日`, or — for the last day of a range — `至D日` (the notice omits the
 * month when it is the same). When the parenthesis after the date names a weekday (周X / 星期X), it must be right.
 */
function quoteNamesDay(quote: string, day: DayParts, allowShortForm: boolean): 'named' | 'missing' | 'wrong-weekday' {
  const forms = [`${day.month}月${day.day}日`];
  if (allowShortForm) forms.push(`至${day.day}日`);
  const expected = WEEKDAY_ZH[dayOfWeekOfDayNumber(day.dayNumber)];
  let named = false;
  for (const form of forms) {
    const pattern = new RegExp(`(?<!\\d)${escape(form)}(?:[（(]([^）)]*)[）)])?`, 'g');
    for (const match of quote.matchAll(pattern)) {
      named = true;
      const weekday = /(?:周|星期)([一二三四五六日天])/.exec(match[1] ?? '');
      if (weekday) {
        const actual = weekday[1] === '天' ? '日' : weekday[1];
        if (actual === expected) return 'named';
      } else {
        return 'named';
      }
    }
  }
  return named ? 'wrong-weekday' : 'missing';
}

function allowedInYear(day: DayParts, year: number, mayReachPreviousDecember: boolean): boolean {
  if (day.year === year) return true;
  return mayReachPreviousDecember && day.year === year - 1 && day.month === 12;
}

export function holidayYearProblems(data: HolidayYear): string[] {
  const problems: string[] = [];
  const { year, notice } = data;
  const at = (where: string, message: string) => problems.push(`${year} ${where}: ${message}`);

  if (!Number.isInteger(year) || year < 1992 || year > 9999) at('year', `year ${year} is not a plausible calendar year`);
  if (notice.issuer !== '国务院办公厅') at('notice', 'the issuer must be 国务院办公厅');
  if (!DOCUMENT_NUMBER.test(notice.documentNumber)) at('notice', `document number "${notice.documentNumber}" is not of the form 国办发明电〔YYYY〕N号`);
  if (!notice.zhTitle.includes(`${year}年部分节假日安排`)) at('notice', `title "${notice.zhTitle}" does not name ${year}年部分节假日安排`);
  const issued = parseIsoDate(notice.issuedOn);
  const yearStart = parseIsoDate(`${String(year).padStart(4, '0')}-01-01`);
  if (issued === undefined) at('notice', `issue date "${notice.issuedOn}" is not a valid YYYY-MM-DD date`);
  else if (yearStart !== undefined && issued >= yearStart) at('notice', `issue date ${notice.issuedOn} is not before ${year}`);
  if (!/^https:\/\/www\.gov\.cn\//.test(notice.officialUrl)) at('notice', `official URL "${notice.officialUrl}" is not on www.gov.cn`);
  if (notice.verifiedAgainst.length === 0) at('notice', 'no page the data was verified against');
  for (const source of notice.verifiedAgainst) {
    if (!/^https?:\/\//.test(source.url) || source.shows.trim() === '') at('notice', `verification source "${source.url}" needs a URL and what it shows`);
  }

  const checkClause = (where: string, source: { notice: string; clause: string; quote: string }) => {
    if (source.notice !== notice.documentNumber) at(where, `cites "${source.notice}", not the year's notice ${notice.documentNumber}`);
    if (source.clause.trim() === '' || source.quote.trim() === '') at(where, 'the source clause and its quote must not be empty');
  };

  if (data.periods.length === 0) at('periods', 'no holiday period');
  const codes = new Set<string>();
  const ranges: { period: HolidayPeriod; first: number; last: number }[] = [];
  for (const period of data.periods) {
    const where = `period ${period.code || '(no code)'}`;
    if (!KEBAB.test(period.code)) at(where, 'the code must be kebab-case');
    if (codes.has(period.code)) at(where, 'the code is listed twice');
    codes.add(period.code);
    if (period.name.zh.trim() === '') at(where, 'the zh name is missing');
    if (period.name.en.trim() === '') at(where, 'the en name is missing');
    checkClause(where, period.source);
    const first = parts(period.first);
    const last = parts(period.last);
    if (!first) at(where, `first day "${period.first}" is not a valid YYYY-MM-DD date`);
    if (!last) at(where, `last day "${period.last}" is not a valid YYYY-MM-DD date`);
    if (!first || !last) continue;
    const reachBack = period.code === 'new-year';
    if (!allowedInYear(first, year, reachBack)) at(where, `first day ${period.first} is outside ${year}${reachBack ? ' and its previous December' : ''}`);
    if (!allowedInYear(last, year, false)) at(where, `last day ${period.last} is outside ${year}`);
    if (first.dayNumber > last.dayNumber) {
      at(where, `first day ${period.first} is after last day ${period.last}`);
      continue;
    }
    const length = last.dayNumber - first.dayNumber + 1;
    if (period.days !== length) at(where, `days is ${period.days} but ${period.first} … ${period.last} is ${length} days`);
    const count = /(?:共|放假)(\d+)天/.exec(period.source.quote);
    if (count && Number(count[1]) !== length) at(where, `the clause says ${count[1]} days but the range is ${length} days`);
    for (const [label, day, short] of [['first', first, false], ['last', last, true]] as const) {
      const found = quoteNamesDay(period.source.quote, day, short);
      if (found === 'missing') at(where, `the clause does not name the ${label} day ${isoOfDayNumber(day.dayNumber)}`);
      if (found === 'wrong-weekday') at(where, `the clause gives another weekday for the ${label} day ${isoOfDayNumber(day.dayNumber)}`);
    }
    ranges.push({ period, first: first.dayNumber, last: last.dayNumber });
  }
  for (let i = 1; i < ranges.length; i++) {
    const previous = ranges[i - 1];
    const current = ranges[i];
    if (current.first <= previous.last) {
      at(`period ${current.period.code}`, `overlaps or precedes period ${previous.period.code} (periods must be in calendar order, not overlapping)`);
    }
  }

  const makeUpDays = new Set<number>();
  let previousMakeUp = -Infinity;
  for (const makeUp of data.makeUpWorkdays) {
    const where = `make-up day ${makeUp.date}`;
    checkClause(where, makeUp.source);
    const day = parts(makeUp.date);
    if (!day) {
      at(where, 'is not a valid YYYY-MM-DD date');
      continue;
    }
    const period = data.periods.find((candidate) => candidate.code === makeUp.forPeriod);
    if (!period) at(where, `belongs to period "${makeUp.forPeriod}", which the year does not list`);
    else if (period.source.quote !== makeUp.source.quote) at(where, `cites another clause than its period ${period.code}`);
    if (!allowedInYear(day, year, makeUp.forPeriod === 'new-year')) at(where, `is outside ${year}`);
    const weekday = dayOfWeekOfDayNumber(day.dayNumber);
    if (weekday !== 0 && weekday !== 6) at(where, `is a 周${WEEKDAY_ZH[weekday]}, not a Saturday or Sunday`);
    const inside = ranges.find((range) => day.dayNumber >= range.first && day.dayNumber <= range.last);
    if (inside) at(where, `lies inside period ${inside.period.code}`);
    if (makeUpDays.has(day.dayNumber)) at(where, 'is listed twice');
    if (day.dayNumber <= previousMakeUp && !makeUpDays.has(day.dayNumber)) at(where, 'is out of calendar order');
    makeUpDays.add(day.dayNumber);
    previousMakeUp = Math.max(previousMakeUp, day.dayNumber);
    const found = quoteNamesDay(makeUp.source.quote, day, false);
    if (found === 'missing') at(where, 'is not named in its clause');
    if (found === 'wrong-weekday') at(where, 'has another weekday in its clause');
  }
  return problems;
}

/** Problems of every year plus those across years. An empty list means the data may be registered. */
export function holidayRegistryProblems(years: readonly HolidayYear[]): string[] {
  const problems = years.flatMap(holidayYearProblems);
  const arranged = new Map<number, number>();
  for (let i = 0; i < years.length; i++) {
    const data = years[i];
    if (i > 0 && data.year <= years[i - 1].year) problems.push(`registry: ${data.year} is listed twice or out of order (years must be ascending)`);
    const days: number[] = [];
    for (const period of data.periods) {
      const first = parseIsoDate(period.first);
      const last = parseIsoDate(period.last);
      if (first === undefined || last === undefined) continue;
      for (let day = first; day <= last; day++) days.push(day);
    }
    for (const makeUp of data.makeUpWorkdays) {
      const day = parseIsoDate(makeUp.date);
      if (day !== undefined) days.push(day);
    }
    for (const day of new Set(days)) {
      const other = arranged.get(day);
      if (other !== undefined && other !== data.year) {
        problems.push(`registry: ${isoOfDayNumber(day)} is arranged by both the ${other} and the ${data.year} notice`);
      }
      arranged.set(day, data.year);
    }
  }
  return problems;
}
