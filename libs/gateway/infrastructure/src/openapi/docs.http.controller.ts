import { Controller, Get, Header } from '@nestjs/common';
import { gatewayOpenApiDocument, renderOpenApiHtml } from './openapi';

@Controller('api/docs')
export class DocsHttpController {
  private readonly document = gatewayOpenApiDocument();

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  page(): string {
    return renderOpenApiHtml(this.document);
  }

  @Get('openapi.json')
  openApi(): Record<string, unknown> {
    return this.document;
  }
}
