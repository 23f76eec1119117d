import { fenOfTyped, formatWan, formatYuan, isWanScale, isYuanTyped, moneyText, parseYuanToFen, yuanInput } from './money';

describe('money from integer fen', () => {
  it('formats 元 exactly, with thousands and two decimals', () => {
    expect(formatYuan(1_234_567)).toBe('12,345.67');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan('90071992547409')).toBe('900,719,925,474.09');
    // Beyond 2^53: a decimal string of fen stays exact.
    expect(formatYuan('123456789012345678')).toBe('1,234,567,890,123,456.78');
  });

  it('formats 万元 with integer rounding, half up', () => {
    expect(formatWan(1_234_567)).toBe('1.23');
    expect(formatWan(1_235_000)).toBe('1.24');
    expect(formatWan(30)).toBe('0.00');
    expect(formatWan('10000000000')).toBe('10,000.00');
    expect(isWanScale(999_999)).toBe(false);
    expect(isWanScale(1_000_000)).toBe(true);
  });

  it('reads typed 元 as whole fen without floating point (0.1 + 0.2 is 30 fen)', () => {
    expect(parseYuanToFen('0.1')! + parseYuanToFen('0.2')!).toBe(30);
    expect(parseYuanToFen('12,345.67')).toBe(1_234_567);
    expect(parseYuanToFen('100')).toBe(10_000);
    expect(parseYuanToFen('1.005')).toBeNull();
    expect(parseYuanToFen('-1')).toBeNull();
    expect(parseYuanToFen('abc')).toBeNull();
  });

  it('refuses a fraction of a fen', () => {
    expect(() => formatYuan(1.5)).toThrow(RangeError);
  });

  it('shows an amount in 万元 or 元 by its size, and in ¥ in English', () => {
    expect(moneyText(50_000_000, 'zh')).toBe('50.00 万元');
    expect(moneyText(999_999, 'zh')).toBe('9,999.99 元');
    expect(moneyText(50_000_000, 'en')).toBe('¥500,000.00');
  });

  it('puts fen back into a field as 元 and reads a field back into fen, leaving what is not 元 for the server to name', () => {
    expect(yuanInput(123_456_700)).toBe('1234567');
    expect(yuanInput(29)).toBe('0.29');
    expect(yuanInput(undefined)).toBe('');
    expect(fenOfTyped('1,234,567')).toBe(123_456_700);
    expect(fenOfTyped(' ')).toBeUndefined();
    expect(fenOfTyped('1.234')).toBe('1.234');
    expect(isYuanTyped('1.234')).toBe(false);
    expect(isYuanTyped('')).toBe(true);
  });
});
