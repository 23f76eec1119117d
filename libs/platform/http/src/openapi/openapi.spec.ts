import { Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import { answersWithoutSchema, apiError, mergeOpenApiDocuments, openApiDocument, openApiProblems, operationIdOf, type ApiOperation } from './openapi';
import { Public } from '../auth/public.decorator';
import { UuidPipe } from '../validation/uuid.pipe';
import { ZodBody, ZodQuery } from '../validation/zod-validation.pipe';
import { ApiRoute, ApiTags } from './api-route.decorator';
import { routeOperations } from './route-operations';

const Thing = z.object({ name: z.string().min(1), tags: z.array(z.string()).default([]) }).strict();
const listQuery = z.object({ limit: z.coerce.number().int().min(1).default(20), q: z.string().describe('words to find'), year: z.string().regex(/^\d{4}$/).transform(Number).optional() });

const OPERATIONS: ApiOperation[] = [
  { method: 'get', path: '/api/things', summary: '列表 Things', tags: ['things'], secured: false, query: listQuery, responses: { '200': { description: 'Things' } } },
  { method: 'post', path: '/api/things', summary: '新建 Create', tags: ['things'], secured: true, requestBody: Thing, responses: { '201': { description: 'Created', schema: Thing }, '400': apiError('Invalid') } },
  { method: 'delete', path: '/api/things/:id/parts/:partId', summary: '删除 Delete', tags: ['things'], secured: true, params: z.object({ id: z.uuid() }), responses: { '204': { description: 'Gone' } } },
];

describe('openApiDocument', () => {
  const document = openApiDocument({ title: 'things' }, OPERATIONS);

  it('is OpenAPI 3.1 with OpenAPI paths, components from the zod schemas and every $ref resolving', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).sort()).toEqual(['/api/things', '/api/things/{id}/parts/{partId}']);
    expect(openApiProblems(document)).toEqual([]);
    expect(document.components.schemas.Error).toMatchObject({ type: 'object', required: ['error'] });
    expect(document.components.schemas.PostThingsRequest).toMatchObject({ type: 'object', required: ['name'], additionalProperties: false });
    expect(document.components.schemas.PostThingsRequest).not.toHaveProperty('$schema');
  });

  it('documents request schemas as the client sends them and responses as the server writes them', () => {
    // input: `tags` has a default, so the client may leave it out; output: it is always there
    expect(document.components.schemas.PostThingsRequest.required).toEqual(['name']);
    expect(document.components.schemas.PostThingsResponse201Output.required).toEqual(['name', 'tags']);
  });

  it('turns query and path schemas into parameters (a transform is documented by its input)', () => {
    const list = document.paths['/api/things'].get;
    expect(list.parameters).toEqual([
      { name: 'limit', in: 'query', required: false, schema: expect.objectContaining({ type: 'integer', default: 20 }) },
      { name: 'q', in: 'query', required: true, description: 'words to find', schema: { type: 'string' } },
      { name: 'year', in: 'query', required: false, schema: expect.objectContaining({ type: 'string' }) },
    ]);
    const remove = document.paths['/api/things/{id}/parts/{partId}'].delete;
    expect(remove.parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: expect.objectContaining({ type: 'string', format: 'uuid' }) },
      { name: 'partId', in: 'path', required: true, schema: { type: 'string' } },
    ]);
    expect(remove.security).toEqual([{ bearer: [] }]);
  });

  it('refuses an operation described twice', () => {
    expect(() => openApiDocument({ title: 'x' }, [OPERATIONS[0], OPERATIONS[0]])).toThrow(/described twice/);
  });

  it('names operations from method and path', () => {
    expect(operationIdOf({ method: 'get', path: '/api/scenarios/:id/duplicates' })).toBe('getScenariosByIdDuplicates');
  });
});

describe('openApiProblems', () => {
  it('finds unresolved references, missing responses and undeclared path parameters', () => {
    const broken = { openapi: '3.1.0', info: { title: 't' }, paths: { '/a/{id}': { get: { responses: {}, parameters: [] }, post: { responses: { '200': { description: 'x', content: { 'application/json': { schema: { $ref: '#/components/schemas/Nope' } } } } } } } }, components: { schemas: {}, securitySchemes: {} } };
    expect(openApiProblems(broken as never)).toEqual(
      expect.arrayContaining(['get /a/{id}: no responses', 'get /a/{id}: path parameter id not declared', expect.stringContaining('$ref #/components/schemas/Nope does not resolve')]),
    );
  });
});

