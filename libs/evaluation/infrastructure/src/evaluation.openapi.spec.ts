import type { Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { controllerRoutes, openApiDocument, openApiProblems, routeOperations } from '@scq/platform-http';
import { EvaluationModule } from './evaluation.module';
import { scoresBody } from './http/evaluation.http.schemas';

describe('the evaluation service API documentation', () => {
  // The controllers the module really registers: the document is generated from their decorated routes.
  const controllers = (EvaluationModule.register({ database: { pgliteDataDir: 'memory://' } }).controllers ?? []) as Array<Type<unknown>>;
  const { operations, undocumented } = routeOperations(controllers);
  const document = openApiDocument({ title: 'evaluation' }, operations);
  const operation = (method: string, path: string) => operations.find((op) => op.method === method && op.path === path);

  it('documents every route of every controller (@ApiRoute on each)', () => {
    expect(controllers.length).toBeGreaterThan(0);
    expect(undocumented).toEqual([]);
    expect(operations).toHaveLength(controllerRoutes(controllers).length);
  });

  it('generates a sound OpenAPI 3.1 document', () => {
    expect(openApiProblems(document)).toEqual([]);
    expect(Object.values(document.paths).flatMap((methods) => Object.keys(methods))).toHaveLength(operations.length);
  });

  it('gives every route that reads a body its request schema', () => {
    const readsBody = (route: ReturnType<typeof controllerRoutes>[number]) =>
      Object.keys((Reflect.getMetadata(ROUTE_ARGS_METADATA, route.controller, route.name) ?? {}) as Record<string, unknown>).some((key) => Number(key.split(':')[0]) === RouteParamtypes.BODY);
    const writes = controllerRoutes(controllers).filter((route) => ['post', 'put', 'patch'].includes(route.method));
    expect(writes.filter(readsBody).filter((route) => !operation(route.method, route.path)?.requestBody)).toEqual([]);
    // The one write without a body: the organising unit's retry of the assignment.
    expect(writes.filter((route) => !readsBody(route)).map((route) => `${route.method.toUpperCase()} ${route.path}`)).toEqual(['POST /api/evaluation/assessments/:id/assign']);
  });

  it('keeps the rubrics public and everything else signed in', () => {
    expect(operations.filter((op) => !op.secured).map((op) => `${op.method.toUpperCase()} ${op.path}`)).toEqual(['GET /api/evaluation/rubrics', 'GET /api/evaluation/rubrics/:rubricId']);
    expect(document.paths['/api/evaluation/rubrics/{rubricId}']?.get).not.toHaveProperty('security');
  });

  it('documents score submission as a signed-in POST with the score sheet body and a UUID assessment id', () => {
    const submit = operation('post', '/api/evaluation/assessments/:id/scores');
    expect(submit).toMatchObject({ secured: true, tags: ['assessments'] });
    expect(submit?.requestBody).toBe(scoresBody);
    const documented = document.paths['/api/evaluation/assessments/{id}/scores']?.post as { security?: unknown; requestBody?: { required?: boolean }; parameters?: Array<{ name: string; schema: { format?: string } }> };
    expect(documented.security).toEqual([{ bearer: [] }]);
    expect(documented.requestBody?.required).toBe(true);
    expect(documented.parameters?.map((p) => [p.name, p.schema.format])).toEqual([['id', 'uuid']]);
  });

  it('documents `limit` and `after` on every list, from its query schema', () => {
    const lists = ['/api/evaluation/assessments', '/api/evaluation/assignments/mine', '/api/evaluation/evaluators', '/api/evaluation/evaluators/{id}/conflicts', '/api/evaluation/organisations'];
    for (const path of lists) {
      const parameters = (document.paths[path]?.get as { parameters?: Array<{ name: string; in: string; required: boolean; schema: { default?: unknown; maximum?: number } }> }).parameters ?? [];
      const query = Object.fromEntries(parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
      expect([path, query.limit]).toEqual([path, expect.objectContaining({ required: false, schema: expect.objectContaining({ default: 50, maximum: 200 }) })]);
      expect([path, query.after]).toEqual([path, expect.objectContaining({ required: false, description: expect.stringContaining('nextCursor'), schema: expect.objectContaining({ type: 'string' }) })]);
    }
  });

  it('documents evaluator ids as the names they are, not as UUIDs', () => {
    const get = document.paths['/api/evaluation/evaluators/{id}']?.get as { parameters?: Array<{ name: string; schema: { format?: string } }> };
    expect(get.parameters?.map((p) => [p.name, p.schema.format])).toEqual([['id', undefined]]);
  });
});
