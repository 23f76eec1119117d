import { createPrivateKey, type JsonWebKey } from 'node:crypto';
import { generateServiceTokenKey, withKid } from '@scq/platform-http';
import type { JWK } from 'jose';
import { keptInFile, readMountedFile, StartupConfigError as GatewayConfigError } from '@scq/platform-runtime';

/**
 * The gateway's private key for service tokens (Ed25519): `SERVICE_TOKEN_PRIVATE_KEY` (a JWK as JSON, or PEM) or
 * `SERVICE_TOKEN_PRIVATE_KEY_FILE` (PEM or JWK) — required with `NODE_ENV=production`; elsewhere the embedded mode's
 * key file (made once) or a key for this process only.
 */
export function serviceTokenKeyFromEnv(env: NodeJS.ProcessEnv, options: { keyFile?: string } = {}): JWK {
  const inline = env.SERVICE_TOKEN_PRIVATE_KEY?.trim();
  if (inline) return parseKey(inline, 'SERVICE_TOKEN_PRIVATE_KEY');
  const file = env.SERVICE_TOKEN_PRIVATE_KEY_FILE?.trim();
  if (file) return parseKey(readMountedFile('SERVICE_TOKEN_PRIVATE_KEY_FILE', file), `SERVICE_TOKEN_PRIVATE_KEY_FILE ${file}`);
  if (env.NODE_ENV === 'production') {
    throw new GatewayConfigError('SERVICE_TOKEN_PRIVATE_KEY_FILE (or SERVICE_TOKEN_PRIVATE_KEY) is required when NODE_ENV=production: an Ed25519 private key (`openssl genpkey -algorithm ed25519`) the services verify the callers of every request with');
  }
  return options.keyFile ? storedKey(options.keyFile) : generateServiceTokenKey();
}

function parseKey(text: string, source: string): JWK {
  try {
    const jwk = text.startsWith('{') ? (JSON.parse(text) as JWK) : undefined;
    const key = jwk ? createPrivateKey({ key: jwk as JsonWebKey, format: 'jwk' }) : createPrivateKey(text);
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`an ${key.asymmetricKeyType ?? 'unknown'} key; an Ed25519 key is needed`);
    return withKid({ ...(key.export({ format: 'jwk' }) as JWK), ...(jwk?.kid ? { kid: jwk.kid } : {}) });
  } catch (error) {
    throw new GatewayConfigError(`${source} is not a usable private key (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** The embedded mode's key, kept (mode 600) so that a restart changes nothing. */
function storedKey(file: string): JWK {
  return keptInFile(
    file,
    () => JSON.stringify(generateServiceTokenKey()),
    (text) => {
      try {
        return parseKey(text, file);
      } catch {
        return undefined;
      }
    },
  );
}
