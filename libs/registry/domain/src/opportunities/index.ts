export * from './matchmaking-rule.error';
export { bilingualText, bilingualTitle, calendarDate, normaliseName } from './matchmaking-fields.schema';
export * from './matchmaking-caller.policy';
export * from './opportunity';
export * from './opening-follows-listing';
export * from './demand-list';
export * from './matchmaking-event';
