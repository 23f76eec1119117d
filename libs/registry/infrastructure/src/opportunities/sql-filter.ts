/** Builds a WHERE clause with numbered parameters. */
export class SqlFilter {
  readonly params: unknown[] = [];
  private readonly conditions: string[] = [];

  /** Adds a condition; `$?` in it stands for the parameter's number. */
  add(condition: string, value: unknown): this {
    this.params.push(value);
    this.conditions.push(condition.replaceAll('$?', `$${this.params.length}`));
    return this;
  }

  addRaw(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  get where(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }
}

/** The searchable text of an opportunity (alias `o`): titles, descriptions and capabilities. */
export const OPPORTUNITY_TEXT = `lower(concat_ws(' ', o.title_zh, o.title_en, o.description_zh, o.description_en, array_to_string(o.capabilities, ' ')))`;

/** Each term must occur in `text` (strpos, so `%` and `_` in a query are plain characters). */
export function addTerms(filter: SqlFilter, terms: readonly string[] | undefined, text: (param: string) => string): void {
  for (const term of terms ?? []) filter.addRaw(text(`lower(${filter.param(term)})`));
}
