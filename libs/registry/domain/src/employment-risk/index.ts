export * from './employment-risk.data';
export * from './employment-report';
