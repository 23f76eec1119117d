import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FsAttachmentStore } from './fs-attachment.store';
import { attachmentStoreFromEnv } from './attachment-store.env';
import { S3AttachmentStore } from './s3-attachment.store';

const S3 = { S3_BUCKET: 'scq-attachments', S3_ENDPOINT: 'http://minio:9000', S3_ACCESS_KEY_ID: 'scq-workflow', S3_SECRET_ACCESS_KEY: 'q7Vt2mX9pLr4Kz8Wn3Yb6Hc1Jd5Fg0Ts' };

describe('the attachment store from the environment', () => {
  it('uses S3 when a bucket is named, path-style for an endpoint of our own', async () => {
    const store = attachmentStoreFromEnv({ NODE_ENV: 'production', ...S3 });
    expect(store).toBeInstanceOf(S3AttachmentStore);
    expect(await (store as S3AttachmentStore).client.config.forcePathStyle).toBe(true);
  });

  it('reads the secret from a mounted file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'scq-s3-secret-')), 'secret-key');
    writeFileSync(file, `${S3.S3_SECRET_ACCESS_KEY}\n`);
    const store = attachmentStoreFromEnv({ NODE_ENV: 'production', ...S3, S3_SECRET_ACCESS_KEY: undefined, S3_SECRET_ACCESS_KEY_FILE: file }) as S3AttachmentStore;
    expect((await store.client.config.credentials()).secretAccessKey).toBe(S3.S3_SECRET_ACCESS_KEY);
    writeFileSync(file, 'minioadmin');
    expect(() => attachmentStoreFromEnv({ NODE_ENV: 'production', ...S3, S3_SECRET_ACCESS_KEY_FILE: file })).toThrow(/S3_SECRET_ACCESS_KEY/);
  });

  it('uses the folder ATTACHMENTS_DIR, else the embedded default under DATA_DIR', () => {
    expect(attachmentStoreFromEnv({ NODE_ENV: 'production', ATTACHMENTS_DIR: '/var/lib/scq/attachments' })).toBeInstanceOf(FsAttachmentStore);
    expect(attachmentStoreFromEnv({ NODE_ENV: 'production' }, { defaultDir: '/data/attachments' })).toBeInstanceOf(FsAttachmentStore);
  });

  it('stops a production start without a store, with half the credentials, or with a placeholder secret', () => {
    expect(() => attachmentStoreFromEnv({ NODE_ENV: 'production' })).toThrow(/No attachment store: set S3_BUCKET .* or ATTACHMENTS_DIR/);
    expect(() => attachmentStoreFromEnv({ NODE_ENV: 'production', ...S3, S3_SECRET_ACCESS_KEY: undefined })).toThrow(/go together/);
    expect(() => attachmentStoreFromEnv({ NODE_ENV: 'production', ...S3, S3_SECRET_ACCESS_KEY: 'minioadmin' })).toThrow(/S3_SECRET_ACCESS_KEY/);
    expect(() => attachmentStoreFromEnv({ NODE_ENV: 'production', S3_BUCKET: 'b' })).toThrow(/S3_ENDPOINT .* or S3_REGION/);
  });

  it('keeps attachments in a temporary folder, with a warning, outside production', () => {
    const warnings: string[] = [];
    expect(attachmentStoreFromEnv({}, { warn: (message) => warnings.push(message) })).toBeInstanceOf(FsAttachmentStore);
    expect(warnings).toEqual([expect.stringContaining('for this process only')]);
  });
});
