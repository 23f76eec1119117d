import type { Type } from '@nestjs/common';
import { mergeOpenApiDocuments, openApiDocument, routeOperations, type MissingApi, type OpenApiDocument } from '@scq/platform-http';
import { gatewaySchemas } from '../auth/auth.schemas';

type JsonSchema = Record<string, unknown>;

const TITLE = '场景重庆 Scenario Lifecycle Platform API';
const DESCRIPTION =
  'Authentication at the HTTP edge (the gateway), and every service behind it: each `/api/*` path other than `/api/auth` and `/api/docs` is forwarded to the service that owns it, with the caller from the Bearer token. Generated from the zod schemas the endpoints validate with.';

/** OpenAPI 3.1 of the gateway's own controllers, generated from their decorated routes and the zod schemas they validate with. */
export function gatewayOpenApiDocument(controllers: Array<Type<unknown>>): OpenApiDocument {
  return openApiDocument({ title: `${TITLE} — gateway`, description: DESCRIPTION }, routeOperations(controllers).operations, [gatewaySchemas]);
}

/** The gateway's document with the services' documents (in this process, or fetched from them); what could not be read is listed as missing. */
export function platformOpenApiDocument(gatewayControllers: Array<Type<unknown>>, services: OpenApiDocument[], missing: MissingApi[]): OpenApiDocument {
  return mergeOpenApiDocuments({ title: TITLE, description: DESCRIPTION }, [gatewayOpenApiDocument(gatewayControllers), ...services], missing);
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
${op.requestBody ? `<h3>Request body</h3>${Object.entries(op.requestBody.content).map(([type, c]) => `<p><code>${escapeHtml(type)}</code></p>${c.schema ? pre(c.schema) : ''}`).join('')}` : ''}
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
