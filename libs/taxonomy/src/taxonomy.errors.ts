/** Lookup errors of the taxonomy; `code` lets an HTTP edge map them (e.g. to 400/404) without parsing messages. */
export class TaxonomyLookupError extends Error {
  constructor(
    readonly code: 'unknown-taxonomy-version' | 'unknown-aspect' | 'unknown-domain' | 'unknown-unit',
    message: string,
  ) {
    super(message);
    this.name = 'TaxonomyLookupError';
  }
}

const list = (values: readonly string[], separator: string) => values.join(separator);

export class UnknownTaxonomyVersionError extends TaxonomyLookupError {
  constructor(readonly version: string, known: readonly string[]) {
    super(
      'unknown-taxonomy-version',
      `未知的分类版本 "${version}",已知版本:${list(known, '、')}。Unknown taxonomy version "${version}"; known versions: ${list(known, ', ')}.`,
    );
    this.name = 'UnknownTaxonomyVersionError';
  }
}

export class UnknownAspectError extends TaxonomyLookupError {
  constructor(readonly version: string, readonly aspect: string) {
    super('unknown-aspect', `分类版本 ${version} 中没有方面 "${aspect}"。Taxonomy ${version} has no aspect "${aspect}".`);
    this.name = 'UnknownAspectError';
  }
}

export class UnknownDomainError extends TaxonomyLookupError {
  constructor(readonly version: string, readonly domainCode: string) {
    super('unknown-domain', `分类版本 ${version} 中没有领域 "${domainCode}"。Taxonomy ${version} has no domain "${domainCode}".`);
    this.name = 'UnknownDomainError';
  }
}

export class UnknownUnitError extends TaxonomyLookupError {
  constructor(readonly version: string, readonly unit: string) {
    super(
      'unknown-unit',
      `分类版本 ${version} 中没有责任单位 "${unit}"(可用代码、中文简称或别名查询)。Taxonomy ${version} has no unit "${unit}" (look units up by code, zh name or alias).`,
    );
    this.name = 'UnknownUnitError';
  }
}
