import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attachmentStoreContract } from './attachment-store.contract';
import { FsAttachmentStore } from './fs-attachment.store';

const root = mkdtempSync(join(tmpdir(), 'scq-fs-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

attachmentStoreContract('filesystem', () => new FsAttachmentStore(root));

describe('filesystem attachment store', () => {
  it('refuses a key that would leave its folder', async () => {
    const store = new FsAttachmentStore(root);
    await expect(store.put('../outside', new Uint8Array([1]), { mediaType: 'application/pdf', size: 1 })).rejects.toThrow('outside the store');
  });
});
