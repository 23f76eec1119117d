export * from './bootstrap-host';
export * from './bus-from-env';
export * from './run-process';
