/**
 * Every time the console shows is Beijing time (Asia/Shanghai, as the plan's deadlines and the notices count), whatever
 * the browser's zone; the shell says so once on every page. The one place dates are formatted (structure.spec checks).
 */
type Language = 'zh' | 'en';

const LOCALE: Record<Language, string> = { zh: 'zh-CN', en: 'en-GB' };

function valid(value: string | Date | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export type BeijingStyle = 'date' | 'minutes' | 'seconds' | 'medium' | 'mediumSeconds';

const STYLES: Record<BeijingStyle, Intl.DateTimeFormatOptions> = {
  date: { year: 'numeric', month: '2-digit', day: '2-digit' },
  minutes: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' },
  seconds: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' },
  medium: { dateStyle: 'medium', timeStyle: 'short' },
  mediumSeconds: { dateStyle: 'medium', timeStyle: 'medium' },
};

/** A date or an instant in Beijing time; "—" when there is none, the text itself when it is no date. */
export function beijingTime(value: string | Date | null | undefined, language: Language, style: BeijingStyle = 'medium'): string {
  const date = valid(value);
  if (!date) return value ? String(value) : '—';
  return new Intl.DateTimeFormat(LOCALE[language], { ...STYLES[style], timeZone: 'Asia/Shanghai' }).format(date);
}

/** Now in Beijing time for a file name, YYYYMMDD-HHmm. */
export function beijingFileStamp(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(now)
    .replace(/[-:]/g, '')
    .replace(' ', '-');
}

/** Today's date in Beijing time, YYYY-MM-DD. */
export function beijingToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
}
