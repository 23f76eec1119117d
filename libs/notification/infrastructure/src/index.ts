export * from './notification.module';
