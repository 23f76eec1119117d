import { formatBasisPoints, parsePercentToBasisPoints } from './benefit-sharing.model';

describe('benefit-sharing shares typed in % and sent as integer basis points', () => {
  it('reads percentages with at most two decimals from their digits, never through a float', () => {
    expect(['40', '12.5', '33.33', '0.01', '100', ' 45 %', '0.29'].map(parsePercentToBasisPoints)).toEqual([4000, 1250, 3333, 1, 10000, 4500, 29]);
  });

  it('refuses what is not such a percentage', () => {
    expect(['', '0', '100.01', '12.345', '-5', 'abc', '1e2', '40,5'].map(parsePercentToBasisPoints)).toEqual([null, null, null, null, null, null, null, null]);
  });

  it('formats basis points back exactly', () => {
    expect([4000, 1250, 3333, 1, 10000, 29].map(formatBasisPoints)).toEqual(['40%', '12.5%', '33.33%', '0.01%', '100%', '0.29%']);
  });
});
