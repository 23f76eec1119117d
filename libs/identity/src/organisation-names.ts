import { normaliseUscc } from './uscc';

/** What a service knows of one of the directory's organisations (from `identity.organisation.changed`). */
export interface KnownOrganisationName {
  name: string;
  aliases: readonly string[];
  uscc: string | null;
}

/** How a typed name is looked for among the known ones: case-insensitively, and as a 统一社会信用代码 without spaces. */
export function organisationLookupKeys(typed: string): { name: string; uscc: string } {
  const trimmed = typed.trim();
  return { name: trimmed.toLowerCase(), uscc: normaliseUscc(trimmed) };
}

/**
 * The directory's name of the organisation a typed name means: its name, one of its aliases (case-insensitive) or its
 * 统一社会信用代码; a name the directory does not know is kept as typed (trimmed). A name is matched before an alias,
 * an alias before a code, so two organisations never both claim a spelling (the directory refuses such clashes anyway).
 */
export function canonicalOrganisationName(typed: string, known: readonly KnownOrganisationName[]): string {
  const trimmed = typed.trim();
  if (trimmed === '') return trimmed;
  const keys = organisationLookupKeys(trimmed);
  const byName = known.find((organisation) => organisation.name.toLowerCase() === keys.name);
  const byAlias = known.find((organisation) => organisation.aliases.some((alias) => alias.trim().toLowerCase() === keys.name));
  const byCode = known.find((organisation) => organisation.uscc !== null && organisation.uscc === keys.uscc);
  return (byName ?? byAlias ?? byCode)?.name ?? trimmed;
}
