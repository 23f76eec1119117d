import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { attachmentStoreContract } from './attachment-store.contract';
import { S3AttachmentStore } from './s3-attachment.store';

interface SentRequest {
  method: string;
  hostname: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * A bucket behind the SDK's transport: the S3 client builds, signs and serialises every request itself (its whole
 * middleware stack runs); only the socket is replaced. It records the requests and answers as S3 does, so the adapter
 * is held to the same contract as the filesystem store, and its requests can be read.
 */
function inMemoryBucket() {
  const objects = new Map<string, { body: Buffer; type: string }>();
  const sent: SentRequest[] = [];
  const handler = {
    metadata: { handlerProtocol: 'http/1.1' },
    async handle(request: { method: string; hostname: string; path: string; headers: Record<string, string>; body?: unknown }) {
      const body = request.body === undefined ? Buffer.alloc(0) : request.body instanceof Uint8Array || typeof request.body === 'string' ? Buffer.from(request.body) : await buffer(request.body as Readable);
      sent.push({ method: request.method, hostname: request.hostname, path: request.path, headers: request.headers, body });
      const key = decodeURIComponent(request.path);
      const answer = (statusCode: number, headers: Record<string, string> = {}, content: Buffer = Buffer.alloc(0)) => ({ response: { statusCode, headers, body: Readable.from([content]) } });
      if (request.method === 'PUT') {
        objects.set(key, { body: decodeChunked(body, request.headers), type: request.headers['content-type'] });
        return answer(200, { etag: '"1"' });
      }
      if (request.method === 'DELETE') {
        objects.delete(key);
        return answer(204);
      }
      const found = objects.get(key);
      if (!found) return answer(404, { 'content-type': 'application/xml' }, Buffer.from('<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>'));
      return answer(200, { 'content-type': found.type, 'content-length': String(found.body.length) }, found.body);
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
  };
  return { handler, sent, objects };
}

/** The SDK may send a streamed body `aws-chunked` (with a trailing checksum): the payload is the chunks' data. */
function decodeChunked(body: Buffer, headers: Record<string, string>): Buffer {
  if (!headers['content-encoding']?.includes('aws-chunked')) return body;
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at);
    const size = parseInt(body.subarray(at, lineEnd).toString('latin1').split(';')[0], 16);
    if (!size) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

const options = (handler: unknown) => ({
  bucket: 'scq-attachments',
  endpoint: 'http://minio.test:9000',
  region: 'us-east-1',
  credentials: { accessKeyId: 'test-access-key', secretAccessKey: 'test-secret-key-for-signing-only' },
  forcePathStyle: true,
  requestHandler: handler as never,
});

attachmentStoreContract('S3 (the SDK over an in-memory bucket)', () => new S3AttachmentStore(options(inMemoryBucket().handler)));

describe('S3 attachment store requests', () => {
  it('addresses MinIO path-style, signs with SigV4 and sends the media type and length', async () => {
    const bucket = inMemoryBucket();
    const store = new S3AttachmentStore(options(bucket.handler));
    await store.put('applications/app-1/file-1', new Uint8Array(Buffer.from('%PDF-1.7')), { mediaType: 'application/pdf', size: 8 });
    await store.get('applications/app-1/file-1');
    await store.delete('applications/app-1/file-1');
    expect(bucket.sent.map(({ method, hostname, path }) => ({ method, hostname, path }))).toEqual([
      { method: 'PUT', hostname: 'minio.test', path: '/scq-attachments/applications/app-1/file-1' },
      { method: 'GET', hostname: 'minio.test', path: '/scq-attachments/applications/app-1/file-1' },
      { method: 'DELETE', hostname: 'minio.test', path: '/scq-attachments/applications/app-1/file-1' },
    ]);
    const put = bucket.sent[0];
    expect(put.headers).toMatchObject({ 'content-type': 'application/pdf', 'content-length': '8', authorization: expect.stringMatching(/^AWS4-HMAC-SHA256 Credential=test-access-key\/\d{8}\/us-east-1\/s3\/aws4_request/) });
    expect(put.body.toString()).toBe('%PDF-1.7');
  });

  it('addresses AWS S3 virtual-hosted style without an endpoint', async () => {
    const bucket = inMemoryBucket();
    const store = new S3AttachmentStore({ ...options(bucket.handler), endpoint: undefined, region: 'cn-north-1', forcePathStyle: false });
    await store.delete('applications/x/y');
    expect(bucket.sent[0]).toMatchObject({ hostname: 'scq-attachments.s3.cn-north-1.amazonaws.com.cn', path: '/applications/x/y' });
  });
});
