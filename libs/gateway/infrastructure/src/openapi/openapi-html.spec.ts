import { renderOpenApiHtml } from './openapi';

describe('the API document as a page', () => {
  it('shows request bodies of every media type (JSON, an uploaded file, a workbook), not only JSON', () => {
    const html = renderOpenApiHtml({
      info: { title: '场景重庆 API', description: 'test' },
      components: { schemas: {} },
      paths: {
        '/api/things': { post: { summary: 'json', requestBody: { content: { 'application/json': { schema: { type: 'object' } } } }, responses: { '200': { description: 'ok' } } } },
        '/api/things/{id}/attachments': {
          post: { summary: 'upload', requestBody: { content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } } } }, responses: { '201': { description: 'stored' } } },
        },
        '/api/things/import': { post: { summary: 'import', requestBody: { content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {} } }, responses: { '200': { description: 'report' } } } },
      },
    });
    expect(html).toContain('<code>multipart/form-data</code>');
    expect(html).toContain('&quot;format&quot;: &quot;binary&quot;');
    expect(html).toContain('<code>application/vnd.openxmlformats-officedocument.spreadsheetml.sheet</code>');
    expect(html).toContain('<code>application/json</code>');
  });
});
