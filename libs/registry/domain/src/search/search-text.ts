/**
 * Chinese + English search text (DESIGN §8): most Chinese words are two characters, shorter than a trigram,
 * so text is indexed as character BIGRAMS of every run of Han characters, plus lower-cased Latin words.
 *
 * This module is the single definition of the tokenisation. The SQL function `registry.search_terms`
 * (search.migrations.ts) is a line-by-line port of `indexTerms` below, and a test proves the two agree on
 * PostgreSQL and PGlite. Change one, change both (and re-index in a migration).
 *
 *   text     → NFKC (full-width ＡＩ → AI, compatibility ideographs → unified), lower case
 *   runs     → maximal runs of Han characters, and of [a-z0-9]; everything else separates
 *   Han run  → its bigrams, then its LAST character alone (so a one-character query finds a character at
 *              the end of a run: `药` as prefix matches 药品/药店 and, via the unigram, 中药)
 *   Latin    → the word
 */

/** Han ideographs: CJK Unified (+ Extension A), compatibility ideographs, Extensions B… (astral). */
export const HAN_CHARACTERS = '\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{2FA1F}';

const RUN = new RegExp(`[${HAN_CHARACTERS}]+|[a-z0-9]+`, 'gu');
const LATIN = /^[a-z0-9]/;

/** At most this many characters of a query are looked at (a query is a few words, not a document). */
export const MAX_QUERY_LENGTH = 200;

export interface TextRun {
  kind: 'han' | 'latin';
  text: string;
}

export function normalizeSearchText(input: string): string {
  return input.normalize('NFKC').toLowerCase();
}

/** The runs of Han characters and of Latin letters/digits, in order. */
export function textRuns(input: string | null | undefined): TextRun[] {
  if (!input) return [];
  return [...normalizeSearchText(input).matchAll(RUN)].map((m) => ({ kind: LATIN.test(m[0]) ? 'latin' : 'han', text: m[0] }));
}

/** The characters of a Han run (astral ideographs count as one). */
function characters(run: string): string[] {
  return Array.from(run);
}

/** The bigrams of a Han run; a one-character run is its own term. */
export function bigrams(run: string): string[] {
  const chars = characters(run);
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/**
 * The terms the index holds for a text, in order, with '' between runs (a position gap, so a phrase never
 * spans two runs). Mirrors `registry.search_terms(text)`.
 */
export function indexTerms(input: string | null | undefined): string[] {
  const terms: string[] = [];
  for (const run of textRuns(input)) {
    if (run.kind === 'latin') {
      terms.push(run.text);
    } else {
      const chars = characters(run.text);
      for (let i = 0; i < chars.length - 1; i++) terms.push(chars[i] + chars[i + 1]);
      terms.push(chars[chars.length - 1]);
    }
    terms.push('');
  }
  return terms;
}

/**
 * The set of features two texts are compared on (duplicate detection): Han bigrams (a lone character
 * stands for itself) and Latin words. Run-final unigrams are left out: they add noise, not evidence.
 */
export function shingles(input: string | null | undefined): Set<string> {
  const out = new Set<string>();
  for (const run of textRuns(input)) {
    if (run.kind === 'latin') out.add(run.text);
    else for (const b of bigrams(run.text)) out.add(b);
  }
  return out;
}

/** A parsed search query: what the user typed, as the index understands it. */
export interface TextQuery {
  /** PostgreSQL tsquery text (the input syntax, never re-parsed by a text-search parser); null = no text condition. */
  tsquery: string | null;
  /** The terms, for the response and for debugging: Han runs as phrases of bigrams, Latin words as prefixes. */
  terms: Array<{ kind: 'phrase' | 'han-prefix' | 'prefix'; text: string; lexemes: string[] }>;
}

/**
 * Every word of the query must match (AND):
 * - a Han run of two or more characters → its bigrams as a PHRASE (`'无人' <-> '人配' <-> '配送'`): adjacent, in
 *   order, so 无人配送 matches 园区无人配送示范 but not 无人机巡检 — the same answer as `LIKE '%无人配送%'`;
 * - a single Han character → prefix `'药':*` (bigrams starting with it, and the run-final unigram);
 * - a Latin word → prefix `'drone':*` (drone, drones).
 */
export function parseTextQuery(input: string | null | undefined): TextQuery {
  const runs = textRuns((input ?? '').slice(0, MAX_QUERY_LENGTH));
  const terms: TextQuery['terms'] = [];
  const seen = new Set<string>();
  for (const run of runs) {
    if (seen.has(`${run.kind}:${run.text}`)) continue;
    seen.add(`${run.kind}:${run.text}`);
    if (run.kind === 'latin') terms.push({ kind: 'prefix', text: run.text, lexemes: [run.text] });
    else if (characters(run.text).length === 1) terms.push({ kind: 'han-prefix', text: run.text, lexemes: [run.text] });
    else terms.push({ kind: 'phrase', text: run.text, lexemes: bigrams(run.text) });
  }
  if (terms.length === 0) return { tsquery: null, terms };
  const parts = terms.map((term) => {
    if (term.kind === 'phrase') return term.lexemes.length === 1 ? lexeme(term.lexemes[0]) : `(${term.lexemes.map(lexeme).join(' <-> ')})`;
    return `${lexeme(term.lexemes[0])}:*`;
  });
  return { tsquery: parts.join(' & '), terms };
}

/**
 * A tsquery that matches texts sharing ANY of the given features (candidate retrieval for duplicates).
 * Returns null for an empty set.
 */
export function anyOfQuery(features: Iterable<string>): string | null {
  const parts = [...features].map(lexeme);
  return parts.length ? parts.join(' | ') : null;
}

/** A lexeme in tsquery/tsvector input syntax. Terms are [a-z0-9]+ or Han, but quote defensively anyway. */
export function lexeme(term: string): string {
  return `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
