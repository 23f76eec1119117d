import { Controller, Get, Injectable, Module, type Type } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import { Access } from '../auth/access.decorator';
import { mergeOpenApiDocuments, openApiDocument, type ApiOperation, type OpenApiDocument } from './openapi';
import { routeOperations } from './route-operations';

/** A service's documented operations; its module provides one (`serviceApiDocs(...)`) and imports `ApiDocsModule`. */
export class ServiceApiDocs {
  readonly operations: ApiOperation[];

  constructor(
    readonly service: string,
    controllers: Array<Type<unknown>>,
  ) {
    this.operations = routeOperations(controllers).operations;
  }

  document(): OpenApiDocument {
    return openApiDocument({ title: `场景重庆 — ${this.service}` }, this.operations);
  }
}

/** The provider a service module adds so that the operations of its controllers are served and found by the gateway in-process. */
export function serviceApiDocs(service: string, controllers: Array<Type<unknown>>) {
  return { provide: `API_DOCS:${service}`, useValue: new ServiceApiDocs(service, controllers) };
}

/** Every service documented in this process (one in distributed mode; all of them in the standalone process). */
@Injectable()
export class ProcessApiDocs {
  private cached: OpenApiDocument | undefined;

  constructor(private readonly discovery: DiscoveryService) {}

  services(): ServiceApiDocs[] {
    const found = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is ServiceApiDocs => instance instanceof ServiceApiDocs);
    return [...new Map(found.map((docs) => [docs.service, docs])).values()].sort((a, b) => a.service.localeCompare(b.service));
  }

  document(): OpenApiDocument {
    const services = this.services();
    this.cached ??= mergeOpenApiDocuments(
      { title: `场景重庆 Scenario Lifecycle Platform — ${services.map((s) => s.service).join(', ') || 'no services'}`, description: 'The HTTP API of the services in this process, generated from the zod schemas they validate with.' },
      services.map((s) => s.document()),
    );
    return this.cached;
  }
}

/** `GET /openapi.json` (outside `/api`, not forwarded by the gateway): the OpenAPI 3.1 document of this process's services. */
@Controller()
export class ApiDocsController {
  constructor(private readonly docs: ProcessApiDocs) {}

  @Get('openapi.json')
  @Access.public()
  openApi(): OpenApiDocument {
    return this.docs.document();
  }
}

/** Imported by every service module (Nest registers it once per process however many import it). */
@Module({ imports: [DiscoveryModule], controllers: [ApiDocsController], providers: [ProcessApiDocs], exports: [ProcessApiDocs] })
export class ApiDocsModule {}
