import { chineseDaysDifferences, isWorkingDay, registeredHolidayYears } from '@scq/calendar';
import { chineseDaysPackage } from './chinese-days.package';

/**
 * Our 2025–2026 data (copied from the State Council notices, docs/calendar.md) against the maintained package
 * `chinese-days` (a dev dependency): every day off and every make-up working day (调休) must agree, each named for
 * the same holiday, and so must the package's working-day answer for every day of each year. Fails on any difference.
 */
const source = chineseDaysPackage();

describe(`our holiday data against chinese-days ${source.version}`, () => {
  it('covers 2025 and 2026 here', () => {
    expect(registeredHolidayYears.map((year) => year.year)).toEqual(expect.arrayContaining([2025, 2026]));
  });

  for (const ours of registeredHolidayYears) {
    it(`${ours.year}: the same days off and make-up working days, for the same holidays`, () => {
      const theirs = source.year(ours.year);
      expect(theirs).not.toBeNull();
      expect(chineseDaysDifferences(ours, theirs ?? { holidays: {}, workdays: {} })).toEqual([]);
    });

    it(`${ours.year}: the same answer for every day of the year — worked or not`, () => {
      const differing: string[] = [];
      for (let date = new Date(Date.UTC(ours.year, 0, 1)); date.getUTCFullYear() === ours.year; date.setUTCDate(date.getUTCDate() + 1)) {
        const day = date.toISOString().slice(0, 10);
        const detail = source.api.getDayDetail(day);
        if (detail.work !== isWorkingDay(day) || source.api.isWorkday(day) !== detail.work) differing.push(`${day}: here ${isWorkingDay(day) ? 'worked' : 'off'}, chinese-days ${detail.work ? 'worked' : 'off'} (${detail.name})`);
      }
      expect(differing).toEqual([]);
    });
  }
});
