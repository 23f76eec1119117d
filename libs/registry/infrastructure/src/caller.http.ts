import { callerFromHeaders as readCaller, requireCaller as readRequiredCaller, type Caller } from '@scq/platform-observability';
import { canonicalUnitName } from '@scq/taxonomy';

type HeaderMap = Record<string, string | string[] | undefined>;

/** The registry's callers, units spelled as the taxonomy writes them. */
export function callerFromHeaders(headers: HeaderMap): Caller | null {
  return readCaller(headers, canonicalUnitName);
}

export function requireCaller(headers: HeaderMap): Caller {
  return readRequiredCaller(headers, canonicalUnitName);
}
