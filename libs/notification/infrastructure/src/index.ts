export * from './notification.module';
export * from './job-outbox.dispatcher';
export * from './smtp-email.sender';
export * from './http-webhook.sender';
export * from './notification.env';
export { HolidayNoticeFileSchema } from './calendar.http.responses';
export { InboxStreams } from './inbox-streams';
