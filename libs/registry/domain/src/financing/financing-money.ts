import { z } from 'zod';
import { MAX_FEN } from '../money';

/*
 * Money in the financing slice is integer fen (分), like everywhere else (see ../money.ts): the API takes and answers
 * `amountFen` as a JSON integer, the database keeps bigint, and totals are answered as decimal strings of fen (a sum
 * may pass 2^53).
 */

/** 1 万亿元 (10^12 yuan) in fen: no single loan, policy or co-investment of a scenario is larger. */
export const MAX_FINANCING_FEN = MAX_FEN;

/** An amount in integer fen: positive, whole, at most MAX_FINANCING_FEN; messages are zh then en. The size check comes first, so 1e300 is "too large", not "a fraction". */
export const amountFen = () =>
  z
    .number({ error: '金额应为整数（分） amountFen must be an integer number of fen' })
    .max(MAX_FINANCING_FEN, '金额过大：单笔不超过 1 万亿元 amountFen too large: at most 1 万亿元 (10^14 fen) per record')
    .int('金额应为整数分，不能有小数 amountFen must be a whole number of fen (no fractions of a fen)')
    .positive('金额应大于 0 amountFen must be more than 0');
