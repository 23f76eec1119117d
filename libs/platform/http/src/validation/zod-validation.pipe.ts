import { Body, Injectable, Query, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { parseRequest } from './parse-request';

/**
 * Validates a body or query with its zod schema (a 400 naming each field otherwise) and hands the controller the
 * parsed, typed value. The same schema documents the route: the OpenAPI document reads it from this pipe.
 */
@Injectable()
export class ZodValidationPipe<S extends z.ZodType = z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(readonly schema: S) {}

  transform(value: unknown): z.infer<S> {
    return parseRequest(this.schema, value);
  }
}

/** `@ZodBody(schema) input: z.infer<typeof schema>`: the request body, validated. */
export const ZodBody = (schema: z.ZodType): ParameterDecorator => Body(new ZodValidationPipe(schema));

/** `@ZodQuery(schema) query: z.infer<typeof schema>`: the query string, validated. */
export const ZodQuery = (schema: z.ZodType): ParameterDecorator => Query(new ZodValidationPipe(schema));
