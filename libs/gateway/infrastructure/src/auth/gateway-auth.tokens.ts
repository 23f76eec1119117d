/** The gateway's GatewayAuthConfig (secrets, token lifetime, limits). */
export const GATEWAY_AUTH_CONFIG = Symbol('GATEWAY_AUTH_CONFIG');
