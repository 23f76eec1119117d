import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client, S3ServiceException, type S3ClientConfig } from '@aws-sdk/client-s3';
import type { AttachmentStore, StoredObjectMeta } from '@scq/workflow-application';

export interface S3StoreOptions {
  bucket: string;
  /** An S3-compatible endpoint (MinIO: `http://minio:9000`); absent: AWS S3 in `region`. */
  endpoint?: string;
  region: string;
  /** Absent: the SDK's default chain (environment, instance or pod role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** `bucket` in the path rather than the host name: MinIO and most S3-compatible stores want it. */
  forcePathStyle: boolean;
  /** Tests: the SDK's transport (the signing and request building stay the SDK's). */
  requestHandler?: S3ClientConfig['requestHandler'];
}

/** Attachments in an S3-compatible bucket (production: MinIO or a cloud object store), one object per key. */
export class S3AttachmentStore implements AttachmentStore {
  readonly client: S3Client;

  constructor(private readonly options: S3StoreOptions) {
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.credentials,
      requestHandler: options.requestHandler,
    });
  }

  async put(key: string, body: Readable | Uint8Array, meta: StoredObjectMeta): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.options.bucket, Key: key, Body: body, ContentType: meta.mediaType, ContentLength: meta.size }));
  }

  async get(key: string): Promise<({ body: Readable } & StoredObjectMeta) | null> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: key }));
      if (!object.Body) return null;
      return { body: object.Body as Readable, mediaType: object.ContentType ?? 'application/octet-stream', size: object.ContentLength ?? 0 };
    } catch (error) {
      if (error instanceof NoSuchKey || (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
  }
}
