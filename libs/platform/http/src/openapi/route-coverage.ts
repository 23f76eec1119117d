import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import type { ApiOperation } from './openapi';

export interface ControllerRoute {
  method: ApiOperation['method'];
  path: string;
  handler: string;
}

/** Every route the controllers declare (`@Get`, `@Post`, …), read from Nest's metadata, as `/api/x/:id`. */
export function controllerRoutes(controllers: Array<Type<unknown>>): ControllerRoute[] {
  return controllers.flatMap((controller) => {
    const base = [Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined].flat()[0] ?? '';
    const proto = controller.prototype as Record<string, unknown>;
    return Object.getOwnPropertyNames(proto).flatMap((name) => {
      const handler = proto[name];
      if (name === 'constructor' || typeof handler !== 'function') return [];
      const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (requestMethod === undefined) return [];
      const paths = [Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined].flat();
      return paths.map((path) => ({
        method: RequestMethod[requestMethod].toLowerCase() as ApiOperation['method'],
        path: `/${[base, path ?? ''].map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/')}`,
        handler: `${controller.name}.${name}`,
      }));
    });
  });
}

/** Routes without an operation, and operations without a route (both should be empty). */
export function routeCoverage(controllers: Array<Type<unknown>>, operations: ApiOperation[]): { undocumented: string[]; stale: string[] } {
  const key = (r: { method: string; path: string }) => `${r.method.toUpperCase()} ${r.path}`;
  const routes = controllerRoutes(controllers);
  const documented = new Set(operations.map(key));
  const served = new Set(routes.map(key));
  return {
    undocumented: routes.filter((r) => !documented.has(key(r))).map((r) => `${key(r)} (${r.handler})`),
    stale: operations.filter((op) => !served.has(key(op))).map(key),
  };
}
