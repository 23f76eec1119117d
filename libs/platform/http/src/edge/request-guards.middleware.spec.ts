import express, { type NextFunction, type Request, type Response } from 'express';
import request from 'supertest';
import { describeError } from '../errors/http-exception.filter';
import { MAX_BODY_BYTES, MAX_UPLOAD_BYTES, requestShapeMiddleware } from './request-guards.middleware';

/** The request-shape guard alone on express: `passed` when it let the request through. */
function app() {
  const server = express();
  server.use(requestShapeMiddleware());
  server.all('/{*path}', (_req: Request, res: Response) => res.json({ passed: true }));
  server.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const { status, body } = describeError(error, req);
    res.status(status).json(body);
  });
  return server;
}

describe('requestShapeMiddleware and uploads', () => {
  const multipart = 'multipart/form-data; boundary=x';

  it('lets a multipart POST to an attachments path through, up to the upload limit', async () => {
    const reply = await request(app()).post('/api/workflow/applications/a/attachments').set('content-type', multipart).set('content-length', String(MAX_BODY_BYTES + 1)).send('--x--');
    expect(reply.body).toEqual({ passed: true });
    const tooLarge = await request(app()).post('/api/workflow/applications/a/attachments').set('content-type', multipart).set('content-length', String(MAX_UPLOAD_BYTES + 1));
    expect(tooLarge.status).toBe(413);
  });

  it('keeps JSON-only and the 2 MiB limit everywhere else', async () => {
    const elsewhere = await request(app()).post('/api/scenarios').set('content-type', multipart).send('--x--');
    expect(elsewhere.status).toBe(415);
    const put = await request(app()).put('/api/workflow/applications/a/attachments').set('content-type', multipart).send('--x--');
    expect(put.status).toBe(415);
    const large = await request(app()).post('/api/scenarios').set('content-type', 'application/json').set('content-length', String(MAX_BODY_BYTES + 1));
    expect(large.status).toBe(413);
  });
});
