import { benefitSharingInputSchema, formatBasisPoints } from './benefit-sharing';

describe('benefit sharing shares (integer basis points)', () => {
  it('formats basis points exactly', () => {
    expect([10000, 1250, 3333, 5, 0].map(formatBasisPoints)).toEqual(['100%', '12.5%', '33.33%', '0.05%', '0%']);
  });

  const body = (shares: number[]) => ({
    parties: shares.map((shareBasisPoints, i) => ({ name: `单位${i}`, role: 'supplier', shareBasisPoints })),
    basis: '按投入比例',
    effectiveFrom: '2026-01-01',
  });

  it('accepts shares adding up to exactly 10000 and refuses 9999, 10001 and fractions', () => {
    expect(benefitSharingInputSchema.safeParse(body([3334, 3333, 3333])).success).toBe(true);
    for (const shares of [[3333, 3333, 3333], [5001, 5000], [5000.5, 4999.5]]) {
      const parsed = benefitSharingInputSchema.safeParse(body(shares));
      expect(parsed.success).toBe(false);
    }
  });
});
