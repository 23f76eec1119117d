export * from './workflow.module';
export * from './workflow.migrations';
export * from './attachments';
export { contentDisposition } from './application-files.http.controller';
