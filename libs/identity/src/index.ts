export * from './districts';
export { DISTRICTS_2026 } from './districts.data';
export * from './uscc';
export * from './directory-user';
export * from './organisation-names';
