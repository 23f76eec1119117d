export * from './gateway.module';
export * from './service-routes';
export * from './auth/gateway-auth.config';
export * from './auth/demo-accounts';
export * from './auth/access-token';
export * from './openapi/openapi';
export * from './console/console-static.middleware';
