/**
 * Search parameters stay plain strings, as the console's URLs always were (`?year=2026&status=draft`): TanStack
 * Router's default would write JSON (`?year=%222026%22`) and break shared and bookmarked links.
 */
export type StringSearch<K extends string> = Partial<Record<K, string>>;

export function parseSearch(searchStr: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(searchStr));
}

export function stringifySearch(search: Record<string, unknown>): string {
  const entries = Object.entries(search).filter((entry): entry is [string, string | number | boolean] => ['string', 'number', 'boolean'].includes(typeof entry[1]) && entry[1] !== '');
  const query = new URLSearchParams(entries.map(([key, value]) => [key, String(value)])).toString();
  return query ? `?${query}` : '';
}

/** A route's `validateSearch`: the named keys, as strings, nothing else. */
export function stringSearch<K extends string>(...keys: K[]): (raw: Record<string, unknown>) => StringSearch<K> {
  return (raw) => {
    const search: StringSearch<K> = {};
    for (const key of keys) {
      const value = raw[key];
      if (typeof value === 'string' && value !== '') search[key] = value;
      else if (typeof value === 'number') search[key] = String(value);
    }
    return search;
  };
}

/** `navigate({ search: patch({ year: '2026', status: null }) })`: replaces some keys and keeps the others; null or '' removes one. */
export function patch<S extends object>(changes: { [K in keyof NoInfer<S>]?: string | null }): (previous: S) => S {
  return (previous) => {
    const next = { ...previous } as Record<string, unknown>;
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === undefined || value === '') delete next[key];
      else next[key] = value;
    }
    return next as S;
  };
}
