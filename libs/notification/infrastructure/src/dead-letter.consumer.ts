import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { DeadLetterNoticeHandler } from '@scq/notification-application';
import { InboxContext, OnEvent, SqlDeadLetterStore, type InboxEvent } from '@scq/platform-messaging';

export const DEAD_LETTER_CONSUMER = 'notification.dead-letters';

/**
 * `platform.message.dead-lettered` (from any service) → the dead letter is kept for the admins' operations
 * (`/api/operations/dead-letters`) and a critical notice goes to the admins' inbox, in the inbox row's transaction.
 */
@Controller()
export class DeadLetterConsumer {
  constructor(
    @Inject(SqlDeadLetterStore) private readonly store: SqlDeadLetterStore,
    private readonly notice: DeadLetterNoticeHandler,
  ) {}

  @OnEvent('platform.dead-letter.v1', 'platform.message.dead-lettered', DEAD_LETTER_CONSUMER)
  async deadLettered(@Payload() event: InboxEvent<'platform.dead-letter.v1', 'platform.message.dead-lettered'>, @Ctx() context: InboxContext): Promise<void> {
    const letter = await this.store.record(context.transaction, event);
    await this.notice.handle(context.transaction, letter);
  }
}
