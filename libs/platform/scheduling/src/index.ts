export * from './scheduler.port';
export * from './scheduled-job.validation';
export * from './bullmq.scheduler';
export * from './database.scheduler';
export * from './scheduling.migration';
