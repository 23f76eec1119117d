import { apiError, mergeOpenApiDocuments, openApiDocument, type ApiOperation, type MissingApi, type OpenApiDocument } from '@scq/platform-http';
import { gatewaySchemas, LoginRequestSchema, LoginResponseSchema, UserSchema } from '../auth/auth.schemas';

type JsonSchema = Record<string, unknown>;

/** The gateway's own endpoints; the services' APIs are proxied and documented by each service (`GET /openapi.json`). */
export const GATEWAY_OPERATIONS: ApiOperation[] = [
  {
    method: 'post',
    path: '/api/auth/login',
    summary: '登录 Sign in with username and password',
    tags: ['auth'],
    secured: false,
    requestBody: LoginRequestSchema,
    responses: { '200': { description: 'Signed in', schema: LoginResponseSchema }, '400': apiError('Invalid body (field errors)'), '401': apiError('Wrong username or password'), '429': apiError('Too many attempts for this IP and username (10 per minute)') },
  },
  {
    method: 'get',
    path: '/api/auth/me',
    summary: '当前用户 Who the access token names',
    tags: ['auth'],
    secured: true,
    responses: { '200': { description: 'The signed-in user', schema: UserSchema }, '401': apiError('No, expired or invalid token') },
  },
];

const TITLE = '场景重庆 Scenario Lifecycle Platform API';
const DESCRIPTION =
  'Authentication at the HTTP edge (the gateway), and every service behind it: each `/api/*` path other than `/api/auth` and `/api/docs` is forwarded to the service that owns it, with the caller from the Bearer token. Generated from the zod schemas the endpoints validate with.';

/** OpenAPI 3.1 of the gateway's own endpoints (JSON Schema 2020-12 schemas, generated from the zod schemas the endpoints validate with). */
export function gatewayOpenApiDocument(): OpenApiDocument {
  return openApiDocument({ title: `${TITLE} — gateway`, description: DESCRIPTION }, GATEWAY_OPERATIONS, [gatewaySchemas]);
}

/** The gateway's document with the services' documents (in this process, or fetched from them); what could not be read is listed as missing. */
export function platformOpenApiDocument(services: OpenApiDocument[], missing: MissingApi[]): OpenApiDocument {
  return mergeOpenApiDocuments({ title: TITLE, description: DESCRIPTION }, [gatewayOpenApiDocument(), ...services], missing);
}

/** A server-rendered page of the document: paths, methods, request and response schemas (no scripts, no CDN). */
export function renderOpenApiHtml(document: JsonSchema): string {
  const paths = document.paths as Record<string, Record<string, { summary: string; tags?: string[]; security?: unknown; parameters?: Array<{ name: string; in: string; required: boolean; schema: unknown }>; requestBody?: { content: Record<string, { schema: unknown }> }; responses: Record<string, { description: string; content?: Record<string, { schema?: unknown }> }> }>>;
  const schemas = (document.components as { schemas: Record<string, unknown> }).schemas;
  const pre = (value: unknown) => `<pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre>`;
  const operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(
      ([method, op]) => `<section><h2><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h2><p>${(op.tags ?? []).map((t) => `[${escapeHtml(t)}] `).join('')}${escapeHtml(op.summary)}${op.security ? ' — requires <code>Authorization: Bearer &lt;token&gt;</code>' : ''}</p>
${op.parameters?.length ? `<h3>Parameters</h3><ul>${op.parameters.map((p) => `<li><code>${escapeHtml(p.name)}</code> (${p.in}${p.required ? ', required' : ''}) <code>${escapeHtml(JSON.stringify(p.schema))}</code></li>`).join('')}</ul>` : ''}
${op.requestBody ? `<h3>Request body</h3>${pre(op.requestBody.content['application/json'].schema)}` : ''}
<h3>Responses</h3><ul>${Object.entries(op.responses)
        .map(([status, r]) => `<li><b>${status}</b> ${escapeHtml(r.description)}${Object.entries(r.content ?? {}).map(([type, c]) => (c.schema ? pre(c.schema) : `<code>${escapeHtml(type)}</code>`)).join('')}</li>`)
        .join('')}</ul></section>`,
    ),
  );
  const info = document.info as { title: string; description: string };
  const missing = (document['x-missing'] ?? []) as MissingApi[];
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>${escapeHtml(info.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}pre{background:#f4f4f4;padding:.5rem;overflow:auto}section{border-top:1px solid #ccc}</style></head>
<body><h1>${escapeHtml(info.title)}</h1><p>${escapeHtml(info.description)}</p><p><a href="/api/docs/openapi.json">openapi.json</a></p>
${missing.length > 0 ? `<p role="alert"><b>暂缺 Missing:</b> ${missing.map((m) => `${escapeHtml(m.source)} — ${escapeHtml(m.reason)}`).join('; ')}</p>` : ''}
${operations.join('\n')}
<section><h2>Schemas</h2>${Object.entries(schemas)
    .map(([id, schema]) => `<h3 id="${escapeHtml(id)}">${escapeHtml(id)}</h3>${pre(schema)}`)
    .join('\n')}</section></body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
