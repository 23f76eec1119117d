import type { SqlExecutor } from '@scq/platform-persistence';
import {
  BatchListError,
  batchListEditRefusal,
  batchListManagementRefusal,
  listingRefusal,
  type BatchList,
  type BatchListCaller,
  type BatchListFieldError,
  type Scenario,
} from '@scq/registry-domain';
import type { BatchListRepository, BatchListScenarios } from './batch-list.repository.port';

/** Request input, validated only once the caller and the list's state allow the request (so a 403 or 409 comes first). */
export type BatchListInput<T> = () => T;

export function authorise(caller: BatchListCaller | null): BatchListCaller {
  const refusal = batchListManagementRefusal(caller);
  if (refusal) throw refusal;
  return caller as BatchListCaller;
}

export function notFound(id: string): BatchListError {
  return new BatchListError('not-found', 'NOT_FOUND', `批次清单不存在 Batch list ${id} not found`);
}

export async function lockList(tx: SqlExecutor, lists: BatchListRepository, id: string): Promise<BatchList> {
  const list = await lists.findByIdForUpdate(tx, id);
  if (!list) throw notFound(id);
  return list;
}

/** The list, locked, if it is still a draft; a 409 otherwise. */
export async function lockDraft(tx: SqlExecutor, lists: BatchListRepository, id: string): Promise<BatchList> {
  const list = await lockList(tx, lists, id);
  const refusal = batchListEditRefusal(list);
  if (refusal) throw refusal;
  return list;
}

export function checkVersion(list: BatchList, expectedVersion: number | undefined): void {
  if (expectedVersion !== undefined && expectedVersion !== list.version) {
    throw new BatchListError(
      'conflict',
      'VERSION_MISMATCH',
      `批次清单已被他人修改（当前版本号 ${list.version}，您看到的是 ${expectedVersion}），请刷新后重试 The list changed since you read it (version ${list.version}, you sent ${expectedVersion}); reload and retry`,
    );
  }
}

/** Writes the edited draft (version bumped) or reports a concurrent write. */
export async function saveDraft(tx: SqlExecutor, lists: BatchListRepository, list: BatchList, at: Date): Promise<BatchList> {
  const next = { ...list, version: list.version + 1, updatedAt: at };
  if (!(await lists.save(tx, next))) {
    throw new BatchListError('conflict', 'VERSION_MISMATCH', '批次清单同时被他人修改，请刷新后重试 The list was changed concurrently; reload and retry');
  }
  return next;
}

/** The scenarios the items name, in one read; unknown ones are field errors at `pathOf(index)`. */
export async function requireScenarios(
  db: SqlExecutor,
  scenarios: BatchListScenarios,
  ids: readonly string[],
  pathOf: (index: number) => string,
): Promise<Map<string, Scenario>> {
  const found = new Map((await scenarios.findMany(db, [...new Set(ids)])).map((s) => [s.id, s]));
  const fields: BatchListFieldError[] = ids.flatMap((id, index) => (found.has(id) ? [] : [{ path: pathOf(index), message: `场景不存在 unknown scenario ${id}` }]));
  if (fields.length > 0) {
    throw new BatchListError('invalid', 'UNKNOWN_SCENARIO', `请求数据无效 Invalid request: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`, fields);
  }
  return found;
}

export async function requireNumberFree(db: SqlExecutor, lists: BatchListRepository, number: string, exceptId?: string): Promise<void> {
  if (await lists.numberInUse(db, number, exceptId)) {
    throw new BatchListError('conflict', 'NUMBER_TAKEN', `批次编号 ${number} 已被使用 List number ${number} is already in use`, [
      { path: 'number', message: `批次编号已被使用 number already in use` },
    ]);
  }
}

/** The scenarios of the published revision a correction corrects (none for revision 1): they may stay on it. */
export async function carriedScenarios(db: SqlExecutor, lists: BatchListRepository, list: Pick<BatchList, 'revisionOf'>): Promise<Set<string>> {
  if (!list.revisionOf) return new Set();
  const corrected = await lists.findById(db, list.revisionOf);
  return new Set(corrected?.items.map((item) => item.scenarioId) ?? []);
}

/** As `requireScenarios`, and each must be recognised and awaiting a list, or carried from the corrected revision (409). */
export async function requireListable(
  db: SqlExecutor,
  scenarios: BatchListScenarios,
  ids: readonly string[],
  pathOf: (index: number) => string,
  carried: ReadonlySet<string>,
): Promise<Map<string, Scenario>> {
  const found = await requireScenarios(db, scenarios, ids, pathOf);
  const refusal = listingRefusal(
    ids.map((id, index) => ({ path: pathOf(index), scenario: found.get(id) as Scenario })),
    carried,
  );
  if (refusal) throw refusal;
  return found;
}
