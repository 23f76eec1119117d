import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { InboxContext, OnEvent, type InboxEvent } from '@scq/platform-messaging';
import { RecordConsortiumHandler } from '@scq/registry-application';

/** Keeps the workflow's consortia and their present members, so that matching ranks consortia too. */
@Controller()
export class ConsortiaConsumer {
  constructor(private readonly recordConsortium: RecordConsortiumHandler) {}

  @OnEvent('workflow.consortium.v1', 'workflow.consortium.changed', 'registry.consortia')
  consortiumChanged(@Payload() event: InboxEvent<'workflow.consortium.v1', 'workflow.consortium.changed'>, @Ctx() context: InboxContext): Promise<void> {
    return this.recordConsortium.handle(event, context.transaction);
  }
}
