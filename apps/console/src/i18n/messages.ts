export type Language = 'zh' | 'en';

/**
 * A page's texts in both languages, ICU MessageFormat (`{name}`, `{count, plural, one {# scenario} other {# scenarios}}`);
 * the English table must have exactly the Chinese table's keys. `ns` is the catalogue's i18next namespace (unique).
 */
export interface Messages<K extends string> {
  ns: string;
  zh: Record<K, string>;
  en: Record<K, string>;
}

/** Pure data, no i18next here: catalogues stay importable by unit tests and cost a page chunk nothing extra. */
export function defineMessages<K extends string>(ns: string, tables: Omit<Messages<K>, 'ns'>): Messages<K> {
  return { ns, ...tables };
}

/** `{name}` placeholders (and ICU plurals, selects) filled from `values`. */
export type Translate<K extends string> = (key: K, values?: Record<string, string | number>) => string;
