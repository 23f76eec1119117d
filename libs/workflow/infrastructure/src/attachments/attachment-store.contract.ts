import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import type { AttachmentStore } from '@scq/workflow-application';

/** What every attachment store does, run against each adapter (jest's describe/it, so a test file calls it). */
export function attachmentStoreContract(name: string, make: () => AttachmentStore | Promise<AttachmentStore>): void {
  describe(`${name}: the attachment store contract`, () => {
    let store: AttachmentStore;
    beforeAll(async () => {
      store = await make();
    });

    it('gives back what was put, as a stream with its media type and size', async () => {
      await store.put('applications/a/1', new Uint8Array(Buffer.from('%PDF-1.7 申报书')), { mediaType: 'application/pdf', size: Buffer.byteLength('%PDF-1.7 申报书') });
      const object = await store.get('applications/a/1');
      expect(object).toMatchObject({ mediaType: 'application/pdf', size: Buffer.byteLength('%PDF-1.7 申报书') });
      expect(await text(object!.body)).toBe('%PDF-1.7 申报书');
    });

    it('takes a stream as well as bytes, and replaces an object put again under its key', async () => {
      await store.put('applications/a/2', Readable.from([Buffer.from('first')]), { mediaType: 'image/png', size: 5 });
      await store.put('applications/a/2', Readable.from([Buffer.from('second')]), { mediaType: 'image/png', size: 6 });
      expect(await text((await store.get('applications/a/2'))!.body)).toBe('second');
    });

    it('answers null for a key with nothing under it, and deletes idempotently', async () => {
      expect(await store.get('applications/a/none')).toBeNull();
      await store.put('applications/a/3', new Uint8Array([1, 2, 3]), { mediaType: 'application/zip', size: 3 });
      await store.delete('applications/a/3');
      await store.delete('applications/a/3');
      expect(await store.get('applications/a/3')).toBeNull();
    });
  });
}
