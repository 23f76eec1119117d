/**
 * The working-day calendar of mainland China as versioned reference data (docs/calendar.md).
 *
 * One `HolidayYear` per State Council General Office notice (国务院办公厅关于 YYYY 年部分节假日安排的通知):
 * its holiday periods (放假) and its make-up working days (调休上班日, a Saturday or Sunday that is worked).
 * Everything else follows the ordinary week: Monday–Friday work, Saturday and Sunday rest.
 */

/** A calendar day in Asia/Shanghai written `YYYY-MM-DD`. */
export type IsoDate = string;

export interface LocalizedName {
  readonly zh: string;
  readonly en: string;
}

/** Stable codes of the holiday periods (kebab-case English; never change once published). */
export type HolidayCode =
  | 'new-year'
  | 'spring-festival'
  | 'qingming'
  | 'labour-day'
  | 'dragon-boat'
  | 'mid-autumn'
  | 'national-day'
  | 'national-day-mid-autumn';

/** A public page the data was checked against, and what it showed. */
export interface VerificationSource {
  readonly url: string;
  readonly shows: string;
}

/** The notice a year's data comes from. */
export interface HolidayNotice {
  readonly issuer: '国务院办公厅';
  /** 文号, e.g. `国办发明电〔2024〕12号`. */
  readonly documentNumber: string;
  readonly zhTitle: string;
  /** The date the notice is signed (成文日期), always before the year it arranges. */
  readonly issuedOn: IsoDate;
  /** The notice on www.gov.cn, as cited (see `verifiedAgainst` for what was actually read). */
  readonly officialUrl: string;
  readonly verifiedAgainst: readonly VerificationSource[];
}

/** The clause of a notice a fact comes from, quoted as the notice writes it. */
export interface NoticeClause {
  /** The notice's 文号 (equals `HolidayNotice.documentNumber` of the year). */
  readonly notice: string;
  /** The clause numeral, e.g. `二`. */
  readonly clause: string;
  readonly quote: string;
}

/** 放假: consecutive days off, weekends inside the range included. */
export interface HolidayPeriod {
  readonly code: HolidayCode;
  readonly name: LocalizedName;
  /** First day off (inclusive). Only a `new-year` period may start in the previous December. */
  readonly first: IsoDate;
  /** Last day off (inclusive). */
  readonly last: IsoDate;
  /** The notice's own count (共N天 / 放假N天); the validator checks it equals the range. */
  readonly days: number;
  readonly source: NoticeClause;
}

/** 调休上班日: a Saturday or Sunday that is a working day. */
export interface MakeUpWorkday {
  readonly date: IsoDate;
  /** The period whose clause names this day. */
  readonly forPeriod: HolidayCode;
  readonly source: NoticeClause;
}

/** One notice: the arrangement for one calendar year. */
export interface HolidayYear {
  readonly year: number;
  readonly notice: HolidayNotice;
  /** In calendar order. */
  readonly periods: readonly HolidayPeriod[];
  /** In calendar order. */
  readonly makeUpWorkdays: readonly MakeUpWorkday[];
}

/** 0 = Sunday … 6 = Saturday (the convention of `Date#getDay`), in Asia/Shanghai. */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'make-up-workday';

/** Everything the calendar knows about one Shanghai calendar day. */
export interface CalendarDay {
  readonly date: IsoDate;
  readonly dayOfWeek: DayOfWeek;
  readonly kind: DayKind;
  readonly working: boolean;
  /** For `holiday`: the period; for `make-up-workday`: the period it is worked for. */
  readonly period?: { readonly code: HolidayCode; readonly name: LocalizedName };
  /** For `holiday` and `make-up-workday`: where the fact comes from. */
  readonly source?: NoticeClause;
}

/** Office hours in Asia/Shanghai, `HH:MM` 24-hour clock. */
export interface OfficeHours {
  readonly start: string;
  readonly end: string;
  /** Unpaid breaks inside the day (e.g. lunch), in order, not overlapping. */
  readonly breaks?: readonly { readonly start: string; readonly end: string }[];
}

export interface CalendarOptions {
  /** Office hours; default `DEFAULT_OFFICE_HOURS` (09:00–12:00 and 13:30–17:30). */
  readonly workday?: OfficeHours;
}
