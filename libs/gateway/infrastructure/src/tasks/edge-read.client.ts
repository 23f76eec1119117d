import type { Actor } from '@scq/contracts';
import { CORRELATION_HEADER, type ProcessEdgeReads, type ServiceTokenSigner } from '@scq/platform-http';
import { correlation } from '@scq/platform-observability';
import { routeFor, type ServiceRoute } from '../service-routes';

/** How long one service may take to answer a composed read before it is left out. */
const EDGE_READ_TIMEOUT_MS = 5000;

export type EdgeReadResult = { ok: true; answer: unknown } | { ok: false; reason: string };

/**
 * Asks a service's edge read (`EdgeRead` in platform-http) for the caller: over the network when the gateway forwards
 * the path to a service (with a fresh service token for the caller, as the proxy does), in this process when the
 * service is hosted here (the embedded mode). Never throws: a service that is down, slow or refusing is a reason.
 */
export class EdgeReadClient {
  constructor(
    private readonly routes: ServiceRoute[],
    private readonly local: ProcessEdgeReads,
    private readonly signer: ServiceTokenSigner,
  ) {}

  async read(path: string, actor: Actor, query: Record<string, string>): Promise<EdgeReadResult> {
    const route = routeFor(this.routes, path);
    try {
      if (route) return await this.remote(`${route.target}${path}`, actor, query);
      const read = this.local.find(path);
      if (!read) return { ok: false, reason: `此部署未提供 not served in this deployment: ${path}` };
      return { ok: true, answer: await read.read(actor, query) };
    } catch (error) {
      return { ok: false, reason: `服务不可达 the service did not answer (${error instanceof Error ? error.message : String(error)})` };
    }
  }

  private async remote(url: string, actor: Actor, query: Record<string, string>): Promise<EdgeReadResult> {
    const response = await fetch(`${url}?${new URLSearchParams(query).toString()}`, {
      headers: { accept: 'application/json', authorization: `Bearer ${await this.signer.sign(actor)}`, [CORRELATION_HEADER]: correlation.currentOrNew().correlationId },
      signal: AbortSignal.timeout(EDGE_READ_TIMEOUT_MS),
    });
    if (!response.ok) return { ok: false, reason: `服务拒绝 the service answered ${response.status}` };
    return { ok: true, answer: await response.json() };
  }
}
