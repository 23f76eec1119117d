import { TokenCache } from './token-cache';

describe('TokenCache: tokens remembered until their own deadline, a bounded number at a time', () => {
  it('answers until the deadline, then forgets; a deadline already passed is not remembered', () => {
    let now = 1_000;
    const cache = new TokenCache<string>(10, () => now);
    cache.set('a', 'alice', 2_000);
    cache.set('gone', 'late', 1_000);
    expect(cache.get('a')).toBe('alice');
    expect(cache.get('gone')).toBeUndefined();
    now = 2_000;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('forgets the oldest when full', () => {
    const cache = new TokenCache<number>(2, () => 0);
    cache.set('one', 1, 10);
    cache.set('two', 2, 10);
    cache.set('three', 3, 10);
    expect([cache.get('one'), cache.get('two'), cache.get('three')]).toEqual([undefined, 2, 3]);
  });
});
