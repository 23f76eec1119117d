import { Controller, Get, Inject } from '@nestjs/common';
import { Access, type ServiceTokenSigner } from '@scq/platform-http';
import { SERVICE_TOKEN_SIGNER } from './gateway-auth.tokens';

/**
 * `GET /.well-known/jwks.json`: the public keys the services verify service tokens with (`SERVICE_TOKEN_JWKS_URL`).
 * Outside `/api`: infrastructure, not part of the API.
 */
@Controller('.well-known')
export class JwksHttpController {
  constructor(@Inject(SERVICE_TOKEN_SIGNER) private readonly signer: ServiceTokenSigner) {}

  @Get('jwks.json')
  @Access.public()
  keys() {
    return this.signer.publicKeys;
  }
}
