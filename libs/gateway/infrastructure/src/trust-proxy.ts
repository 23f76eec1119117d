import { isIP } from 'node:net';
import { StartupConfigError as GatewayConfigError } from '@scq/platform-runtime';

const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/** Why a `TRUST_PROXY` value is refused (undefined: accepted). */
export function trustProxyProblem(value: string): string | undefined {
  if (/^\d+$/.test(value)) return undefined;
  // `true` would take the left-most X-Forwarded-For entry, which any client writes: limits would count what it claims.
  if (value === 'true') return 'true would trust every address, so any client could choose its own: name the proxies or a number of hops';
  const bad = value.split(',').map((entry) => entry.trim()).filter((entry) => !NAMED_RANGES.includes(entry) && !isAddressOrSubnet(entry));
  return bad.length > 0 ? `${bad.join(', ')}: expected loopback, linklocal, uniquelocal, an IP address or a CIDR subnet` : undefined;
}

function isAddressOrSubnet(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
}

/**
 * `TRUST_PROXY` → express's `trust proxy` setting, so that `req.ip` (what the limits count) is the client behind the
 * ingress: a number of proxy hops (`1`), or the proxies' addresses (`loopback`, `10.0.0.0/8`, comma-separated).
 * Unset, empty or `false`: no proxy is trusted and `req.ip` is the connection's peer.
 */
export function trustProxyFromEnv(env: NodeJS.ProcessEnv = process.env): number | string | undefined {
  const value = env.TRUST_PROXY?.trim();
  if (!value || value === 'false') return undefined;
  const problem = trustProxyProblem(value);
  if (problem) throw new GatewayConfigError(`TRUST_PROXY: ${problem}`);
  return /^\d+$/.test(value) ? Number(value) : value;
}
