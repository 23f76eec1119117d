export const NOTIFICATION_SCHEDULER = Symbol('NOTIFICATION_SCHEDULER');
/** The service's whole object graph (see notification.composition.ts); its parts are provided from it. */
export const NOTIFICATION_GRAPH = Symbol('NOTIFICATION_GRAPH');
