import type { HolidayYear } from './calendar.types';
import { cn2025 } from './data/cn-2025.data';
import { cn2026 } from './data/cn-2026.data';

/**
 * The registered years, ascending. To add a year (docs/calendar.md, "Adding a year"): write
 * `data/cn-YYYY.data.ts` from the State Council notice and add ONE line below. holiday-data.spec.ts
 * then checks it against the consistency rules (holiday-data.validator.ts).
 */
export const registeredHolidayYears: readonly HolidayYear[] = [
  cn2025,
  cn2026,
];
