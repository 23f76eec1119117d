import { z } from 'zod';

/**
 * One HTTP operation as the API documentation shows it, described next to the controller that answers it and
 * built from the same zod schemas the controller validates with (`parseRequest`). Framework-free: the OpenAPI
 * document below is generated from a list of these, for a service or for the gateway.
 */
export interface ApiOperation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** The route as Nest spells it: `/api/scenarios/:id`. */
  path: string;
  /** Bilingual: `中文 English`. */
  summary: string;
  description?: string;
  tags: string[];
  /** Needs a signed-in caller (a Bearer token at the gateway; the `x-user-*` headers it derives behind it). */
  secured: boolean;
  /** Who may call it (`@Access`): shown as `x-roles` (the roles) and `x-access` (each role's scope). */
  access?: { anonymous: boolean; roles: Partial<Record<string, string>> };
  query?: z.ZodType;
  /** Path parameters; those not named here are documented as strings. */
  params?: z.ZodType;
  requestBody?: z.ZodType;
  /** Whether the body may be left out (default: required when `requestBody` is given). */
  requestBodyOptional?: boolean;
  /** A file body instead of JSON (its media types), documented as binary. */
  upload?: { contentTypes: readonly string[]; description: string };
  /** Default `application/json`. */
  requestBodyContentType?: string;
  responses: Record<string, ApiResponse>;
}

export interface ApiResponse {
  description: string;
  schema?: z.ZodType;
  /** Default `application/json`. */
  contentType?: string;
  /** Other media types the route may answer instead on request (a `format` parameter), documented without a schema. */
  alternativeContentTypes?: string[];
}

export interface OpenApiInfo {
  title: string;
  version?: string;
  description?: string;
}

export type JsonObject = Record<string, unknown>;

export interface OpenApiDocument extends JsonObject {
  openapi: '3.1.0';
  info: OpenApiInfo & JsonObject;
  tags?: Array<{ name: string; description?: string }>;
  paths: Record<string, Record<string, JsonObject>>;
  components: { schemas: Record<string, JsonObject>; securitySchemes: Record<string, JsonObject> };
}

