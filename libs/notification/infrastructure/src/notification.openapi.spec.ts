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

  it('describes the body of every success answer with a schema (unless it is not JSON)', () => {
    const undescribed = operations.flatMap((op) =>
      Object.entries(op.responses)
        .filter(([status, r]) => status.startsWith('2') && !r.schema && (!r.contentType || r.contentType.includes('json')))
        .map(([status]) => `${op.method.toUpperCase()} ${op.path} ${status}`),
    );
    expect(undescribed).toEqual([]);
    expect(operations.every((op) => Object.keys(op.responses).some((status) => status.startsWith('2')))).toBe(true);
  });

  it('names the answers\' schemas in the document', () => {
    const { components } = openApiDocument({ title: 'notification' }, operations);
    for (const id of ['InboxPage', 'InboxItem', 'InboxUnreadCounts', 'InboxReadResult', 'InboxReadAllResult', 'NotificationPreferences', 'NotificationRecipient', 'DeliveryPage', 'Delivery', 'DeliveryEvent', 'DeadlineList', 'Deadline', 'DeadlineReminder', 'NotificationRescheduleReport']) {
      expect(components.schemas[id]).toBeDefined();
    }
    expect(components.schemas.InboxItem?.properties).toMatchObject({ createdAt: { type: 'string', format: 'date-time' } });
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
