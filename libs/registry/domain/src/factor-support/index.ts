export * from './factor-request';
