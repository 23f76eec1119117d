import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Where a webhook may not go (server-side request forgery): this machine, private and shared networks, link-local
 * addresses (cloud metadata at 169.254.169.254 included), multicast and reserved ranges. Checked on the addresses the
 * name resolves to, at connection time (the connection uses the address that was checked: no DNS rebinding).
 */
const REFUSED: Array<{ network: string; prefix: number; type: 'ipv4' | 'ipv6'; zh: string; en: string }> = [
  { network: '0.0.0.0', prefix: 8, type: 'ipv4', zh: '本网络', en: 'this network' },
  { network: '10.0.0.0', prefix: 8, type: 'ipv4', zh: '内网', en: 'a private network' },
  { network: '100.64.0.0', prefix: 10, type: 'ipv4', zh: '运营商共享网络', en: 'a shared (CGNAT) network' },
  { network: '127.0.0.0', prefix: 8, type: 'ipv4', zh: '本机回环', en: 'loopback' },
  { network: '169.254.0.0', prefix: 16, type: 'ipv4', zh: '链路本地（含云元数据服务）', en: 'link-local (cloud metadata included)' },
  { network: '172.16.0.0', prefix: 12, type: 'ipv4', zh: '内网', en: 'a private network' },
  { network: '192.0.0.0', prefix: 24, type: 'ipv4', zh: '保留地址', en: 'a reserved range' },
  { network: '192.168.0.0', prefix: 16, type: 'ipv4', zh: '内网', en: 'a private network' },
  { network: '198.18.0.0', prefix: 15, type: 'ipv4', zh: '保留地址', en: 'a reserved range' },
  { network: '224.0.0.0', prefix: 4, type: 'ipv4', zh: '组播', en: 'multicast' },
  { network: '240.0.0.0', prefix: 4, type: 'ipv4', zh: '保留地址', en: 'a reserved range' },
  { network: '::', prefix: 128, type: 'ipv6', zh: '未指定地址', en: 'the unspecified address' },
  { network: '::1', prefix: 128, type: 'ipv6', zh: '本机回环', en: 'loopback' },
  { network: 'fc00::', prefix: 7, type: 'ipv6', zh: '内网', en: 'a private network' },
  { network: 'fe80::', prefix: 10, type: 'ipv6', zh: '链路本地', en: 'link-local' },
  { network: 'ff00::', prefix: 8, type: 'ipv6', zh: '组播', en: 'multicast' },
];

/** Each refused range as a list of its own (built once: every delivery checks its addresses against them). */
const REFUSED_LISTS = REFUSED.map((range) => {
  const list = new BlockList();
  list.addSubnet(range.network, range.prefix, range.type);
  return { ...range, list };
});

export const WEBHOOK_TARGET_REFUSED = 'WEBHOOK_TARGET_REFUSED';

/** `WEBHOOK_ALLOWED_NETWORKS`: CIDRs an intranet deployment's webhooks may reach although private (`10.20.0.0/16, fd00::/8`). */
export function parseAllowedNetworks(text: string | undefined): BlockList | null {
  const entries = (text ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return null;
  const list = new BlockList();
  for (const entry of entries) {
    const [network, prefix] = entry.split('/');
    const type = isIP(network ?? '');
    const bits = Number(prefix ?? (type === 6 ? 128 : 32));
    if (!type || !Number.isInteger(bits) || bits < 0 || bits > (type === 6 ? 128 : 32)) throw new Error(`WEBHOOK_ALLOWED_NETWORKS: ${entry} is not a CIDR such as 10.20.0.0/16`);
    list.addSubnet(network as string, bits, type === 6 ? 'ipv6' : 'ipv4');
  }
  return list;
}

/** Why a webhook may not reach `address` (zh + en), or null when it may. IPv4-mapped IPv6 is judged as its IPv4. */
export function refusedAddress(address: string, allowed: BlockList | null): string | null {
  const ip = ipv4Mapped(address) ?? address;
  const type = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
  if (allowed?.check(ip, type)) return null;
  const range = REFUSED_LISTS.find((candidate) => candidate.type === type && candidate.list.check(ip, type));
  return range ? `${ip} 属于${range.zh} ${ip} is ${range.en}` : null;
}

/** `::ffff:127.0.0.1` or `::ffff:7f00:1` (how URL writes it) → `127.0.0.1`; null for anything else. */
function ipv4Mapped(address: string): string | null {
  const match = /^(?:::|(?:0{1,4}:){5})ffff:(.+)$/i.exec(address);
  if (!match || isIP(address) !== 6) return null;
  const rest = match[1] as string;
  if (isIP(rest) === 4) return rest;
  const groups = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(rest);
  if (!groups) return null;
  const [high, low] = [parseInt(groups[1] as string, 16), parseInt(groups[2] as string, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** A `lookup` for http(s).request that resolves the name and refuses the connection when any address is refused. */
export function guardedLookup(allowed: BlockList | null): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 4);
      const refusal = addresses.map((a) => refusedAddress(a.address, allowed)).find((reason) => reason !== null);
      if (refusal) return callback(Object.assign(new Error(`目标地址被拒绝 webhook target refused: ${hostname} → ${refusal}`), { code: WEBHOOK_TARGET_REFUSED }), '', 4);
      if (options.all) return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}
