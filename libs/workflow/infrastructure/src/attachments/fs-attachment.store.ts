import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';
import type { AttachmentStore, StoredObjectMeta } from '@scq/workflow-application';

/**
 * Attachments as files under a folder (embedded mode: `DATA_DIR/attachments`): each object a file and a
 * `.meta.json` beside it, written to a temporary name first and renamed, so a reader never sees half a file.
 */
export class FsAttachmentStore implements AttachmentStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(key: string, body: Readable | Uint8Array, meta: StoredObjectMeta): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${randomUUID()}.part`;
    try {
      await pipeline(body instanceof Uint8Array ? Readable.from([body]) : body, createWriteStream(temporary, { mode: 0o600 }));
      await writeFile(`${path}.meta.json`, JSON.stringify(meta), { mode: 0o600 });
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<({ body: Readable } & StoredObjectMeta) | null> {
    const path = this.pathOf(key);
    const found = await stat(path).catch(() => null);
    if (!found?.isFile()) return null;
    const meta = JSON.parse(await readFile(`${path}.meta.json`, 'utf8')) as StoredObjectMeta;
    return { body: createReadStream(path), mediaType: meta.mediaType, size: found.size };
  }

  async delete(key: string): Promise<void> {
    const path = this.pathOf(key);
    await rm(path, { force: true });
    await rm(`${path}.meta.json`, { force: true });
  }

  /** Keys are the service's own, but a key that would leave the folder is refused all the same. */
  private pathOf(key: string): string {
    const path = resolve(join(this.root, key));
    if (!path.startsWith(this.root + sep)) throw new Error(`attachment key outside the store: ${key}`);
    return path;
  }
}
