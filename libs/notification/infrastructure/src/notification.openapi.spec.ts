import type { Type } from '@nestjs/common';
import { answersWithoutSchema, controllerRoutes, openApiDocument, openApiProblems, routeOperations } from '@scq/platform-http';
import { NotificationModule } from './notification.module';

describe('the notification service API documentation', () => {
  // The controllers the module really registers (the event consumers declare no routes): a new route without `@ApiRoute` fails here.
  const controllers = (NotificationModule.register({ database: { pgliteDataDir: 'memory://' } }).controllers ?? []) as Array<Type<unknown>>;
  const { operations, undocumented } = routeOperations(controllers);
  const document = openApiDocument({ title: 'notification' }, operations);

  it('documents every route of every controller', () => {
    expect(controllers.length).toBeGreaterThan(0);
    expect(undocumented).toEqual([]);
    expect(operations).toHaveLength(controllerRoutes(controllers).length);
  });

  it('generates a sound OpenAPI 3.1 document from the decorated routes', () => {
    expect(openApiProblems(document)).toEqual([]);
    expect(Object.values(document.paths).flatMap((methods) => Object.keys(methods))).toHaveLength(operations.length);
  });

  it('describes the body of every success answer with a schema (unless it is not JSON)', () => {
    expect(answersWithoutSchema(document)).toEqual([]);
    expect(operations.every((op) => Object.keys(op.responses).some((status) => status.startsWith('2')))).toBe(true);
  });

  it('names the answers\' schemas in the document', () => {
    const { components } = document;
    for (const id of ['InboxPage', 'InboxItem', 'InboxUnreadCounts', 'InboxReadResult', 'InboxReadAllResult', 'InboxArchiveResult', 'NotificationPreferences', 'NotificationRecipient', 'DeliveryPage', 'Delivery', 'DeliveryEvent', 'DeadlineList', 'Deadline', 'DeadlineReminder', 'NotificationRescheduleReport']) {
      expect(components.schemas[id]).toBeDefined();
    }
    expect(components.schemas.InboxItem?.properties).toMatchObject({ createdAt: { type: 'string', format: 'date-time' } });
  });

  it('documents the unread-count stream as server-sent events carrying the counts', () => {
    const stream = document.paths['/api/notifications/stream']?.get as { responses: Record<string, { content?: unknown }> } | undefined;
    expect(stream?.responses['200']?.content).toEqual({ 'text/event-stream': { schema: { $ref: '#/components/schemas/InboxUnreadCounts' } } });
  });

  it('asks a signed-in caller on every route', () => {
    expect(operations.filter((op) => !op.secured).map((op) => `${op.method.toUpperCase()} ${op.path}`)).toEqual([]);
  });

  it('takes the preferences body from the route\'s validation pipe', () => {
    const put = operations.find((op) => op.method === 'put' && op.path === '/api/notifications/preferences');
    expect(put?.requestBody).toBeDefined();
    expect(document.paths['/api/notifications/preferences']?.put?.requestBody).toBeDefined();
  });
});
