import { guessedOperation, matchOperation, OperationCatalog, templatesOf } from './operation-catalog';

describe('naming audited requests by the API document', () => {
  const templates = templatesOf({
    '/api/batch-lists/:id': { put: true, delete: true },
    '/api/batch-lists/:id/items/:scenarioId': { put: true },
    '/api/batch-lists/{id}/publish': { post: {} },
    '/api/evaluation/evaluators/{id}': { patch: {} },
    '/api/evaluation/evaluators/pool': { patch: {} },
  });

  it('names the route as the document spells it, its parameters the targets (Nest’s :id and OpenAPI’s {id} alike)', () => {
    expect(matchOperation(templates, 'PUT', '/api/batch-lists/b1/items/s%2F2')).toEqual({ operation: 'PUT /api/batch-lists/{id}/items/{scenarioId}', targets: ['b1', 's/2'] });
    expect(matchOperation(templates, 'POST', '/api/batch-lists/b1/publish')).toEqual({ operation: 'POST /api/batch-lists/{id}/publish', targets: ['b1'] });
    expect(matchOperation(templates, 'DELETE', '/api/batch-lists/b1/')).toEqual({ operation: 'DELETE /api/batch-lists/{id}', targets: ['b1'] });
  });

  it('prefers the route with more fixed words, and the method must match', () => {
    expect(matchOperation(templates, 'PATCH', '/api/evaluation/evaluators/pool')).toEqual({ operation: 'PATCH /api/evaluation/evaluators/pool', targets: [] });
    expect(matchOperation(templates, 'PATCH', '/api/evaluation/evaluators/zhang-san')?.targets).toEqual(['zhang-san']);
    expect(matchOperation(templates, 'POST', '/api/evaluation/evaluators/zhang-san')).toBeNull();
  });

  it('guesses an undocumented path: UUIDs and numbers become {id} and targets', () => {
    expect(guessedOperation('POST', '/api/unknown/6f1c0c9e-1b7a-4f3e-8f57-0d3f0e6b2a11/things/42/x')).toEqual({
      operation: 'POST /api/unknown/{id}/things/{id}/x',
      targets: ['6f1c0c9e-1b7a-4f3e-8f57-0d3f0e6b2a11', '42'],
    });
  });

  it('reads a service’s document once, asks a silent one again only after a minute, and guesses meanwhile', async () => {
    const answers: Array<Record<string, Record<string, unknown>> | null> = [null, { '/api/workflow/things/{name}': { post: {} } }];
    let reads = 0;
    const catalog = new OperationCatalog({
      local: () => [{ '/api/auth/login': { post: true } }],
      remotes: [{ target: 'http://workflow', prefixes: ['/api/workflow'] }],
      fetchPaths: async () => answers[reads++] ?? null,
    });
    await catalog.refresh(0);
    expect(catalog.resolve('POST', '/api/workflow/things/lamp')).toEqual({ operation: 'POST /api/workflow/things/lamp', targets: [] });
    expect(catalog.resolve('POST', '/api/auth/login').operation).toBe('POST /api/auth/login');
    await catalog.refresh(30_000);
    expect(reads).toBe(1);
    await catalog.refresh(60_000);
    await catalog.refresh(120_000);
    expect(reads).toBe(2);
    expect(catalog.resolve('POST', '/api/workflow/things/lamp')).toEqual({ operation: 'POST /api/workflow/things/{name}', targets: ['lamp'] });
  });
});
