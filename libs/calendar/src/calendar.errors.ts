/** Errors of the calendar; `code` lets an edge map them without parsing messages. All messages are zh + en. */
export class CalendarError extends Error {
  constructor(
    readonly code: 'calendar-coverage' | 'invalid-calendar-input' | 'invalid-calendar-data',
    message: string,
  ) {
    super(message);
    this.name = 'CalendarError';
  }
}

/**
 * A date falls in a year no notice is registered for. The calendar never guesses: before the State
 * Council publishes next year's arrangement (usually in November), nobody knows which days are worked.
 */
export class CalendarCoverageError extends CalendarError {
  constructor(
    readonly year: number,
    readonly coveredYears: readonly number[],
  ) {
    const file = `libs/calendar/src/data/cn-${year}.data.ts`;
    const covered = coveredYears.length > 0 ? coveredYears.join(', ') : '—';
    super(
      'calendar-coverage',
      `没有 ${year} 年的节假日数据;请添加 ${file} 并在 libs/calendar/src/holiday-data.registry.ts 中登记(已覆盖:${coveredYears.join('、') || '无'})。` +
        `No holiday data for ${year}; add ${file} and register it in libs/calendar/src/holiday-data.registry.ts (covered: ${covered}).`,
    );
    this.name = 'CalendarCoverageError';
  }
}

/** A caller passed something the calendar cannot work with (an invalid Date, a negative count, bad office hours). */
export class InvalidCalendarInputError extends CalendarError {
  constructor(zh: string, en: string) {
    super('invalid-calendar-input', `${zh} ${en}`);
    this.name = 'InvalidCalendarInputError';
  }
}

/** Registered holiday data is inconsistent (see holiday-data.validator.ts); `problems` lists every finding. */
export class CalendarDataError extends CalendarError {
  constructor(readonly problems: readonly string[]) {
    super('invalid-calendar-data', `节假日数据不一致 Inconsistent holiday data:\n- ${problems.join('\n- ')}`);
    this.name = 'CalendarDataError';
  }
}
