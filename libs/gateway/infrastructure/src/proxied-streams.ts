import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import type { ServerResponse } from 'node:http';

/**
 * The event streams (`text/event-stream`) the gateway is forwarding. They last as long as the client listens, so at
 * shutdown they are ended first (the client reconnects to another replica): the HTTP server waits for every open
 * response before it closes.
 */
@Injectable()
export class ProxiedStreams implements BeforeApplicationShutdown {
  private readonly open = new Set<ServerResponse>();

  add(response: ServerResponse): void {
    this.open.add(response);
    response.on('close', () => this.open.delete(response));
  }

  get size(): number {
    return this.open.size;
  }

  beforeApplicationShutdown(): void {
    for (const response of this.open) response.end();
    this.open.clear();
  }
}
