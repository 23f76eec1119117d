import { Injectable, Module, type FactoryProvider, type InjectionToken } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import type { Actor } from '@scq/contracts';
import type { z } from 'zod';
import { parseRequest } from '../validation/parse-request';

/**
 * A read the gateway composes from several services (a BFF fan-out, e.g. "my tasks"), offered by the service that
 * answers it at `path`. Over the network the gateway calls `path` with the caller's service token; when the service
 * runs in the gateway's own process (the embedded mode) the gateway finds this object instead and calls `read`
 * with the same caller and query: one use case, two ways in, the same validation.
 */
export class EdgeRead<Q extends z.ZodType = z.ZodType, A = unknown> {
  constructor(
    readonly path: string,
    private readonly query: Q,
    private readonly answer: (actor: Actor, query: z.output<Q>) => Promise<A>,
  ) {}

  /** The query as the HTTP route would receive it (strings); invalid → the route's 400. */
  read(actor: Actor, query: Record<string, string>): Promise<A> {
    return this.answer(actor, parseRequest(this.query, query));
  }
}

/** The provider a service module adds for each of its edge reads: `answer` asks the use case `source` provides. */
export function edgeReadProvider<T, Q extends z.ZodType>(path: string, query: Q, source: InjectionToken<T>, answer: (source: T, actor: Actor, query: z.output<Q>) => Promise<unknown>): FactoryProvider<EdgeRead> {
  return { provide: `EDGE_READ:${path}`, inject: [source], useFactory: (useCase: T) => new EdgeRead(path, query, (actor, q) => answer(useCase, actor, q)) };
}

/** Every edge read offered in this process (none in a gateway that forwards everything). */
@Injectable()
export class ProcessEdgeReads {
  private byPath: Map<string, EdgeRead> | undefined;

  constructor(private readonly discovery: DiscoveryService) {}

  find(path: string): EdgeRead | undefined {
    // Providers are fixed once the application is up: looked up at the first request, then kept.
    this.byPath ??= new Map(
      this.discovery
        .getProviders()
        .map((wrapper) => wrapper.instance as unknown)
        .filter((instance): instance is EdgeRead => instance instanceof EdgeRead)
        .map((read) => [read.path, read]),
    );
    return this.byPath.get(path);
  }
}

@Module({ imports: [DiscoveryModule], providers: [ProcessEdgeReads], exports: [ProcessEdgeReads] })
export class EdgeReadsModule {}
