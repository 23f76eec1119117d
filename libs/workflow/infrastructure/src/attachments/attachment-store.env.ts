import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { envField, secretProblem } from '@scq/platform-runtime';
import type { AttachmentStore } from '@scq/workflow-application';
import { FsAttachmentStore } from './fs-attachment.store';
import { S3AttachmentStore } from './s3-attachment.store';

/** Where application attachments are kept (docs/architecture.md ("Application files"), deploy/README.md). */
export const attachmentStoreEnvSchema = z.object({
  ATTACHMENTS_DIR: envField.text(),
  S3_ENDPOINT: envField.httpUrl(),
  S3_BUCKET: envField.text(),
  S3_REGION: envField.text(),
  S3_ACCESS_KEY_ID: envField.text(),
  S3_SECRET_ACCESS_KEY: envField.text(),
  S3_SECRET_ACCESS_KEY_FILE: envField.text(),
  S3_FORCE_PATH_STYLE: envField.flag(),
});

export interface AttachmentStoreEnvOptions {
  /** The folder used when neither S3 nor ATTACHMENTS_DIR is configured (embedded mode: `DATA_DIR/attachments`). */
  defaultDir?: string;
  warn?: (message: string) => void;
}

/**
 * S3 when `S3_BUCKET` is set; else the folder `ATTACHMENTS_DIR`, else `defaultDir`. In production nothing else:
 * a start without a configured store stops, as does an S3 secret that is short or a placeholder. Elsewhere a
 * temporary folder for this process only, with a warning.
 */
export function attachmentStoreFromEnv(env: NodeJS.ProcessEnv, options: AttachmentStoreEnvOptions = {}): AttachmentStore {
  const production = env.NODE_ENV === 'production';
  if (env.S3_BUCKET) {
    const accessKeyId = env.S3_ACCESS_KEY_ID;
    // A mounted secret (compose's gateway-secret job makes one; Kubernetes mounts a Secret) wins over the variable.
    const secretAccessKey = env.S3_SECRET_ACCESS_KEY_FILE ? readFileSync(env.S3_SECRET_ACCESS_KEY_FILE, 'utf8').trim() : env.S3_SECRET_ACCESS_KEY;
    if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (or …_FILE) go together (or neither, for the SDK\'s default credentials)');
    const problem = secretAccessKey && production ? secretProblem(secretAccessKey) : undefined;
    if (problem) throw new Error(`S3_SECRET_ACCESS_KEY ${problem}`);
    if (!env.S3_ENDPOINT && !env.S3_REGION) throw new Error('S3_BUCKET needs S3_ENDPOINT (an S3-compatible store such as MinIO) or S3_REGION (AWS S3)');
    return new S3AttachmentStore({
      bucket: env.S3_BUCKET,
      endpoint: env.S3_ENDPOINT || undefined,
      region: env.S3_REGION || 'us-east-1',
      credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
      // MinIO (any endpoint of our own) wants path-style addressing unless told otherwise.
      forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === 'true' : Boolean(env.S3_ENDPOINT),
    });
  }
  const dir = env.ATTACHMENTS_DIR || options.defaultDir;
  if (dir) return new FsAttachmentStore(dir);
  if (production) throw new Error('没有附件存储 No attachment store: set S3_BUCKET (with S3_ENDPOINT or S3_REGION, and credentials) or ATTACHMENTS_DIR when NODE_ENV=production');
  const temporary = mkdtempSync(join(tmpdir(), 'scq-attachments-'));
  options.warn?.(`附件仅保存在临时目录 Neither S3_BUCKET nor ATTACHMENTS_DIR is set: attachments are kept in ${temporary} for this process only`);
  return new FsAttachmentStore(temporary);
}
