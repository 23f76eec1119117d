export * from './employment-report.repository.port';
export * from './employment-risk.handler';
