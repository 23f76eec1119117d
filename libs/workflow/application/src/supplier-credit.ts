import type { SupplierCreditChangedV1 } from '@scq/contracts';
import { LifecycleError } from '@scq/platform-lifecycle';
import type { SqlExecutor } from '@scq/platform-persistence';

/** A 失信 restriction the registry set on a supplier organisation. */
export interface CreditRestriction {
  reason: string;
  since: string;
}

/**
 * The workflow's copy of the suppliers' credit status (from `registry.supplier.credit-changed`): the registry owns
 * it, the workflow decides applications and so keeps what it needs to refuse a restricted applicant.
 */
export interface SupplierCredits {
  restrictionOf(db: SqlExecutor, organisation: string): Promise<CreditRestriction | null>;
  /** Keeps the latest status per organisation (an older event delivered late changes nothing). */
  record(tx: SqlExecutor, change: SupplierCreditChangedV1): Promise<void>;
}

export const NO_CREDIT_RECORDS: SupplierCredits = { restrictionOf: async () => null, record: async () => undefined };

/** 403 `CREDIT_RESTRICTED` when the applicant's organisation is under a 失信 restriction. */
export async function refuseRestrictedSupplier(db: SqlExecutor, credits: SupplierCredits, organisation: string | null): Promise<void> {
  const name = organisation?.trim();
  if (!name) return;
  const restriction = await credits.restrictionOf(db, name);
  if (!restriction) return;
  throw new LifecycleError(
    'CREDIT_RESTRICTED',
    `${name} 自 ${restriction.since} 起被列为失信主体（${restriction.reason}），不能申报场景；如有异议请联系统筹协调单位 ${name} has been under a credit (失信) restriction since ${restriction.since} (${restriction.reason}) and may not apply to take a scenario; contact the coordinator to dispute it`,
  );
}
