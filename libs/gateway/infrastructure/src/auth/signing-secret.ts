import { randomBytes } from 'node:crypto';
import { keptInFile, SECRET_MIN_LENGTH } from '@scq/platform-runtime';

/** The signing secret kept in `file` (created, readable by this user only, the first time), so tokens outlive a restart. */
export function storedSigningSecret(file: string): string {
  return keptInFile(
    file,
    () => randomBytes(48).toString('base64'),
    (text) => (text.length >= SECRET_MIN_LENGTH ? text : undefined),
  );
}
