export * from './attachment-store.env';
export * from './fs-attachment.store';
export * from './s3-attachment.store';
