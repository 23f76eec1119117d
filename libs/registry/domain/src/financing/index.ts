export * from './financing-money';
export * from './financing';
