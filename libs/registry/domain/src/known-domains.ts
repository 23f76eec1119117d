import { domains, taxonomyVersions } from '@scq/taxonomy';

let codes: ReadonlySet<string> | undefined;

/** Every domain code of every taxonomy version (a code stays valid for what was filed under an earlier version). */
export function knownDomainCodes(): ReadonlySet<string> {
  codes ??= new Set(taxonomyVersions().flatMap((version) => domains(version).map((domain) => domain.code)));
  return codes;
}
