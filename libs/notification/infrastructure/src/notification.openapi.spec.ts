import type { Type } from '@nestjs/common';
import { openApiDocument, openApiProblems, routeCoverage } from '@scq/platform-http';
import { NotificationModule } from './notification.module';
import { NOTIFICATION_OPERATIONS } from './notification.openapi';

describe('the notification service API documentation', () => {
  // The controllers the module really registers: a new controller or route without an operation fails here.
  const controllers = (NotificationModule.register({ database: { pgliteDataDir: 'memory://' } }).controllers ?? []) as Array<Type<unknown>>;

  it('describes every route of every controller, and nothing else', () => {
    expect(controllers.length).toBeGreaterThan(0);
    expect(routeCoverage(controllers, NOTIFICATION_OPERATIONS)).toEqual({ undocumented: [], stale: [] });
  });

  it('generates a sound OpenAPI 3.1 document from the controllers\' zod schemas', () => {
    const document = openApiDocument({ title: 'notification' }, NOTIFICATION_OPERATIONS);
    expect(openApiProblems(document)).toEqual([]);
    expect(Object.values(document.paths).flatMap((methods) => Object.keys(methods))).toHaveLength(NOTIFICATION_OPERATIONS.length);
  });
});
