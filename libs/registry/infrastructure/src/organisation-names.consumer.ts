import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { InboxContext, OnEvent, type InboxEvent } from '@scq/platform-messaging';
import { RecordOrganisationNameHandler } from '@scq/registry-application';

/** Keeps the directory's organisation names, so that enterprise and university owners are spelled the directory's way. */
@Controller()
export class OrganisationNamesConsumer {
  constructor(private readonly recordName: RecordOrganisationNameHandler) {}

  @OnEvent('identity.organisation.v1', 'identity.organisation.changed', 'registry.organisation-names')
  organisationChanged(@Payload() event: InboxEvent<'identity.organisation.v1', 'identity.organisation.changed'>, @Ctx() context: InboxContext): Promise<void> {
    return this.recordName.handle(event, context.transaction);
  }
}
