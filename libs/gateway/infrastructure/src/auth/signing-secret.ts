import { randomBytes } from 'node:crypto';
import { keptInFile } from './key-files';

const MIN_LENGTH = 32;
const MIN_DISTINCT = 12;
// The placeholders deploy files and examples use: a secret that says it must be changed was not.
const PLACEHOLDER = /change[-_ ]?me|placeholder|example|your[-_ ]?secret|replace[-_ ]?(this|me)|^(secret|password|jwt[-_]?secret)$/i;

/** Why a signing secret is unsafe for production (undefined when it will do): short, a placeholder, or too repetitive. */
export function signingSecretProblem(secret: string): string | undefined {
  if (secret.length < MIN_LENGTH) return `is ${secret.length} characters; at least ${MIN_LENGTH} are required`;
  if (PLACEHOLDER.test(secret)) return 'is a placeholder';
  if (new Set(secret).size < MIN_DISTINCT) return 'repeats too few characters to be random';
  return undefined;
}

/** The signing secret kept in `file` (created, readable by this user only, the first time), so tokens outlive a restart. */
export function storedSigningSecret(file: string): string {
  return keptInFile(
    file,
    () => randomBytes(48).toString('base64'),
    (text) => (text.length >= MIN_LENGTH ? text : undefined),
  );
}
