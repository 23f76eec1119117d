import type { Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { controllerRoutes, openApiDocument, openApiPath, openApiProblems, routeOperations, type ControllerRoute } from '@scq/platform-http';
import { createBatchListSchema, scenarioRegistrationSchema } from '@scq/registry-domain';
import { RegistryModule } from './registry.module';

/** Whether the route reads the request body (`@Body()` or `@ZodBody(...)`). */
function readsBody(route: ControllerRoute): boolean {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, route.controller, route.name) ?? {}) as Record<string, unknown>;
  return Object.keys(args).some((key) => Number(key.split(':')[0]) === RouteParamtypes.BODY);
}

describe('the registry service API documentation', () => {
  // The controllers the module really registers: a new route without `@ApiRoute` fails here.
  const controllers = (RegistryModule.register({ database: { pgliteDataDir: 'memory://' } }).controllers ?? []) as Array<Type<unknown>>;
  const routes = controllerRoutes(controllers);
  const { operations, undocumented } = routeOperations(controllers);
  const document = openApiDocument({ title: 'registry' }, operations);
  const operationOf = (method: string, path: string) => operations.find((op) => op.method === method && op.path === path);
  const documented = (method: string, path: string) => document.paths[openApiPath(path)]?.[method];

  it('documents every route of every controller', () => {
    expect(controllers.length).toBeGreaterThan(0);
    expect(routes.length).toBeGreaterThan(0);
    expect(undocumented).toEqual([]);
    expect(operations).toHaveLength(routes.length);
  });

  it('generates a sound OpenAPI 3.1 document from the decorated routes, one operation per route', () => {
    expect(openApiProblems(document)).toEqual([]);
    expect(Object.values(document.paths).flatMap((methods) => Object.keys(methods))).toHaveLength(routes.length);
  });

  it('gives every route that reads a JSON body a request body schema', () => {
    const withBody = routes.filter(readsBody);
    expect(withBody.length).toBeGreaterThan(0);
    const missing = withBody.filter((route) => {
      const content = documented(route.method, route.path)?.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined;
      return !operationOf(route.method, route.path)?.requestBody || !content?.content?.['application/json']?.schema;
    });
    expect(missing.map((route) => `${route.method.toUpperCase()} ${route.path} (${route.handler})`)).toEqual([]);
  });

  it('takes a validated body from its pipe and a lazily parsed one from `@ApiRoute`, with sign-in as the routes declare it', () => {
    const register = operationOf('post', '/api/scenarios');
    expect(register).toMatchObject({ secured: false, tags: ['scenarios'] });
    expect(register?.requestBody).toBe(scenarioRegistrationSchema);
    expect(documented('post', '/api/scenarios')).toMatchObject({ requestBody: { required: true } });
    expect(documented('post', '/api/scenarios')).not.toHaveProperty('security');

    const draftList = operationOf('post', '/api/batch-lists');
    expect(draftList).toMatchObject({ secured: true, tags: ['batch-lists'] });
    expect(draftList?.requestBody).toBe(createBatchListSchema);
    expect(documented('post', '/api/batch-lists')).toMatchObject({ security: [{ bearer: [] }], requestBody: { required: true } });
    expect(documented('post', '/api/batch-lists/:id/publish')).toMatchObject({ requestBody: { required: false } });
  });

  it('documents path parameters checked by `UuidPipe` as UUIDs and queries from their pipes', () => {
    const parameters = (method: string, path: string) => (documented(method, path)?.parameters ?? []) as Array<{ name: string; in: string; schema: { format?: string } }>;
    expect(parameters('get', '/api/batch-lists/:id').map((p) => [p.name, p.in, p.schema.format])).toEqual([['id', 'path', 'uuid']]);
    expect(parameters('get', '/api/opportunities').map((p) => p.name)).toEqual(expect.arrayContaining(['year', 'status', 'limit', 'after']));
    expect(parameters('get', '/api/targets/:year').map((p) => [p.name, p.in])).toEqual([
      ['year', 'path'],
      ['taxonomyVersion', 'query'],
    ]);
  });

  it('documents `limit` and `after` of every keyset-paginated list', () => {
    type Parameter = { name: string; in: string; required: boolean; description?: string; schema: { type?: string; default?: number; maximum?: number } };
    const paging = (path: string) =>
      ((documented('get', path)?.parameters ?? []) as Parameter[]).filter((p) => p.name === 'limit' || p.name === 'after').map((p) => [p.name, p.in, p.required, p.schema.type, p.schema.default, p.schema.maximum]);
    const lists: Array<[string, number, number]> = [
      ['/api/scenarios', 50, 200],
      ['/api/batch-lists', 50, 200],
      ['/api/batch-lists/:id/revisions', 50, 200],
      ['/api/scenarios/:id/duplicates', 20, 50],
      ['/api/opportunities', 50, 200],
      ['/api/demand-lists', 50, 200],
      ['/api/matchmaking-events', 50, 200],
    ];
    for (const [path, fallback, max] of lists) {
      expect({ path, paging: paging(path) }).toEqual({
        path,
        paging: [
          ['limit', 'query', false, 'integer', fallback, max],
          ['after', 'query', false, 'string', undefined, undefined],
        ],
      });
      const after = ((documented('get', path)?.parameters ?? []) as Parameter[]).find((p) => p.name === 'after');
      expect(after?.description).toContain('nextCursor');
    }
  });
});
