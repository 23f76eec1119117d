import express, { type NextFunction, type Request, type Response } from 'express';
import request from 'supertest';
import { describeError } from '../errors/http-exception.filter';
import { openApiDocument } from '../openapi/openapi';
import { parseAuditSummary, setAuditSummary } from './audit-summary';
import { jsonBodyMiddleware } from './json-body.middleware';
import { MAX_IMPORT_BYTES, requestShapeMiddleware } from './request-guards.middleware';
import { readUploadBody } from './upload-body';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The edge as a process has it, and a route that reads an upload and says how many bytes it got. */
function app() {
  const server = express();
  server.use(requestShapeMiddleware());
  server.use(jsonBodyMiddleware());
  server.post('/{*path}', (req: Request, res: Response, next: NextFunction) => {
    readUploadBody(req).then((body) => {
      setAuditSummary(res, { bytes: body.length, note: '导入' });
      res.json({ bytes: body.length });
    }, next);
  });
  server.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const { status, body } = describeError(error, req);
    res.status(status).json(body);
  });
  return server;
}

describe('uploads to import routes', () => {
  it('takes a spreadsheet past the JSON limit on a path ending in /import, up to 5 MiB', async () => {
    const body = Buffer.alloc(3 * 1024 * 1024, 1);
    const reply = await request(app()).post('/api/scenarios/import?mode=dry-run').set('content-type', XLSX).send(body);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ bytes: body.length });
    expect(parseAuditSummary(reply.headers['x-audit-summary'])).toEqual({ bytes: body.length, note: '导入' });
    const octets = await request(app()).post('/api/scenarios/import').set('content-type', 'application/octet-stream').send(Buffer.from('PK'));
    expect(octets.body).toEqual({ bytes: 2 });
  });

  it('refuses a bigger file (413), another type (415, naming the workbook), and a spreadsheet anywhere else (415)', async () => {
    const tooBig = await request(app()).post('/api/scenarios/import').set('content-type', XLSX).send(Buffer.alloc(MAX_IMPORT_BYTES + 1, 1));
    expect([tooBig.status, tooBig.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const csv = await request(app()).post('/api/scenarios/import').set('content-type', 'text/csv').send('a,b');
    expect([csv.status, csv.body.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    expect(csv.body.message).toMatch(/Excel 工作簿.*Upload an Excel workbook/);
    const elsewhere = await request(app()).post('/api/scenarios').set('content-type', XLSX).send(Buffer.from('PK'));
    expect([elsewhere.status, elsewhere.body.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const empty = await request(app()).post('/api/scenarios/import').set('content-type', XLSX).send(Buffer.alloc(0));
    expect([empty.status, empty.body.code]).toEqual([400, 'EMPTY_UPLOAD']);
  });

  it('keeps only a flat JSON object of short values as an audit summary', () => {
    expect(parseAuditSummary('{"rows":3,"mode":"commit","ok":true}')).toEqual({ rows: 3, mode: 'commit', ok: true });
    for (const header of [undefined, 'rows=3', '[1,2]', '{}', '{"nested":{"a":1}}', 'x'.repeat(1001)]) expect(parseAuditSummary(header)).toBeNull();
  });

  it('documents an upload body as binary in each of its media types', () => {
    const document = openApiDocument({ title: 't', description: 'd' }, [
      { method: 'post', path: '/api/things/import', summary: '导入 Import', tags: [], secured: true, upload: { contentTypes: [XLSX], description: 'The file' }, responses: { '200': { description: 'Done' } } },
    ]);
    expect(document.paths['/api/things/import']?.post).toMatchObject({ requestBody: { required: true, description: 'The file', content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } } } });
  });
});
