import { EventEmitter } from 'node:events';
import type { PGlite } from '@electric-sql/pglite';
import { serialize } from 'pg-protocol';

type Serialized = ReturnType<typeof serialize.sync>;
type ParseMessage = Parameters<typeof serialize.parse>[0];
type BindMessage = Parameters<typeof serialize.bind>[0];
type ExecuteMessage = Parameters<typeof serialize.execute>[0];
type PortalMessage = Parameters<typeof serialize.describe>[0];

/**
 * The connection a `pg` Client speaks through to PGlite, in place of a socket: the wire protocol, handed to PGlite's
 * `execProtocolStream` and its answers emitted as `pg`'s connection would emit them. Unlike PGlite's own node-postgres
 * connection, which makes one call into the WebAssembly per message, it keeps an extended query's messages (Parse,
 * Bind, Describe, Execute) and sends them with its Sync (or Flush) in one call, as `pg` writes them to a socket in one
 * write: a transaction costs about a third less CPU (docs/benchmarks.md). Calls run one after the other, in order.
 */
export class PGliteConnection extends EventEmitter {
  _connecting = false;
  /** `pg` destroys the stream when it ends a client. */
  readonly stream = { destroy: () => this.end() };
  /** `pg` records here which named statements this session has prepared, or has sent to be. */
  parsedStatements: Record<string, string> = {};
  submittedNamedStatements: Record<string, string> = {};
  private pending: Serialized[] = [];
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly pglite: PGlite) {
    super();
  }

  connect(): void {
    this._connecting = true;
    this.chain = this.chain.then(() => this.pglite.waitReady).then(
      () => this.emit('readyForQuery'),
      (error: unknown) => this.emit('error', error),
    );
  }

  requestSsl(): void {
    // A session in this process: no TLS to negotiate.
  }

  startup(): void {
    // PGlite's session is ready once PGlite is (connect above): no start-up message.
  }

  password(): void {
    // No authentication.
  }

  cancel(): void {
    // A statement runs to its end on the process's own thread: nothing can cancel it from outside.
  }

  ref(): void {
    // No socket to keep the event loop alive.
  }

  unref(): void {
    // No socket to let go of.
  }

  query(text: string): void {
    this.send([serialize.query(text)]);
  }

  parse(message: ParseMessage): void {
    this.pending.push(serialize.parse(message));
  }

  bind(message: BindMessage): void {
    this.pending.push(serialize.bind(message));
  }

  describe(message: PortalMessage): void {
    this.pending.push(serialize.describe(message));
  }

  execute(message: ExecuteMessage): void {
    this.pending.push(serialize.execute(message));
  }

  close(message: PortalMessage): void {
    this.pending.push(serialize.close(message));
  }

  flush(): void {
    this.pending.push(serialize.flush());
    this.send(this.pending.splice(0));
  }

  sync(): void {
    this.pending.push(serialize.sync());
    this.send(this.pending.splice(0));
  }

  // COPY is not used against the embedded database.
  sendCopyFromChunk(): void {
    this.emit('error', new Error('COPY FROM STDIN is not supported on the embedded database'));
  }

  endCopyFrom(): void {
    // See sendCopyFromChunk.
  }

  sendCopyFail(): void {
    // See sendCopyFromChunk.
  }

  end(): void {
    this.chain = this.chain.then(() => this.emit('end'));
  }

  private send(parts: Serialized[]): void {
    const message = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    this.chain = this.chain
      .then(() => this.pglite.execProtocolStream(message, { throwOnError: false }))
      .then((messages) => {
        for (const answer of messages) this.emit(answer.name === 'error' ? 'errorMessage' : answer.name, answer);
      })
      .catch((error: unknown) => this.emit('error', error));
  }
}
