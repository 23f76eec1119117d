export type {
  CalendarDay,
  CalendarOptions,
  DayKind,
  DayOfWeek,
  HolidayCode,
  HolidayNotice,
  HolidayPeriod,
  HolidayYear,
  IsoDate,
  LocalizedName,
  MakeUpWorkday,
  NoticeClause,
  OfficeHours,
  VerificationSource,
} from './calendar.types';
export { CalendarCoverageError, CalendarDataError, CalendarError, InvalidCalendarInputError } from './calendar.errors';
export { registeredHolidayYears } from './holiday-data.registry';
export { holidayRegistryProblems, holidayYearProblems } from './holiday-data.validator';
export { DEFAULT_OFFICE_HOURS } from './office-hours';
export { dayOfWeekShanghai, shanghaiDate, SHANGHAI_UTC_OFFSET_MS, type CalendarDayInput } from './shanghai-time';
export {
  addWorkingDays,
  addWorkingHours,
  calendarDay,
  coveredYears,
  createWorkingDayCalendar,
  endOfWorkingDay,
  holidayName,
  isWorkingDay,
  nextWorkingDay,
  workingDayCalendar,
  workingDaysBetween,
  type WorkingDayCalendar,
  type WorkingDayCalendarConfig,
} from './working-day.calendar';
export {
  addCalendarDays,
  beijingDateOf,
  formatShanghai,
  isTimeOfDay,
  parseTimeOfDay,
  SHANGHAI_TIME_ZONE,
  shanghaiDateOf,
  shanghaiInstant,
  shanghaiSecondsOfDay,
  shanghaiYear,
  yearOfDate,
  type ShanghaiYear,
} from './wall-clock';
export { CalendarLookup, calendarLookup, MAX_WORKING_DAYS_ADDED, type CalendarYearView, type WorkingDaysAnswer } from './calendar-lookup';
export { holidayNoticeFileProblems, parseHolidayNoticeFile, type HolidayNoticeFile } from './holiday-notice-file';
export { chineseDaysDifferences, noticeFileFromChineseDays, type ChineseDaysYear } from './chinese-days';
