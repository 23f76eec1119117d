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
