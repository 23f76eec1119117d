/** Who signs the service token every request carries from the gateway, and for whom: every service checks both. */
export const SERVICE_TOKEN_ISSUER = 'scq-gateway';
export const SERVICE_TOKEN_AUDIENCE = 'scq-services';
