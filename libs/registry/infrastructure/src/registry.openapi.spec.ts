import type { Type } from '@nestjs/common';
import { openApiDocument, openApiProblems, routeCoverage } from '@scq/platform-http';
import { RegistryModule } from './registry.module';
import { REGISTRY_OPERATIONS } from './registry.openapi';

describe('the registry service API documentation', () => {
  // The controllers the module really registers: a new controller or route without an operation fails here.
  const controllers = (RegistryModule.register({ database: { pgliteDataDir: 'memory://' } }).controllers ?? []) as Array<Type<unknown>>;

  it('describes every route of every controller, and nothing else', () => {
    expect(controllers.length).toBeGreaterThan(0);
    expect(routeCoverage(controllers, REGISTRY_OPERATIONS)).toEqual({ undocumented: [], stale: [] });
  });

  it('generates a sound OpenAPI 3.1 document from the controllers\' zod schemas', () => {
    const document = openApiDocument({ title: 'registry' }, REGISTRY_OPERATIONS);
    expect(openApiProblems(document)).toEqual([]);
    expect(Object.values(document.paths).flatMap((methods) => Object.keys(methods))).toHaveLength(REGISTRY_OPERATIONS.length);
  });
});
