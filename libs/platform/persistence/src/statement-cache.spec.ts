import { StatementCache } from './statement-cache';

describe('StatementCache', () => {
  it('builds a shape once and hands back the same text', () => {
    const cache = new StatementCache();
    let builds = 0;
    const build = () => `SELECT ${++builds}`;
    expect(cache.get('a', build)).toBe('SELECT 1');
    expect(cache.get('a', build)).toBe('SELECT 1');
    expect(cache.get('b', build)).toBe('SELECT 2');
    expect(builds).toBe(2);
  });

  it('keeps at most its limit of shapes and builds the others on every call', () => {
    const cache = new StatementCache(2);
    let builds = 0;
    for (const shape of ['a', 'b', 'c', 'c', 'a', 'b']) cache.get(shape, () => `${shape}${++builds}`);
    expect(builds).toBe(4);
    expect(cache.get('a', () => 'rebuilt')).toBe('a1');
    expect(cache.get('c', () => 'rebuilt')).toBe('rebuilt');
  });
});
