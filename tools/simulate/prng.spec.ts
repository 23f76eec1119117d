import { Prng } from './prng';

describe('the seeded generator of the simulator', () => {
  it('draws weighted keys in proportion to their weights, and the same ones for the same seed', () => {
    const weights = { rare: 1, common: 9 };
    const draws = (seed: number) => Array.from({ length: 2000 }, ((prng) => () => prng.weighted(weights))(new Prng(seed)));
    const first = draws(19);
    expect(draws(19)).toEqual(first);
    const rare = first.filter((key) => key === 'rare').length;
    expect(rare).toBeGreaterThan(120);
    expect(rare).toBeLessThan(280);
  });

  it('never draws a key of weight zero', () => {
    const prng = new Prng(7);
    for (let i = 0; i < 500; i++) expect(prng.weighted({ never: 0, always: 1 })).toBe('always');
  });
});
