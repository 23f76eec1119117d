import { z } from 'zod';
import { ErrorResponseSchema, gatewaySchemas, LoginRequestSchema, LoginResponseSchema, UserSchema } from '../auth/auth.schemas';

type JsonSchema = Record<string, unknown>;

interface Operation {
  method: 'get' | 'post';
  path: string;
  summary: string;
  secured: boolean;
  requestBody?: z.ZodType;
  responses: Record<string, { description: string; schema?: z.ZodType }>;
}

const error = (description: string) => ({ description, schema: ErrorResponseSchema });

/** The gateway's own endpoints; the services' APIs are proxied and documented by each service. */
export const GATEWAY_OPERATIONS: Operation[] = [
  {
    method: 'post',
    path: '/api/auth/login',
    summary: '登录 Sign in with username and password',
    secured: false,
    requestBody: LoginRequestSchema,
    responses: { '200': { description: 'Signed in', schema: LoginResponseSchema }, '400': error('Invalid body (field errors)'), '401': error('Wrong username or password'), '429': error('Too many attempts for this IP and username (10 per minute)') },
  },
  {
    method: 'get',
    path: '/api/auth/me',
    summary: '当前用户 Who the access token names',
    secured: true,
    responses: { '200': { description: 'The signed-in user', schema: UserSchema }, '401': error('No, expired or invalid token') },
  },
];

/** OpenAPI 3.1 (JSON Schema 2020-12 schemas, generated from the zod schemas the endpoints validate with). */
export function gatewayOpenApiDocument(): JsonSchema {
  const { schemas } = z.toJSONSchema(gatewaySchemas, { uri: (id) => `#/components/schemas/${id}` });
  const components = Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, strip(schema as JsonSchema)]));
  const schemaRef = (schema: z.ZodType): JsonSchema => {
    const id = gatewaySchemas.get(schema)?.id;
    if (!id) throw new Error('every schema of a gateway operation is registered in gatewaySchemas');
    return { $ref: `#/components/schemas/${id}` };
  };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of GATEWAY_OPERATIONS) {
    paths[op.path] ??= {};
    paths[op.path][op.method] = {
      summary: op.summary,
      tags: ['auth'],
      ...(op.secured ? { security: [{ bearer: [] }] } : {}),
      ...(op.requestBody ? { requestBody: { required: true, content: { 'application/json': { schema: schemaRef(op.requestBody) } } } } : {}),
      responses: Object.fromEntries(
        Object.entries(op.responses).map(([status, r]) => [status, { description: r.description, ...(r.schema ? { content: { 'application/json': { schema: schemaRef(r.schema) } } } : {}) }]),
      ),
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: '场景重庆 Scenario Lifecycle Platform — gateway', version: '0.1.0', description: 'Authentication at the HTTP edge. Every other `/api/*` path is forwarded to the service that owns it, with the caller from the Bearer token.' },
    paths,
    components: { schemas: components, securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
  };
}

function strip(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

/** A server-rendered page of the document: paths, methods, request and response schemas (no scripts, no CDN). */
export function renderOpenApiHtml(document: JsonSchema): string {
  const paths = document.paths as Record<string, Record<string, { summary: string; security?: unknown; requestBody?: { content: Record<string, { schema: unknown }> }; responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }> }>>;
  const schemas = (document.components as { schemas: Record<string, unknown> }).schemas;
  const pre = (value: unknown) => `<pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre>`;
  const operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(
      ([method, op]) => `<section><h2><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h2><p>${escapeHtml(op.summary)}${op.security ? ' — requires <code>Authorization: Bearer &lt;token&gt;</code>' : ''}</p>
${op.requestBody ? `<h3>Request body</h3>${pre(op.requestBody.content['application/json'].schema)}` : ''}
<h3>Responses</h3><ul>${Object.entries(op.responses)
        .map(([status, r]) => `<li><b>${status}</b> ${escapeHtml(r.description)}${r.content ? pre(r.content['application/json'].schema) : ''}</li>`)
        .join('')}</ul></section>`,
    ),
  );
  const info = document.info as { title: string; description: string };
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>${escapeHtml(info.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}pre{background:#f4f4f4;padding:.5rem;overflow:auto}section{border-top:1px solid #ccc}</style></head>
<body><h1>${escapeHtml(info.title)}</h1><p>${escapeHtml(info.description)}</p><p><a href="/api/docs/openapi.json">openapi.json</a></p>
${operations.join('\n')}
<section><h2>Schemas</h2>${Object.entries(schemas)
    .map(([id, schema]) => `<h3 id="${escapeHtml(id)}">${escapeHtml(id)}</h3>${pre(schema)}`)
    .join('\n')}</section></body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
