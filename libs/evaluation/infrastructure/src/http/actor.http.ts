import type { Actor } from '@scq/platform-lifecycle';
import { callerFromHeaders, requireCaller } from '@scq/platform-observability';
import { canonicalUnitName } from '@scq/taxonomy';

type HeaderMap = Record<string, string | string[] | undefined>;

/** The caller as an engine actor, units spelled as the taxonomy writes them. */
export function actorFromHeaders(headers: HeaderMap): Actor | null {
  return callerFromHeaders(headers, canonicalUnitName);
}

export function requireActor(headers: HeaderMap): Actor {
  return requireCaller(headers, canonicalUnitName);
}
