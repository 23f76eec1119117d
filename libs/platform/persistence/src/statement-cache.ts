/**
 * Statement texts built once per shape: the pg adapter names each prepared statement by its text, and a hot statement
 * (a transition's write, the outbox rows riding in it) should not be concatenated again on every call. At most `limit`
 * shapes are kept; any more are built per call.
 */
export class StatementCache {
  private readonly built = new Map<string, string>();

  constructor(private readonly limit = 64) {}

  get(shape: string, build: () => string): string {
    let sql = this.built.get(shape);
    if (sql === undefined) {
      sql = build();
      if (this.built.size < this.limit) this.built.set(shape, sql);
    }
    return sql;
  }
}