describe('answersWithoutSchema', () => {
  it('lists success answers described only in words, not files, empty answers or errors', () => {
    const file: ApiOperation = { method: 'get', path: '/api/things/export', summary: '导出 Export', tags: [], secured: true, responses: { '200': { description: 'CSV', contentType: 'text/csv' } } };
    expect(answersWithoutSchema(openApiDocument({ title: 'things' }, [...OPERATIONS, file]))).toEqual(['GET /api/things 200']);
  });
});

describe('mergeOpenApiDocuments', () => {
  it('joins paths, keeps identical components once, renames differing ones with their references, and lists what is missing', () => {
    const a = openApiDocument({ title: 'a' }, [{ method: 'get', path: '/api/a', summary: 'a', tags: ['a'], secured: false, responses: { '200': { description: 'a', schema: z.object({ a: z.string() }).meta({ id: 'Thing' }) } } }]);
    const b = openApiDocument({ title: 'b' }, [{ method: 'get', path: '/api/b', summary: 'b', tags: ['b'], secured: false, responses: { '200': { description: 'b', schema: z.object({ b: z.number() }).meta({ id: 'Thing' }) }, '400': apiError('bad') } }]);
    const merged = mergeOpenApiDocuments({ title: 'all' }, [a, b], [{ source: '/api/c → http://c', reason: 'down' }]);
    expect(Object.keys(merged.paths).sort()).toEqual(['/api/a', '/api/b']);
    expect(Object.keys(merged.components.schemas).sort()).toEqual(['Error', 'Thing', 'Thing_2']);
    expect(merged.paths['/api/b'].get).toMatchObject({ responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing_2' } } } } } });
    expect(merged['x-missing']).toEqual([{ source: '/api/c → http://c', reason: 'down' }]);
    expect(merged.info.description).toContain('down');
    expect(merged.tags?.map((t) => t.name)).toEqual(['a', 'b']);
    expect(openApiProblems(merged)).toEqual([]);
  });
});

describe('routeOperations: the document generated from the decorated routes', () => {
  @ApiTags('things')
  @Controller('api/things')
  class ThingsController {
    @Public()
    @Get()
    @ApiRoute({ summary: '列表 Things', responses: { '200': { description: 'Things' } } })
    list(@ZodQuery(listQuery) query: unknown) {
      return query;
    }

    @Post()
    @ApiRoute({ summary: '新建 Create', responses: { '201': { description: 'Created', schema: Thing } } })
    create(@ZodBody(Thing) body: unknown) {
      return body;
    }

    @Delete(':id/parts/:partId')
    @ApiRoute({ summary: '删除 Delete', responses: { '204': { description: 'Gone' } } })
    remove(@Param('id', UuidPipe) id: string, @Param('partId') partId: string) {
      return [id, partId];
    }

    @Get(':id')
    one() {
      return null;
    }
  }

  const { operations, undocumented } = routeOperations([ThingsController]);

  it('takes method, path, sign-in, tags and the zod schemas of the pipes from the route itself', () => {
    expect(operations.map((op) => [op.method, op.path, op.secured, op.tags])).toEqual([
      ['get', '/api/things', false, ['things']],
      ['post', '/api/things', true, ['things']],
      ['delete', '/api/things/:id/parts/:partId', true, ['things']],
    ]);
    expect(operations[0]?.query).toBe(listQuery);
    expect(operations[1]?.requestBody).toBe(Thing);
    const document = openApiDocument({ title: 'things' }, operations);
    expect(openApiProblems(document)).toEqual([]);
    const params = (document.paths['/api/things/{id}/parts/{partId}']?.delete?.parameters ?? []) as Array<{ name: string; schema: { format?: string } }>;
    expect(params.map((p) => [p.name, p.schema.format])).toEqual([
      ['id', 'uuid'],
      ['partId', undefined],
    ]);
  });

  it('names the routes nobody documented', () => {
    expect(undocumented).toEqual(['GET /api/things/:id (ThingsController.one)']);
  });
});
