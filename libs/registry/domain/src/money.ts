import { z } from 'zod';

/*
 * Money is integer fen (分) everywhere in the platform, never a floating-point number: budgets, financing, shares of
 * money. The API takes and answers JSON integers named `…Fen`, tables keep bigint, and people type 元 which is
 * converted from its digits (yuanToFen), never through a float multiplication.
 */

/** 1 万亿元 (10^12 yuan) in fen: no budget or single financing of a scenario is larger. */
export const MAX_FEN = 100_000_000_000_000;

const FEN_PER_YUAN = 100n;

/** A budget figure in integer fen: zero or more, whole, at most MAX_FEN; messages are zh then en. */
export const budgetFen = () =>
  z
    .number({ error: '金额应为整数（分） must be an integer number of fen' })
    .max(MAX_FEN, '金额过大：不超过 1 万亿元（10^14 分） too large: at most 1 万亿元 (10^14 fen)')
    .int('金额应为整数分，不能有小数 must be a whole number of fen (no fractions of a fen)')
    .nonnegative('金额不能为负 must not be negative');

/**
 * An amount of 元 as written (`12,345.6`, `100`, `0.01`, or a spreadsheet number) → integer fen, from its digits;
 * null when it is not an amount of yuan with at most two decimals or is larger than MAX_FEN.
 */
export function yuanToFen(input: string | number): number | null {
  const written = typeof input === 'number' ? (Number.isFinite(input) ? numberAsDecimal(input) : '') : input;
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(written.trim().replace(/[,，\s]/g, ''));
  if (!match) return null;
  const fen = BigInt(match[1] ?? '0') * FEN_PER_YUAN + BigInt((match[2] ?? '').padEnd(2, '0'));
  return fen <= BigInt(MAX_FEN) ? Number(fen) : null;
}

/** A number as a plain decimal (no exponent): a spreadsheet cell holds 1e7 for 10000000. */
function numberAsDecimal(value: number): string {
  return Math.abs(value) < 1e21 ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : '';
}
