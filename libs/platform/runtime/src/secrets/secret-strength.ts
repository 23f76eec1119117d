export const SECRET_MIN_LENGTH = 32;
const MIN_DISTINCT = 12;
// The placeholders deploy files and examples use: a secret that says it must be changed was not.
const PLACEHOLDER = /change[-_ ]?me|placeholder|example|your[-_ ]?secret|replace[-_ ]?(this|me)|^(secret|password|jwt[-_]?secret)$/i;

/** Why a secret is unsafe for production (undefined when it will do): short, a placeholder, or too repetitive. */
export function secretProblem(secret: string): string | undefined {
  if (secret.length < SECRET_MIN_LENGTH) return `is ${secret.length} characters; at least ${SECRET_MIN_LENGTH} are required`;
  if (PLACEHOLDER.test(secret)) return 'is a placeholder';
  if (new Set(secret).size < MIN_DISTINCT) return 'repeats too few characters to be random';
  return undefined;
}
