export const NOTIFICATION_SCHEDULER = Symbol('NOTIFICATION_SCHEDULER');
export const NOTIFICATION_RUNTIME_OPTIONS = Symbol('NOTIFICATION_RUNTIME_OPTIONS');
/** The service's whole object graph (see notification.composition.ts); its parts are provided from it. */
export const NOTIFICATION_GRAPH = Symbol('NOTIFICATION_GRAPH');
