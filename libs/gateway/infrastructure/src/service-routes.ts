/** Which service answers which API path prefix (the gateway is the one HTTP edge in production). */
export interface ServiceRoute {
  prefix: string;
  target: string;
}

/** Path prefixes per service; each service's base URL comes from the environment. */
const PREFIXES: Record<'REGISTRY_URL' | 'WORKFLOW_URL' | 'EVALUATION_URL' | 'NOTIFICATION_URL', string[]> = {
  REGISTRY_URL: ['/api/scenarios', '/api/registry', '/api/taxonomy', '/api/batch-lists', '/api/opportunities', '/api/demand-lists', '/api/matchmaking-events', '/api/targets', '/api/search', '/api/duplicates', '/api/financing', '/api/suppliers', '/api/factor-requests', '/api/factor-kinds', '/api/employment-risk'],
  WORKFLOW_URL: ['/api/workflow'],
  EVALUATION_URL: ['/api/evaluation'],
  NOTIFICATION_URL: ['/api/notifications', '/api/calendar', '/api/operations'],
};

export function serviceRoutesFromEnv(env: NodeJS.ProcessEnv = process.env): ServiceRoute[] {
  return Object.entries(PREFIXES).flatMap(([variable, prefixes]) => {
    const target = env[variable]?.replace(/\/$/, '');
    return target ? prefixes.map((prefix) => ({ prefix, target })) : [];
  });
}

export function routeFor(routes: ServiceRoute[], path: string): ServiceRoute | undefined {
  return routes.find((route) => path === route.prefix || path.startsWith(`${route.prefix}/`) || path.startsWith(`${route.prefix}?`));
}

/** The host option that leaves the bodies of forwarded requests unread, so the proxy streams them on. */
export function forwardedPaths(routes: ServiceRoute[]): (path: string) => boolean {
  return (path) => routeFor(routes, path) !== undefined;
}
