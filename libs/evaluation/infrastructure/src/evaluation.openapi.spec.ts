import type { Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { answersWithoutSchema, controllerRoutes, openApiDocument, openApiProblems, routeOperations } from '@scq/platform-http';
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

  it('answers no anonymous caller, the rubrics included', () => {
    expect(operations.filter((op) => !op.secured).map((op) => `${op.method.toUpperCase()} ${op.path}`)).toEqual([]);
    expect(document.paths['/api/evaluation/rubrics/{rubricId}']?.get).toMatchObject({ security: [{ bearer: [] }] });
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

  it('gives every success answer of every route its response schema (the console’s client is generated from them)', () => {
    expect(answersWithoutSchema(document)).toEqual([]);
    // A 204 sends no body: it has no schema to give.
    expect(operations.flatMap((op) => (op.responses['204']?.schema ? [`${op.method.toUpperCase()} ${op.path}`] : []))).toEqual([]);
  });

  it('names the response schemas in the document', () => {
    const ref = (method: string, path: string, status: string) =>
      ((document.paths[path]?.[method]?.responses as Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>)[status]?.content?.['application/json']?.schema?.$ref ?? '').replace('#/components/schemas/', '');
    expect(ref('get', '/api/evaluation/rubrics', '200')).toBe('RubricList');
    expect(ref('get', '/api/evaluation/organisations', '200')).toBe('EvaluationOrganisationPage');
    expect(ref('get', '/api/evaluation/evaluators/{id}', '200')).toBe('EvaluatorDetail');
    expect(ref('get', '/api/evaluation/assessments/{id}', '200')).toBe('Assessment');
    expect(ref('post', '/api/evaluation/assessments/{id}/scores', '201')).toBe('Assessment');
    expect(ref('get', '/api/evaluation/assessments/{id}/consensus', '200')).toBe('AssessmentConsensus');
    expect(ref('get', '/api/evaluation/assignments/mine', '200')).toBe('AssessmentAssignmentPage');
    expect(ref('get', '/api/evaluation/calibration', '200')).toBe('CalibrationReport');
    // Nested schemas shared between answers are components of their own.
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(['Rubric', 'RubricCriterion', 'EvaluationBilingual', 'AssessmentConsensusResult', 'AssessmentAssignment', 'EvaluatorConflict']));
  });

  it('documents the dates of the answers as ISO 8601 date-times', () => {
    const evaluator = document.components.schemas.Evaluator as { properties: Record<string, { type?: string; format?: string }> };
    expect(evaluator.properties.createdAt).toMatchObject({ type: 'string', format: 'date-time' });
  });

  it('documents evaluator ids as the names they are, not as UUIDs', () => {
    const get = document.paths['/api/evaluation/evaluators/{id}']?.get as { parameters?: Array<{ name: string; schema: { format?: string } }> };
    expect(get.parameters?.map((p) => [p.name, p.schema.format])).toEqual([['id', undefined]]);
  });
});
