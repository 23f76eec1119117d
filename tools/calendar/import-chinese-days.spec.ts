import type { ChineseDaysYear } from '@scq/calendar';
import type { ChineseDaysPackage } from './chinese-days.package';
import { importYear } from './import-chinese-days';

/** A package with 2027 data as `chinese-days` would publish it (made up for the test: the real notice is not out). */
function source(years: Record<number, ChineseDaysYear>): ChineseDaysPackage {
  return { version: '9.9.9', api: { getDayDetail: () => ({ date: '', work: true, name: '' }), isHoliday: () => false, isWorkday: () => true, isInLieu: () => false }, year: (y) => years[y] ?? null };
}

const y2027 = {
  holidays: { '2027-01-01': "New Year's Day,元旦,1", '2027-01-02': "New Year's Day,元旦,1", '2027-01-03': "New Year's Day,元旦,1", '2027-10-01': 'National Day,国庆节,3', '2027-10-02': 'National Day,国庆节,3' },
  workdays: { '2027-09-26': 'National Day,国庆节,3' },
};

describe('npm run calendar:import (a later year from chinese-days)', () => {
  it('makes the year’s notice file, with the document number given and the title of the State Council’s notices', () => {
    const file = importYear({ year: 2027, documentNumber: '国办发明电〔2026〕9号', issuedOn: '2026-11-10', officialUrl: 'https://www.gov.cn/zhengce/content/2027.htm' }, source({ 2027: y2027 }));
    expect(file).toEqual({
      year: 2027,
      notice: { documentNumber: '国办发明电〔2026〕9号', title: '国务院办公厅关于2027年部分节假日安排的通知', issuedOn: '2026-11-10', officialUrl: 'https://www.gov.cn/zhengce/content/2027.htm' },
      holidays: [
        { code: 'new-year', name: { zh: '元旦', en: "New Year's Day" }, first: '2027-01-01', last: '2027-01-03' },
        { code: 'national-day', name: { zh: '国庆节', en: 'National Day' }, first: '2027-10-01', last: '2027-10-02' },
      ],
      makeUpWorkdays: [{ date: '2027-09-26', forPeriod: 'national-day' }],
    });
  });

  it('refuses what PUT /api/calendar/:year refuses: a year the package lacks, a year registered in code, a malformed URL', () => {
    expect(() => importYear({ year: 2027, documentNumber: 'x' }, source({}))).toThrow('chinese-days 9.9.9 has no data for 2027');
    expect(() => importYear({ year: 2026, documentNumber: 'x' }, source({ 2026: { holidays: { '2026-01-01': "New Year's Day,元旦,1" }, workdays: {} } }))).toThrow('2026 is registered in code');
    expect(() => importYear({ year: 2027, documentNumber: 'x', officialUrl: 'not a url' }, source({ 2027: y2027 }))).toThrow('notice.officialUrl');
  });
});
