export * from './factor-request.repository.port';
export * from './factor-requests.handler';
