/// <reference types="jest" />
import { beijingFileStamp, beijingTime } from './beijing-time';

describe('times in Beijing time, whatever the browser’s zone', () => {
  it('shows an instant at UTC+8 in both languages and styles', () => {
    // 16:30 UTC on 6 December is already 00:30 on 7 December in Chongqing.
    const instant = '2026-12-06T16:30:05Z';
    expect(beijingTime(instant, 'zh', 'minutes')).toBe('2026/12/07 00:30');
    expect(beijingTime(instant, 'en', 'minutes')).toBe('07/12/2026, 00:30');
    expect(beijingTime(instant, 'zh', 'date')).toBe('2026/12/07');
    expect(beijingTime(instant, 'en', 'seconds')).toBe('07/12/2026, 00:30:05');
  });

  it('stamps a file name with the minute in Beijing', () => {
    expect(beijingFileStamp(new Date('2026-12-06T16:30:05Z'))).toBe('20261207-0030');
    expect(beijingFileStamp(new Date('2026-03-01T08:05:59Z'))).toBe('20260301-1605');
  });

  it('answers a missing value with a dash and keeps a text that is no date as written', () => {
    expect(beijingTime(null, 'zh')).toBe('—');
    expect(beijingTime('', 'en')).toBe('—');
    expect(beijingTime('soon', 'en')).toBe('soon');
  });
});
