import { routeFor, serviceRoutesFromEnv } from './service-routes';

describe('gateway routes', () => {
  const routes = serviceRoutesFromEnv({ REGISTRY_URL: 'http://registry:3001/', WORKFLOW_URL: 'http://workflow:3002', NOTIFICATION_URL: 'http://notification:3004' });

  it('sends each API prefix to the service that owns it', () => {
    expect(routeFor(routes, '/api/scenarios')?.target).toBe('http://registry:3001');
    expect(routeFor(routes, '/api/batch-lists/42/export')?.target).toBe('http://registry:3001');
    expect(routeFor(routes, '/api/scenarios/import')?.target).toBe('http://registry:3001');
    expect(routeFor(routes, '/api/scenarios/import/template')?.target).toBe('http://registry:3001');
    expect(routeFor(routes, '/api/targets/2026')?.target).toBe('http://registry:3001');
    expect(routeFor(routes, '/api/workflow/instances')?.target).toBe('http://workflow:3002');
    expect(routeFor(routes, '/api/notifications/inbox')?.target).toBe('http://notification:3004');
    expect(routeFor(routes, '/api/calendar/working-days')?.target).toBe('http://notification:3004');
  });

  it('forwards nothing for an unknown prefix or a service without a URL', () => {
    expect(routeFor(routes, '/api/scenariosX')).toBeUndefined();
    expect(routeFor(routes, '/api/evaluation/rubrics')).toBeUndefined();
    expect(routeFor(routes, '/health/ready')).toBeUndefined();
  });
});
