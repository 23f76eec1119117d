import { Module, RequestMethod, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { serviceProxyMiddleware } from './service-proxy.middleware';
import type { ServiceRoute } from './service-routes';

export const GATEWAY_SERVICE = 'gateway';

/** The HTTP edge: forwards `/api/*` to the services (auth, OpenAPI and the console come with the gateway issue). */
@Module({})
export class GatewayModule implements NestModule {
  private static routes: ServiceRoute[] = [];

  static register(options: { routes: ServiceRoute[] }): DynamicModule {
    GatewayModule.routes = options.routes;
    return { module: GatewayModule };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(serviceProxyMiddleware(GatewayModule.routes)).forRoutes({ path: 'api/*path', method: RequestMethod.ALL });
  }
}
