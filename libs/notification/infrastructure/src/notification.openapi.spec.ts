import type { Type } from '@nestjs/common';
import { controllerRoutes, openApiDocument, openApiProblems, routeOperations } from '@scq/platform-http';
import { NotificationModule } from './notification.module';

describe('the notification service API documentation', () => {
  // The controllers the module really registers (the event consumers declare no routes): a new route without `@ApiRoute` fails here.
  const controllers = (NotificationModule.register({ database: { pgliteDataDir: 'memory://' } }).controllers ?? []) as Array<Type<unknown>>;
  const { operations, undocumented } = routeOperations(controllers);

  it('documents every route of every controller', () => {
    expect(controllers.length).toBeGreaterThan(0);
    expect(undocumented).toEqual([]);
    expect(operations).toHaveLength(controllerRoutes(controllers).length);
  });

  it('generates a sound OpenAPI 3.1 document from the decorated routes', () => {
    const document = openApiDocument({ title: 'notification' }, operations);
    expect(openApiProblems(document)).toEqual([]);
    expect(Object.values(document.paths).flatMap((methods) => Object.keys(methods))).toHaveLength(operations.length);
  });

  it('asks a signed-in caller on every route', () => {
    expect(operations.filter((op) => !op.secured).map((op) => `${op.method.toUpperCase()} ${op.path}`)).toEqual([]);
  });

  it('takes the preferences body from the route\'s validation pipe', () => {
    const put = operations.find((op) => op.method === 'put' && op.path === '/api/notifications/preferences');
    expect(put?.requestBody).toBeDefined();
    const document = openApiDocument({ title: 'notification' }, operations);
    expect(document.paths['/api/notifications/preferences']?.put?.requestBody).toBeDefined();
  });
});