/** The one error format of every service (the platform's exception filter writes it). */
export const ApiErrorSchema = z
  .object({
    error: z.object({
      status: z.number().int(),
      code: z.string(),
      message: z.string().describe('bilingual: 中文 English'),
      fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
    requestId: z.string().optional(),
  })
  .meta({ id: 'Error', description: 'The one error format of every service' });

/** A response in the platform's error format. */
export const apiError = (description: string): ApiResponse => ({ description, schema: ApiErrorSchema });

const COMPONENT = '#/components/schemas/';
const SECURITY_SCHEMES = { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } };

/** `/api/scenarios/:id` → `/api/scenarios/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** A stable operation id from method and path: `GET /api/scenarios/:id` → `getScenariosById`. */
export function operationIdOf(op: Pick<ApiOperation, 'method' | 'path'>): string {
  const words = op.path
    .replace(/^\/api\//, '/')
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith(':') ? `by-${segment.slice(1)}` : segment))
    .flatMap((segment) => segment.split(/[^A-Za-z0-9]+/))
    .filter(Boolean);
  return op.method + words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

const pascal = (text: string) => text[0].toUpperCase() + text.slice(1);

/**
 * OpenAPI 3.1 (schemas are JSON Schema 2020-12) from operations: request bodies and responses as components
 * (`z.toJSONSchema`, request schemas as the client sends them, responses as the server writes them), query and
 * path parameters from the query and params schemas. A schema with an `id` in its metadata keeps that name.
 */
export function openApiDocument(info: OpenApiInfo, operations: ApiOperation[], registries: Array<z.core.$ZodRegistry<{ id?: string }>> = []): OpenApiDocument {
  const input = z.registry<{ id: string }>();
  const output = z.registry<{ id: string }>();
  const taken = new Set<string>();
  const named = (schema: z.ZodType, fallback: string, registry: typeof input, suffix = ''): string => {
    const existing = registry.get(schema)?.id;
    if (existing) return existing;
    const preferred = [z.globalRegistry, ...registries].map((r) => r.get(schema)?.id).find(Boolean) ?? fallback;
    let id = `${preferred}${suffix}`;
    for (let n = 2; taken.has(id); n++) id = `${preferred}${suffix}${n}`;
    taken.add(id);
    registry.add(schema, { id });
    return id;
  };

  const paths: OpenApiDocument['paths'] = {};
  for (const op of operations) {
    const operationId = operationIdOf(op);
    const bodyId = op.requestBody ? named(op.requestBody, `${pascal(operationId)}Request`, input) : undefined;
    const responseIds = Object.fromEntries(
      Object.entries(op.responses).flatMap(([status, r]) => (r.schema ? [[status, named(r.schema, `${pascal(operationId)}Response${status}`, output, input.has(r.schema) ? 'Output' : '')]] : [])),
    );
    const entry: JsonObject = {
      operationId,
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      tags: op.tags,
      ...(op.secured ? { security: [{ bearer: [] }] } : {}),
      ...(op.access ? { 'x-roles': op.access.anonymous ? ['anonymous', ...Object.keys(op.access.roles)] : Object.keys(op.access.roles), 'x-access': op.access.roles } : {}),
      parameters: [...pathParameters(op), ...queryParameters(op.query)],
      ...(op.upload ? { requestBody: uploadBody(op.upload) } : {}),
      ...(bodyId ? { requestBody: { required: !op.requestBodyOptional, content: { [op.requestBodyContentType ?? 'application/json']: { schema: { $ref: COMPONENT + bodyId } } } } } : {}),
      responses: Object.fromEntries(
        Object.entries(op.responses).map(([status, r]) => [
          status,
          { description: r.description, ...responseContent(r, responseIds[status]) },
        ]),
      ),
    };
    if ((entry.parameters as unknown[]).length === 0) delete entry.parameters;
    const path = openApiPath(op.path);
    paths[path] ??= {};
    if (paths[path][op.method]) throw new Error(`${op.method.toUpperCase()} ${op.path} is described twice`);
    paths[path][op.method] = entry;
  }

  const schemas = { ...components(input, 'input'), ...components(output, 'output') };
  const tags = [...new Set(operations.flatMap((op) => op.tags))].map((name) => ({ name }));
  return {
    openapi: '3.1.0',
    info: { version: '0.1.0', ...info },
    tags,
    paths,
    components: { schemas, securitySchemes: SECURITY_SCHEMES },
  };
}

function uploadBody(upload: NonNullable<ApiOperation['upload']>): JsonObject {
  return { required: true, description: upload.description, content: Object.fromEntries(upload.contentTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) };
}

function responseContent(response: ApiResponse, schemaId: string | undefined): JsonObject {
  const content: Record<string, JsonObject> = {};
  if (schemaId) content[response.contentType ?? 'application/json'] = { schema: { $ref: COMPONENT + schemaId } };
  else if (response.contentType) content[response.contentType] = {};
  for (const type of response.alternativeContentTypes ?? []) content[type] = {};
  return Object.keys(content).length > 0 ? { content } : {};
}

function components(registry: z.core.$ZodRegistry<{ id: string }>, io: 'input' | 'output'): Record<string, JsonObject> {
  const { schemas } = z.toJSONSchema(registry, { io, unrepresentable: 'any', uri: (id) => COMPONENT + id });
  const result: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _schema, $id: _id, $defs, ...rest } = schema as JsonObject;
    if (id === '__shared') {
      for (const [defId, def] of Object.entries(($defs ?? {}) as Record<string, JsonObject>)) result[defId] = fixSharedRefs(def) as JsonObject;
      continue;
    }
    result[id] = fixSharedRefs($defs ? { ...rest, $defs } : rest) as JsonObject;
  }
  return result;
}

/** Definitions zod extracts into `__shared` become components of their own. */
function fixSharedRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fixSharedRefs);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, key === '$ref' && typeof v === 'string' ? v.replace(/^#\/components\/schemas\/__shared#\/\$defs\//, COMPONENT) : fixSharedRefs(v)]),
    );
  }
  return value;
}

