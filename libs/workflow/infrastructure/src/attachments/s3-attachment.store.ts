import { Readable } from 'node:stream';
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
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

/**
 * The AWS SDK, required when an S3 store is made: it adds ~20 MiB resident, and most processes (the embedded host,
 * every service but the workflow) never store attachments in S3.
 */
const sdk = () => require('@aws-sdk/client-s3') as typeof import('@aws-sdk/client-s3');

/** Attachments in an S3-compatible bucket (production: MinIO or a cloud object store), one object per key. */
export class S3AttachmentStore implements AttachmentStore {
  readonly client: S3Client;
  private readonly s3 = sdk();

  constructor(private readonly options: S3StoreOptions) {
    this.client = new this.s3.S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.credentials,
      requestHandler: options.requestHandler,
    });
  }

  async put(key: string, body: Readable | Uint8Array, meta: StoredObjectMeta): Promise<void> {
    await this.client.send(new this.s3.PutObjectCommand({ Bucket: this.options.bucket, Key: key, Body: body, ContentType: meta.mediaType, ContentLength: meta.size }));
  }

  async get(key: string): Promise<({ body: Readable } & StoredObjectMeta) | null> {
    try {
      const object = await this.client.send(new this.s3.GetObjectCommand({ Bucket: this.options.bucket, Key: key }));
      if (!object.Body) return null;
      return { body: object.Body as Readable, mediaType: object.ContentType ?? 'application/octet-stream', size: object.ContentLength ?? 0 };
    } catch (error) {
      if (error instanceof this.s3.NoSuchKey || (error instanceof this.s3.S3ServiceException && error.$metadata.httpStatusCode === 404)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new this.s3.DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
  }
}
