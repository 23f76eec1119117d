import type { Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { API_ROUTE, answersWithoutSchema, controllerRoutes, openApiDocument, openApiPath, openApiProblems, responseContractProblem, routeOperations, type ApiRouteDoc, type ControllerRoute } from '@scq/platform-http';
import { createBatchListSchema, scenarioRegistrationSchema } from '@scq/registry-domain';
import { aspects, taxonomyVersions, units } from '@scq/taxonomy';
import { RegistryModule } from './registry.module';
import { TaxonomyHttpController } from './taxonomy.http.controller';

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
    expect(register).toMatchObject({ secured: true, tags: ['scenarios'] });
    expect(register?.requestBody).toBe(scenarioRegistrationSchema);
    expect(documented('post', '/api/scenarios')).toMatchObject({ security: [{ bearer: [] }], requestBody: { required: true } });

    const draftList = operationOf('post', '/api/batch-lists');
    expect(draftList).toMatchObject({ secured: true, tags: ['batch-lists'] });
    expect(draftList?.requestBody).toBe(createBatchListSchema);
    expect(documented('post', '/api/batch-lists')).toMatchObject({ security: [{ bearer: [] }], requestBody: { required: true } });
    expect(documented('post', '/api/batch-lists/:id/publish')).toMatchObject({ requestBody: { required: false } });
  });

  it('answers anonymous callers only on the public portal: published batch lists, opportunities, demand lists and matchmaking events', () => {
    const open = operations.filter((op) => !op.secured).map((op) => `${op.method.toUpperCase()} ${op.path}`);
    expect(open.sort()).toEqual(
      [
        'GET /api/batch-lists',
        'GET /api/batch-lists/:id',
        'GET /api/batch-lists/:id/diff',
        'GET /api/batch-lists/:id/export',
        'GET /api/batch-lists/:id/revisions',
        'GET /api/demand-lists',
        'GET /api/demand-lists/:id',
        'GET /api/matchmaking-events',
        'GET /api/matchmaking-events/:id',
        'GET /api/opportunities',
        'GET /api/opportunities/:id',
      ].sort(),
    );
    for (const path of ['/api/scenarios', '/api/scenarios/:id', '/api/scenarios/:id/duplicates', '/api/taxonomy/:version/units', '/api/search/scenarios', '/api/targets/:year']) {
      expect({ path, security: documented('get', path)?.security }).toEqual({ path, security: [{ bearer: [] }] });
    }
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

  // Scenarios (with their duplicates), taxonomy, search and targets; the batch-list and opportunity routes have their own test.
  const described = ['/api/scenarios', '/api/taxonomy', '/api/search', '/api/targets'];
  const isDescribed = (path: string) => described.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

  it('gives every 2xx JSON answer of the scenario, taxonomy, search and target routes a response schema', () => {
    const mine = operations.filter((op) => isDescribed(op.path));
    expect(mine.map((op) => `${op.method} ${op.path}`)).toEqual(
      expect.arrayContaining(['post /api/scenarios', 'get /api/scenarios/:id', 'get /api/scenarios/:id/duplicates', 'get /api/taxonomy/:version', 'get /api/search/scenarios', 'get /api/targets/:year']),
    );
    // `METHOD path status`: the document's paths (`{id}`) start with the same prefixes.
    expect(answersWithoutSchema(document).filter((answer) => isDescribed(answer.split(' ')[1]))).toEqual([]);
    for (const op of mine) {
      for (const [status, r] of Object.entries(op.responses).filter(([, r]) => r.schema)) {
        const content = (document.paths[openApiPath(op.path)]?.[op.method]?.responses as Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>)[status]?.content;
        expect({ route: `${op.method} ${op.path} ${status}`, ref: content?.[r.contentType ?? 'application/json']?.schema?.$ref }).toEqual({ route: `${op.method} ${op.path} ${status}`, ref: expect.stringMatching(/^#\/components\/schemas\//) });
      }
    }
    // Named responses keep their names in the document (the console's generated client uses them).
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['Scenario', 'ScenarioPage', 'ScenarioRegistered', 'TaxonomyVersions', 'TaxonomyOverview', 'TaxonomyDomain', 'SearchHits', 'DuplicateCandidates', 'DuplicateDecision', 'TargetProgress']),
    );
  });

  it('describes every taxonomy answer of every version exactly (no field left out, none undocumented)', () => {
    const controller = new TaxonomyHttpController();
    const docOf = (handler: keyof TaxonomyHttpController) => Reflect.getMetadata(API_ROUTE, TaxonomyHttpController.prototype[handler]) as ApiRouteDoc;
    const problems: string[] = [];
    const check = (handler: keyof TaxonomyHttpController, body: unknown) => {
      const problem = responseContractProblem(docOf(handler), 200, body);
      if (problem) problems.push(`${handler}: ${problem}`);
    };
    check('versions', controller.versions());
    for (const version of taxonomyVersions()) {
      check('overview', controller.overview(version));
      check('aspects', controller.aspects(version));
      check('domains', controller.domains(version, {}));
      for (const aspect of aspects(version)) check('domains', controller.domains(version, { aspect: aspect.code }));
      check('units', controller.units(version));
      check('mechanisms', controller.mechanisms(version));
      for (const unit of units(version)) check('domainsOfUnit', controller.domainsOfUnit(version, unit.code));
    }
    expect(problems).toEqual([]);
  });
});
