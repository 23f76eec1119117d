/** One row of a lifecycle instance's history, as the workflow's instance views show it. */
export interface HistoryEntry {
  sequence: number;
  kind: 'start' | 'transition' | 'migration';
  from: string | null;
  to: string;
  event: { type: string } & Record<string, unknown>;
  actor: { id: string; roles: string[]; unit: string | null };
  reason: string | null;
  occurredAt: string;
}
