import type { Type } from '@nestjs/common';
import { openApiDocument, openApiProblems, routeCoverage } from '@scq/platform-http';
import { WorkflowModule } from './workflow.module';
import { WORKFLOW_OPERATIONS } from './workflow.openapi';

describe('the workflow service API documentation', () => {
  // The controllers the module really registers: a new controller or route without an operation fails here.
  const controllers = (WorkflowModule.register({ database: { pgliteDataDir: 'memory://' } }).controllers ?? []) as Array<Type<unknown>>;

  it('describes every route of every controller, and nothing else', () => {
    expect(controllers.length).toBeGreaterThan(0);
    expect(routeCoverage(controllers, WORKFLOW_OPERATIONS)).toEqual({ undocumented: [], stale: [] });
  });

  it('generates a sound OpenAPI 3.1 document from the controllers\' zod schemas', () => {
    const document = openApiDocument({ title: 'workflow' }, WORKFLOW_OPERATIONS);
    expect(openApiProblems(document)).toEqual([]);
    expect(Object.values(document.paths).flatMap((methods) => Object.keys(methods))).toHaveLength(WORKFLOW_OPERATIONS.length);
  });
});
