/** Which service answers which API path prefix (the gateway is the one HTTP edge in production). */
export interface ServiceRoute {
  prefix: string;
  target: string;
}

export function serviceRoutesFromEnv(env: NodeJS.ProcessEnv = process.env): ServiceRoute[] {
  const routes: Array<[string, string | undefined]> = [
    ['/api/scenarios', env.REGISTRY_URL],
    ['/api/workflow', env.WORKFLOW_URL],
    ['/api/evaluation', env.EVALUATION_URL],
    ['/api/notifications', env.NOTIFICATION_URL],
  ];
  return routes.filter((route): route is [string, string] => Boolean(route[1])).map(([prefix, target]) => ({ prefix, target: target.replace(/\/$/, '') }));
}

export function routeFor(routes: ServiceRoute[], path: string): ServiceRoute | undefined {
  return routes.find((route) => path === route.prefix || path.startsWith(`${route.prefix}/`) || path.startsWith(`${route.prefix}?`));
}
