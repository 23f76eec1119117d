import { BaseRpcContext } from '@nestjs/microservices';
import type { Transaction } from '@scq/platform-persistence';

/**
 * What an `@OnEvent` handler gets with `@Ctx()`: the transaction its inbox row is written in (write the handler's
 * state and outbox rows in it, so they commit together) and the consumer.
 */
export class InboxContext extends BaseRpcContext<[Transaction, string]> {
  get transaction(): Transaction {
    return this.args[0];
  }

  get consumer(): string {
    return this.args[1];
  }
}
