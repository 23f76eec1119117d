/** An opaque page cursor over (sort key, id); the sort key is a timestamp or a date as text. */
export function encodeKeysetCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

export function decodeKeysetCursor(cursor: string): { key: string; id: string } | null {
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [unknown, unknown];
    if (typeof key !== 'string' || Number.isNaN(Date.parse(key)) || typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) return null;
    return { key, id };
  } catch {
    return null;
  }
}

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
