/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet without I, O, Z, S and V. The 18th is a
 * check character: 31 − (Σ value(cᵢ) × wᵢ mod 31), with wᵢ = 3^(i−1) mod 31, and 31 written as 0.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type UsccProblem = 'length' | 'characters' | 'check-digit';

/** Upper-cases and removes spaces, as people copy codes from certificates. */
export function normaliseUscc(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

export function usccCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, char, index) => total + ALPHABET.indexOf(char) * WEIGHTS[index], 0);
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Why a (normalised) code is not a valid 统一社会信用代码; null when it is. */
export function usccProblem(code: string): UsccProblem | null {
  if (code.length !== 18) return 'length';
  if (!SHAPE.test(code)) return 'characters';
  return usccCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'check-digit';
}

export const USCC_MESSAGES: Record<UsccProblem, string> = {
  length: '统一社会信用代码应为 18 位 a unified social credit code has 18 characters',
  characters: '统一社会信用代码含有无效字符（不使用 I、O、Z、S、V） the code has characters a unified social credit code never uses (I, O, Z, S, V)',
  'check-digit': '统一社会信用代码校验位不符 the check character does not match: the code is mistyped',
};
