/*
 * Money on screen, from integer fen (分) as the API answers it (a JSON integer, or a decimal string for totals), with
 * BigInt arithmetic only: no float ever touches an amount, so 0.1 + 0.2 troubles cannot appear.
 */

const FEN_PER_YUAN = 100n;
const FEN_PER_WAN = 1_000_000n;

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function toBigInt(fen: number | string | bigint): bigint {
  if (typeof fen === 'bigint') return fen;
  if (typeof fen === 'number' && !Number.isSafeInteger(fen)) throw new RangeError(`not a whole number of fen: ${fen}`);
  if (typeof fen === 'string' && !/^-?\d+$/.test(fen)) throw new RangeError(`not a whole number of fen: ${fen}`);
  return BigInt(fen);
}

/** `1234567` fen → `12,345.67` (元, two decimals, exact). */
export function formatYuan(fen: number | string | bigint): string {
  const value = toBigInt(fen);
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  const cents = (abs % FEN_PER_YUAN).toString().padStart(2, '0');
  return `${sign}${groupThousands((abs / FEN_PER_YUAN).toString())}.${cents}`;
}

/** `1234567` fen → `1.23` (万元, two decimals, rounded half up on the integer). */
export function formatWan(fen: number | string | bigint): string {
  const value = toBigInt(fen);
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  // Hundredths of 万元 = fen / 10,000, rounded half up.
  const hundredths = (abs + 5_000n) / 10_000n;
  return `${sign}${groupThousands((hundredths / 100n).toString())}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}

/** Whether an amount reads better in 万元 (at least 1 万元). */
export function isWanScale(fen: number | string | bigint): boolean {
  const value = toBigInt(fen);
  return (value < 0n ? -value : value) >= FEN_PER_WAN;
}

/** An amount as people read it: 万元 from 1 万元 on in Chinese, 元 below; `¥12,345.67` in English. */
export function moneyText(fen: number | string | bigint, language: 'zh' | 'en'): string {
  if (language === 'en') return `¥${formatYuan(fen)}`;
  return isWanScale(fen) ? `${formatWan(fen)} 万元` : `${formatYuan(fen)} 元`;
}

/** Integer fen → 元 as a person edits it in a field (`1234.5` → `1234.50`, whole yuan without decimals, no separators). */
export function yuanInput(fen: number | undefined): string {
  if (fen === undefined) return '';
  const text = formatYuan(fen).replace(/,/g, '');
  return text.endsWith('.00') ? text.slice(0, -3) : text;
}

/**
 * A money field as the API takes it: empty → undefined, 元 with at most two decimals → integer fen; anything else as
 * typed (the server names the field, and the field shows `isYuanTyped`'s message first).
 */
export function fenOfTyped(input: string): number | undefined {
  if (input.trim() === '') return undefined;
  return parseYuanToFen(input) ?? (input as unknown as number);
}

/** Whether a money field holds nothing or an amount of 元 (at most two decimals). */
export function isYuanTyped(input: string): boolean {
  return input.trim() === '' || parseYuanToFen(input) !== null;
}

/**
 * What a person typed in 元 (`12,345.6`, `100`, `0.01`) → integer fen, converted from the digits (never through a float);
 * null when it is not an amount of yuan with at most two decimals.
 */
export function parseYuanToFen(input: string): number | null {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(input.trim().replace(/[,，\s]/g, ''));
  if (!match) return null;
  const fen = BigInt(match[1] ?? '0') * FEN_PER_YUAN + BigInt((match[2] ?? '').padEnd(2, '0'));
  return fen <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(fen) : null;
}
