/** `proposed`, or `piloting.sandbox` for a nested state (parallel regions joined by commas). */
export function stageOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') throw new Error(`not a state value: ${String(value)}`);
  return Object.entries(value as Record<string, unknown>)
    .map(([parent, child]) => (child === undefined || (typeof child === 'object' && child !== null && Object.keys(child).length === 0) ? parent : `${parent}.${stageOf(child)}`))
    .join(',');
}
