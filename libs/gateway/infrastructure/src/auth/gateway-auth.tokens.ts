/** The gateway's GatewayAuthConfig (secrets, token lifetime, limits). */
export const GATEWAY_AUTH_CONFIG = Symbol('GATEWAY_AUTH_CONFIG');

/** Signs the service token every request carries to the services (ServiceTokenSigner). */
export const SERVICE_TOKEN_SIGNER = Symbol('SERVICE_TOKEN_SIGNER');
