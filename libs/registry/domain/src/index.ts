export * from './scenario-registration';
