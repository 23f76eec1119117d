import { chineseDaysDifferences, noticeFileFromChineseDays, type ChineseDaysYear } from './chinese-days';
import type { HolidayYear } from './calendar.types';
import { registeredHolidayYears } from './holiday-data.registry';
import { isoOfDayNumber, parseIsoDate } from './shanghai-time';

/** What `chinese-days` publishes for a year (`dist/years/YYYY.json`), written from our registered data. */
const PACKAGE_NAMES: Record<string, string> = {
  'new-year': "New Year's Day,元旦,1",
  'spring-festival': 'Spring Festival,春节,4',
  qingming: 'Tomb-sweeping Day,清明,1',
  'labour-day': 'Labour Day,劳动节,2',
  'dragon-boat': 'Dragon Boat Festival,端午,1',
  'mid-autumn': 'Mid-autumn Festival,中秋,1',
  'national-day': 'National Day,国庆节,3',
  'national-day-mid-autumn': 'National Day,国庆节,3',
};

function asPackage(year: HolidayYear): { holidays: Record<string, string>; workdays: Record<string, string> } {
  const holidays: Record<string, string> = {};
  for (const period of year.periods) {
    for (let day = parseIsoDate(period.first) as number; day <= (parseIsoDate(period.last) as number); day++) holidays[isoOfDayNumber(day)] = PACKAGE_NAMES[period.code];
  }
  return { holidays, workdays: Object.fromEntries(year.makeUpWorkdays.map((m) => [m.date, PACKAGE_NAMES[m.forPeriod]])) };
}

const [y2025, y2026] = registeredHolidayYears;
const notice = { documentNumber: '国办发明电〔2025〕7号', title: '国务院办公厅关于2026年部分节假日安排的通知' };

describe('chinese-days: differences from our data', () => {
  it('finds none when every day off and make-up day agrees, a day of National Day and Mid-Autumn named either way', () => {
    const data = asPackage(y2025);
    data.holidays['2025-10-06'] = 'Mid-autumn Festival,中秋,1'; // as the package names it
    expect(chineseDaysDifferences(y2025, data)).toEqual([]);
    expect(chineseDaysDifferences(y2026, asPackage(y2026))).toEqual([]);
  });

  it('names every day off or make-up day missing on either side, and a day given to another holiday', () => {
    const data = asPackage(y2026);
    delete data.holidays['2026-02-23'];
    data.holidays['2026-02-24'] = 'Spring Festival,春节,4';
    data.holidays['2026-10-01'] = 'Mid-autumn Festival,中秋,1';
    delete data.workdays['2026-09-20'];
    data.workdays['2026-09-19'] = 'National Day,国庆节,3';
    data.workdays['2026-10-10'] = 'Mid-autumn Festival,中秋,1';
    data.holidays['2027-01-01'] = "New Year's Day,元旦,1"; // another year: not compared
    expect(chineseDaysDifferences(y2026, data)).toEqual([
      '2026-02-23: a day off here (spring-festival), not in chinese-days',
      '2026-02-24: a day off in chinese-days (Spring Festival,春节,4), not here',
      '2026-09-19: a make-up working day in chinese-days (National Day,国庆节,3), not here',
      '2026-09-20: a make-up working day here (national-day), not in chinese-days',
      '2026-10-01: a day off for national-day here, for mid-autumn in chinese-days',
      '2026-10-10: a make-up working day for national-day here, for mid-autumn in chinese-days',
    ]);
  });
});

describe('chinese-days: a year as a notice file', () => {
  it('makes each run of days off a period, National Day with Mid-Autumn the combined one, and names each make-up day’s period', () => {
    const data: ChineseDaysYear = { ...asPackage(y2025), holidays: { ...asPackage(y2025).holidays, '2025-10-06': 'Mid-autumn Festival,中秋,1' } };
    const file = noticeFileFromChineseDays(2025, data, notice);
    expect(file.holidays.map((h) => [h.code, h.first, h.last])).toEqual(y2025.periods.map((p) => [p.code, p.first, p.last]));
    expect(file.makeUpWorkdays).toEqual(y2025.makeUpWorkdays.map((m) => ({ date: m.date, forPeriod: m.forPeriod })));
    expect(file.holidays.at(-1)?.name).toEqual({ zh: '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' });
    const y26 = noticeFileFromChineseDays(2026, asPackage(y2026), notice);
    expect(y26).toMatchObject({ year: 2026, notice });
    expect(y26.holidays.map((h) => [h.code, h.name.zh, h.first, h.last])).toEqual(y2026.periods.map((p) => [p.code, p.name.zh, p.first, p.last]));
  });

  it('keeps a holiday it does not know by the package’s own names, and refuses a year without data or a file that breaks a rule', () => {
    const special = noticeFileFromChineseDays(2015, { holidays: { '2015-09-03': 'Anti-Fascist 70th Day,中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日,1' }, workdays: {} }, notice);
    expect(special.holidays).toEqual([{ code: 'anti-fascist-70th-day', name: { zh: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日', en: 'Anti-Fascist 70th Day' }, first: '2015-09-03', last: '2015-09-03' }]);
    expect(() => noticeFileFromChineseDays(2027, asPackage(y2026), notice)).toThrow('chinese-days has no holidays for 2027');
    // A "make-up day" on a Wednesday breaks the file's rules.
    expect(() => noticeFileFromChineseDays(2026, { ...asPackage(y2026), workdays: { '2026-03-04': 'Spring Festival,春节,4' } }, notice)).toThrow('is not a Saturday or Sunday');
  });
});
