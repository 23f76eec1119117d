import { controllerRoutes, openApiProblems, routeOperations } from '@scq/platform-http';
import { AuditHttpController } from '../audit/audit.http.controller';
import { AuthHttpController } from '../auth/auth.http.controller';
import { DIRECTORY_CONTROLLERS } from '../directory/directory.controllers';
import { DocsHttpController } from './docs.http.controller';
import { gatewayOpenApiDocument } from './openapi';

describe('the gateway’s own API documentation, generated from its routes', () => {
  const controllers = [AuthHttpController, DocsHttpController, AuditHttpController, ...DIRECTORY_CONTROLLERS];

  it('documents every route, with sign-in as the routes say', () => {
    const { operations, undocumented } = routeOperations(controllers);
    expect(undocumented).toEqual([]);
    expect(operations).toHaveLength(controllerRoutes(controllers).length);
    expect(operations.map((op) => [op.method, op.path, op.secured])).toEqual(
      expect.arrayContaining([
        ['post', '/api/auth/login', false],
        ['get', '/api/auth/me', true],
        ['get', '/api/docs/openapi.json', false],
        ['post', '/api/admin/users', true],
        ['get', '/api/directory/districts', true],
        ['get', '/api/audit/entries', true],
        ['get', '/api/audit/entries.csv', true],
      ]),
    );
    expect(openApiProblems(gatewayOpenApiDocument(controllers))).toEqual([]);
  });
});
