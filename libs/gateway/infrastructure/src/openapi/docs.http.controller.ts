import { Controller, Get, Header, Inject } from '@nestjs/common';
import { Access, ApiRoute, ApiTags, type MissingApi, type OpenApiDocument, ProcessApiDocs } from '@scq/platform-http';
import type { ServiceRoute } from '../service-routes';
import { AuditHttpController } from '../audit/audit.http.controller';
import { AuthHttpController } from '../auth/auth.http.controller';
import { OidcHttpController } from '../auth/oidc/oidc.http.controller';
import { DIRECTORY_CONTROLLERS } from '../directory/directory.controllers';
import { OpenApiDocumentSchema } from '../auth/auth.schemas';
import { TasksHttpController } from '../tasks/tasks.http.controller';
import { platformOpenApiDocument, renderOpenApiHtml } from './openapi';

/** The services the gateway forwards to (empty in embedded mode, where they answer in this process). */
export const DOCS_SERVICE_ROUTES = Symbol('DOCS_SERVICE_ROUTES');

const FETCH_TIMEOUT_MS = 3000;
/** How long a complete document is served before the services are asked again (they change it only when redeployed). */
export const DOCS_FRESH_MS = 60_000;

/**
 * `GET /api/docs` (page) and `GET /api/docs/openapi.json`: the gateway's endpoints and every service's, from the
 * services in this process and from `GET <target>/openapi.json` of each service the gateway forwards to. A service
 * that does not answer is listed as missing; the document is still served.
 */
@ApiTags('docs')
@Controller('api/docs')
export class DocsHttpController {
  constructor(
    @Inject(DOCS_SERVICE_ROUTES) private readonly routes: ServiceRoute[],
    private readonly local: ProcessApiDocs,
  ) {}

  @Get()
  @Access.public()
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiRoute({ summary: '接口文档 This document as a page', responses: { '200': { description: 'The API document as HTML', contentType: 'text/html' } } })
  async page(): Promise<string> {
    return renderOpenApiHtml(await this.document());
  }

  @Get('openapi.json')
  @Access.public()
  @ApiRoute({ summary: '接口文档 The OpenAPI 3.1 document of the gateway and every service', responses: { '200': { description: 'OpenAPI 3.1 (services that did not answer are listed in `x-missing`)', schema: OpenApiDocumentSchema } } })
  openApi(): Promise<OpenApiDocument> {
    return this.document();
  }

  /** The document being built or last built (public and anonymous: a flood of requests makes one fan-out at a time). */
  private latest: { document: Promise<OpenApiDocument>; builtAt: number } | undefined;

  /** Served from the last complete build for DOCS_FRESH_MS; one with missing services is built again on the next request. */
  private document(): Promise<OpenApiDocument> {
    const latest = this.latest;
    if (latest && Date.now() - latest.builtAt < DOCS_FRESH_MS) return latest.document;
    const build = { document: this.build(), builtAt: Number.POSITIVE_INFINITY };
    this.latest = build;
    build.document.then(
      (document) => {
        if (this.latest !== build) return;
        if ((document['x-missing'] as MissingApi[] | undefined)?.length) this.latest = undefined;
        else build.builtAt = Date.now();
      },
      () => {
        if (this.latest === build) this.latest = undefined;
      },
    );
    return build.document;
  }

  private async build(): Promise<OpenApiDocument> {
    const documents: OpenApiDocument[] = this.local.services().length > 0 ? [this.local.document()] : [];
    const missing: MissingApi[] = [];
    const targets = new Map<string, string[]>();
    for (const route of this.routes) targets.set(route.target, [...(targets.get(route.target) ?? []), route.prefix]);
    const fetched = await Promise.all([...targets].map(async ([target, prefixes]) => ({ target, prefixes, result: await fetchDocument(target) })));
    for (const { target, prefixes, result } of fetched) {
      if ('document' in result) documents.push(result.document);
      else missing.push({ source: `${prefixes.join(', ')} → ${target}`, reason: result.reason });
    }
    return platformOpenApiDocument(GATEWAY_API_CONTROLLERS, documents, missing);
  }
}

/** The gateway's own `/api` controllers, in its part of the API document. */
export const GATEWAY_API_CONTROLLERS = [AuthHttpController, OidcHttpController, DocsHttpController, AuditHttpController, TasksHttpController, ...DIRECTORY_CONTROLLERS];

/** `GET <target>/openapi.json` of a service the gateway forwards to (3 s at most), or why it could not be read. */
export async function fetchDocument(target: string): Promise<{ document: OpenApiDocument } | { reason: string }> {
  try {
    const response = await fetch(`${target}/openapi.json`, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'application/json' } });
    if (!response.ok) return { reason: `服务不可用 the service answered ${response.status}` };
    const document = (await response.json()) as OpenApiDocument;
    if (typeof document !== 'object' || document === null || typeof document.paths !== 'object') return { reason: '不是 OpenAPI 文档 not an OpenAPI document' };
    return { document };
  } catch (error) {
    return { reason: `服务不可达 the service did not answer (${error instanceof Error ? error.message : String(error)})` };
  }
}
