import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { z } from 'zod';
import { accessPolicyOf, describeAccess, type AccessPolicy } from '../auth/access.decorator';
import { IS_PUBLIC } from '../auth/public.decorator';
import { UuidPipe } from '../validation/uuid.pipe';
import { ZodValidationPipe } from '../validation/zod-validation.pipe';
import { API_ROUTE, API_TAGS, type ApiRouteDoc } from './api-route.decorator';
import type { ApiOperation } from './openapi';

export interface ControllerRoute {
  method: ApiOperation['method'];
  path: string;
  controller: Type<unknown>;
  name: string;
  handler: string;
}

export interface PolicedRoute extends ControllerRoute {
  policy: AccessPolicy;
}

/** Every route of the controllers with its declared policy, and the routes that declare none (`METHOD /path (Class.method)`). */
export function routePolicies(controllers: Array<Type<unknown>>): { routes: PolicedRoute[]; withoutPolicy: string[] } {
  const routes: PolicedRoute[] = [];
  const withoutPolicy: string[] = [];
  for (const route of controllerRoutes(controllers)) {
    const policy = accessPolicyOf((route.controller.prototype as Record<string, object>)[route.name]);
    if (policy) routes.push({ ...route, policy });
    else withoutPolicy.push(`${route.method.toUpperCase()} ${route.path} (${route.handler})`);
  }
  return { routes, withoutPolicy };
}

interface RouteArgument {
  index: number;
  data?: unknown;
  pipes?: unknown[];
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
        controller,
        name,
        handler: `${controller.name}.${name}`,
      }));
    });
  });
}

/**
 * The API operations of the controllers, generated from the routes themselves: method and path from Nest, sign-in
 * from `@Public()`, body and query schemas from their `ZodValidationPipe`s, path parameters from `@Param` (UUIDs
 * where a `UuidPipe` checks them), words and answers from `@ApiRoute`. Routes without `@ApiRoute` are listed as
 * undocumented.
 */
export function routeOperations(controllers: Array<Type<unknown>>): { operations: ApiOperation[]; undocumented: string[] } {
  const operations: ApiOperation[] = [];
  const undocumented: string[] = [];
  for (const route of controllerRoutes(controllers)) {
    const handler = (route.controller.prototype as Record<string, object>)[route.name] as object;
    const doc = Reflect.getMetadata(API_ROUTE, handler) as ApiRouteDoc | undefined;
    if (!doc) {
      undocumented.push(`${route.method.toUpperCase()} ${route.path} (${route.handler})`);
      continue;
    }
    const args = Object.entries((Reflect.getMetadata(ROUTE_ARGS_METADATA, route.controller, route.name) ?? {}) as Record<string, RouteArgument>);
    const schemaOf = (type: RouteParamtypes) => args.filter(([key]) => Number(key.split(':')[0]) === type).flatMap(([, arg]) => (arg.pipes ?? []).filter((p): p is ZodValidationPipe => p instanceof ZodValidationPipe).map((p) => p.schema))[0];
    const policy = accessPolicyOf(handler);
    const isPublic = Boolean(Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, route.controller));
    operations.push({
      method: route.method,
      path: route.path,
      summary: doc.summary,
      description: [doc.description, policy && describeAccess(policy)].filter(Boolean).join('\n\n') || undefined,
      tags: (Reflect.getMetadata(API_TAGS, route.controller) as string[] | undefined) ?? [],
      secured: !isPublic,
      access: policy,
      query: doc.query ?? schemaOf(RouteParamtypes.QUERY),
      params: doc.params ?? pathParams(args),
      requestBody: doc.body ?? schemaOf(RouteParamtypes.BODY),
      requestBodyOptional: doc.bodyOptional,
      upload: doc.upload,
      requestBodyContentType: doc.bodyContentType,
      responses: doc.responses,
    });
  }
  return { operations, undocumented };
}

function pathParams(args: Array<[string, RouteArgument]>): z.ZodType | undefined {
  const named = args.filter(([key, arg]) => Number(key.split(':')[0]) === RouteParamtypes.PARAM && typeof arg.data === 'string');
  if (named.length === 0) return undefined;
  const isUuid = (arg: RouteArgument) => (arg.pipes ?? []).some((pipe) => pipe === UuidPipe || pipe instanceof UuidPipe);
  return z.object(Object.fromEntries(named.map(([, arg]) => [arg.data as string, isUuid(arg) ? z.uuid() : z.string()])));
}
