import type { SupplierCreditChangedV1 } from '@scq/contracts';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { CreditRestriction, SupplierCredits } from '@scq/workflow-application';

/** `workflow.supplier_credit`: the latest credit status of each supplier organisation, as the registry published it. */
export class SqlSupplierCredits implements SupplierCredits {
  async restrictionOf(db: SqlExecutor, organisation: string): Promise<CreditRestriction | null> {
    const { rows } = await db.query<{ reason: string; since: string }>(
      "SELECT reason, since::text AS since FROM workflow.supplier_credit WHERE organisation = $1 AND status = 'restricted'",
      [organisation],
    );
    return rows[0] ?? null;
  }

  async record(tx: SqlExecutor, change: SupplierCreditChangedV1): Promise<void> {
    await tx.query(
      `INSERT INTO workflow.supplier_credit (organisation, status, reason, since, changed_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (organisation) DO UPDATE SET status = EXCLUDED.status, reason = EXCLUDED.reason, since = EXCLUDED.since, changed_at = EXCLUDED.changed_at
       WHERE supplier_credit.changed_at <= EXCLUDED.changed_at`,
      [change.organisation, change.status, change.reason, change.since, change.at],
    );
  }
}