function jsonSchemaOf(schema: z.ZodType): JsonObject {
  const { $schema: _schema, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonObject;
  return rest;
}

function objectProperties(schema: z.ZodType | undefined): { properties: Record<string, JsonObject>; required: string[] } {
  if (!schema) return { properties: {}, required: [] };
  const json = jsonSchemaOf(schema);
  return { properties: (json.properties ?? {}) as Record<string, JsonObject>, required: (json.required ?? []) as string[] };
}

function pathParameters(op: ApiOperation): JsonObject[] {
  const { properties } = objectProperties(op.params);
  return [...op.path.matchAll(/:([A-Za-z0-9_]+)/g)].map(([, name]) => parameter(name, 'path', true, properties[name] ?? { type: 'string' }));
}

function queryParameters(query: z.ZodType | undefined): JsonObject[] {
  const { properties, required } = objectProperties(query);
  return Object.entries(properties).map(([name, schema]) => parameter(name, 'query', required.includes(name), schema));
}

function parameter(name: string, location: 'path' | 'query', required: boolean, schema: JsonObject): JsonObject {
  const { description, ...rest } = schema;
  return { name, in: location, required, ...(typeof description === 'string' ? { description } : {}), schema: rest };
}

/** A document (or a service behind the gateway) that could not be read: shown as missing, never a failure. */
export interface MissingApi {
  source: string;
  reason: string;
}

/**
 * Several documents as one: paths and tags joined (the first document wins a path and method), components
 * joined, a component another document already defines differently renamed (`<Name>_<n>`) with its `$ref`s.
 * What could not be read is listed in `x-missing` and in the description.
 */
export function mergeOpenApiDocuments(info: OpenApiInfo, documents: OpenApiDocument[], missing: MissingApi[] = []): OpenApiDocument {
  const merged: OpenApiDocument = { openapi: '3.1.0', info: { version: '0.1.0', ...info }, tags: [], paths: {}, components: { schemas: {}, securitySchemes: { ...SECURITY_SCHEMES } } };
  for (const source of documents) {
    const renames = new Map<string, string>();
    for (const [id, schema] of Object.entries(source.components?.schemas ?? {})) {
      const existing = merged.components.schemas[id];
      if (existing === undefined || sameJson(existing, schema)) continue;
      let n = 2;
      while (merged.components.schemas[`${id}_${n}`] !== undefined && !sameJson(merged.components.schemas[`${id}_${n}`], schema)) n++;
      renames.set(id, `${id}_${n}`);
    }
    const document = renames.size > 0 ? (renameRefs(source, renames) as OpenApiDocument) : source;
    for (const [id, schema] of Object.entries(source.components?.schemas ?? {})) merged.components.schemas[renames.get(id) ?? id] = renameRefs(schema, renames) as JsonObject;
    for (const [path, methods] of Object.entries(document.paths ?? {})) {
      merged.paths[path] ??= {};
      for (const [method, op] of Object.entries(methods)) merged.paths[path][method] ??= op;
    }
    for (const tag of document.tags ?? []) if (!merged.tags?.some((t) => t.name === tag.name)) merged.tags?.push(tag);
    Object.assign(merged.components.securitySchemes, document.components?.securitySchemes ?? {});
  }
  if (missing.length > 0) {
    merged.info.description = `${info.description ?? ''}\n\n**暂缺 Missing:** ${missing.map((m) => `${m.source} (${m.reason})`).join('; ')}`.trim();
    merged['x-missing'] = missing;
  }
  return merged;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function renameRefs(value: unknown, renames: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => renameRefs(v, renames));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => {
        if (key === '$ref' && typeof v === 'string' && v.startsWith(COMPONENT)) return [key, COMPONENT + (renames.get(v.slice(COMPONENT.length)) ?? v.slice(COMPONENT.length))];
        return [key, renameRefs(v, renames)];
      }),
    );
  }
  return value;
}

/** Structural problems of an OpenAPI 3.1 document (empty when sound): methods, responses, path parameters, unresolved `$ref`s. */
export function openApiProblems(document: OpenApiDocument): string[] {
  const problems: string[] = [];
  if (document.openapi !== '3.1.0') problems.push(`openapi is ${String(document.openapi)}, not 3.1.0`);
  if (!document.info?.title) problems.push('info.title is missing');
  const methods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
  for (const [path, operations] of Object.entries(document.paths ?? {})) {
    if (!path.startsWith('/')) problems.push(`${path}: does not start with /`);
    if (path.includes(':')) problems.push(`${path}: Nest-style parameter left in the path`);
    for (const [method, op] of Object.entries(operations)) {
      if (!methods.has(method)) problems.push(`${path}: ${method} is not an HTTP method`);
      const responses = op.responses as Record<string, { description?: string }> | undefined;
      if (!responses || Object.keys(responses).length === 0) problems.push(`${method} ${path}: no responses`);
      for (const [status, r] of Object.entries(responses ?? {})) if (typeof r.description !== 'string') problems.push(`${method} ${path} ${status}: no description`);
      const declared = ((op.parameters ?? []) as Array<{ name: string; in: string }>).filter((p) => p.in === 'path').map((p) => p.name);
      for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) if (!declared.includes(name)) problems.push(`${method} ${path}: path parameter ${name} not declared`);
    }
  }
  const visit = (value: unknown, where: string): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${where}/${i}`));
    if (!value || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string' && resolvePointer(document, v) === undefined) problems.push(`${where}: $ref ${v} does not resolve`);
      else visit(v, `${where}/${key}`);
    }
  };
  visit(document, '#');
  return problems;
}

/** Success answers (`METHOD path status`) whose JSON body the document does not describe; files and pages are exempt. */
export function answersWithoutSchema(document: OpenApiDocument): string[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).flatMap(([method, op]) =>
      Object.entries((op.responses ?? {}) as Record<string, { content?: Record<string, { schema?: unknown }> }>)
        .filter(([status]) => /^2\d\d$/.test(status) && status !== '204')
        .filter(([, r]) => {
          // The first media type is what the route answers by default; alternatives (a file format asked for) may go without.
          const [first] = Object.entries(r.content ?? {});
          return !first || (first[0].includes('json') && !first[1].schema);
        })
        .map(([status]) => `${method.toUpperCase()} ${path} ${status}`),
    ),
  );
}

function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), document);
}
