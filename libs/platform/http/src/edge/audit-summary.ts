import type { Response } from 'express';

/**
 * What a route did, in a few counts, for the gateway's audit log (`{"rows":12,"imported":10,"refused":2}`): the log
 * keeps no bodies, so a route whose effect a status and an id cannot tell (an import) says it in this header.
 */
export const AUDIT_SUMMARY_HEADER = 'x-audit-summary';

export type AuditSummary = Record<string, number | string | boolean>;

export function setAuditSummary(response: Pick<Response, 'setHeader'>, summary: AuditSummary): void {
  // JSON with non-ASCII escaped: a header value is Latin-1.
  response.setHeader(AUDIT_SUMMARY_HEADER, JSON.stringify(summary).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** The summary a header carries, or null when it is absent or not a flat JSON object of short values. */
export function parseAuditSummary(header: unknown): AuditSummary | null {
  if (typeof header !== 'string' || header.length > 1000) return null;
  try {
    const value = JSON.parse(header) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && v.length <= 200));
    return entries.length > 0 ? (Object.fromEntries(entries) as AuditSummary) : null;
  } catch {
    return null;
  }
}
