import express, { type NextFunction, type Request, type Response } from 'express';
import request from 'supertest';
import { describeError } from '../errors/http-exception.filter';
import { jsonBodyMiddleware } from './json-body.middleware';

/** The JSON body middleware alone on express: what a controller would see as its body, or the refusal. */
function app() {
  const server = express();
  server.use(jsonBodyMiddleware((path) => path.startsWith('/forwarded')));
  server.all('/{*path}', (req: Request, res: Response) => res.json({ body: req.body === undefined ? 'undefined' : req.body, streamUnread: req.readable }));
  server.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const { status, body } = describeError(error, req);
    res.status(status).json(body);
  });
  return server;
}

describe('jsonBodyMiddleware', () => {
  it('parses JSON bodies', async () => {
    const reply = await request(app()).post('/x').set('content-type', 'application/json').send('{"a":1}');
    expect(reply.body).toEqual({ body: { a: 1 }, streamUnread: false });
  });

  it('reads an empty body as no body, never as {} (a PUT without a body must not reset anything)', async () => {
    const withLength = await request(app()).put('/x').set('content-type', 'application/json').set('content-length', '0');
    expect(withLength.body.body).toBe('undefined');
    const chunked = await request(app()).put('/x').set('content-type', 'application/json').set('transfer-encoding', 'chunked').send('');
    expect(chunked.body.body).toBe('undefined');
  });

  it('refuses malformed JSON and oversized bodies in its own words', async () => {
    const malformed = await request(app()).post('/x').set('content-type', 'application/json').send('{"a":');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual({ code: 'MALFORMED_JSON', message: '请求体不是有效的 JSON Request body is not valid JSON' });
    const huge = await request(app()).post('/x').set('content-type', 'application/json').send(JSON.stringify({ a: 'x'.repeat(3 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('leaves the bodies of forwarded paths unread, for the proxy to stream on', async () => {
    const reply = await request(app()).post('/forwarded/x').set('content-type', 'application/json').send('{"a":1}');
    expect(reply.body).toEqual({ body: 'undefined', streamUnread: true });
  });
});
