import { SetMetadata } from '@nestjs/common';
import type { z } from 'zod';
import type { ApiResponse } from './openapi';

export const API_ROUTE = 'scq:api-route';
export const API_TAGS = 'scq:api-tags';

/**
 * What the API document says of a route beyond what Nest and the pipes already tell (method, path, sign-in, the
 * zod schemas of `@ZodBody`/`@ZodQuery`, UUID path parameters): its bilingual summary and its answers. `body`,
 * `query` and `params` are only for routes that validate those themselves (e.g. after an authorisation check).
 */
export interface ApiRouteDoc {
  /** Bilingual: `中文 English`. */
  summary: string;
  description?: string;
  responses: Record<string, ApiResponse>;
  body?: z.ZodType;
  bodyOptional?: boolean;
  /** A route that takes a file as its body instead of JSON (an import): its media types, documented as binary. */
  upload?: { contentTypes: readonly string[]; description: string };
  /** The body's media type when it is not JSON (an upload: `multipart/form-data`); `body` then describes its parts. */
  bodyContentType?: string;
  query?: z.ZodType;
  params?: z.ZodType;
}

/** Documents a route; a route without it fails its service's API document test. */
export const ApiRoute = (doc: ApiRouteDoc): MethodDecorator => SetMetadata(API_ROUTE, doc);

/** The tags of every route of a controller in the API document. */
export const ApiTags = (...tags: string[]): ClassDecorator => SetMetadata(API_TAGS, tags);
