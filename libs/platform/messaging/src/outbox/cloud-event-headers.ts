/**
 * The CloudEvents Kafka protocol binding, binary content mode: the event's attributes as `ce_`-prefixed headers and its
 * `datacontenttype` as `content-type`. The body is left as it is (the structured JSON envelope every consumer reads);
 * the headers let a broker tool or a tracer read the event without parsing it. A payload that is not an event envelope
 * gets no headers.
 */
export function cloudEventHeaders(payload: string): Record<string, string> {
  let envelope: unknown;
  try {
    envelope = JSON.parse(payload);
  } catch {
    return {};
  }
  if (!envelope || typeof envelope !== 'object') return {};
  const attributes = envelope as Record<string, unknown>;
  if (typeof attributes.specversion !== 'string' || typeof attributes.id !== 'string' || typeof attributes.type !== 'string' || typeof attributes.source !== 'string') return {};
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    // Every attribute but the data itself (and the content type, which has its own header); extension values as strings.
    if (name === 'data' || name === 'data_base64' || name === 'datacontenttype' || value === null || value === undefined || typeof value === 'object') continue;
    headers[`ce_${name}`] = String(value);
  }
  headers['content-type'] = typeof attributes.datacontenttype === 'string' ? attributes.datacontenttype : 'application/json';
  return headers;
}
