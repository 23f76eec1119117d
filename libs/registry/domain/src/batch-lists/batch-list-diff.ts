import { canonicalBatchListSnapshot, type BatchList, type BatchListItem } from './batch-list';

type Scalar = string | number | boolean | null;

export interface BatchListFieldChange {
  /** Dotted path, e.g. `title.zh`, `snapshot.ownerUnit`, `note`. */
  field: string;
  before: Scalar;
  after: Scalar;
}

export interface BatchListDiffItem extends BatchListItem {
  /** 序号 in its list (1-based). */
  position: number;
}

export interface BatchListChangedItem {
  scenarioId: string;
  /** 序号 in the base and in the target list. */
  position: { before: number; after: number };
  changes: BatchListFieldChange[];
}

export interface BatchListDiff {
  base: { id: string; number: string; revision: number; status: string };
  target: { id: string; number: string; revision: number; status: string };
  /** Changes to the number, title, issuing unit, issue date or year. */
  header: BatchListFieldChange[];
  added: BatchListDiffItem[];
  removed: BatchListDiffItem[];
  changed: BatchListChangedItem[];
  summary: { added: number; removed: number; changed: number; unchanged: number };
}

/**
 * What changed from `base` to `target`: items matched by scenario; an item present in both is changed when its
 * note, category or any field of its scenario snapshot differs (field by field). When either side has no snapshot
 * (a draft shown without a preview), only note and category are compared. The order of items is not a change.
 */
export function diffBatchLists(base: BatchList, target: BatchList): BatchListDiff {
  const baseItems = indexItems(base.items);
  const targetItems = indexItems(target.items);
  const added: BatchListDiffItem[] = [];
  const changed: BatchListChangedItem[] = [];
  let unchanged = 0;
  for (const [scenarioId, after] of targetItems) {
    const before = baseItems.get(scenarioId);
    if (!before) {
      added.push(after);
      continue;
    }
    const changes = itemChanges(before, after);
    if (changes.length > 0) changed.push({ scenarioId, position: { before: before.position, after: after.position }, changes });
    else unchanged += 1;
  }
  const removed = [...baseItems.values()].filter((item) => !targetItems.has(item.scenarioId));
  return {
    base: reference(base),
    target: reference(target),
    header: compare(headerOf(base), headerOf(target)),
    added,
    removed,
    changed,
    summary: { added: added.length, removed: removed.length, changed: changed.length, unchanged },
  };
}

function reference(list: BatchList) {
  return { id: list.id, number: list.number, revision: list.revision, status: list.status };
}

function headerOf(list: BatchList) {
  return { number: list.number, title: list.title, issuingUnit: list.issuingUnit, issueDate: list.issueDate, year: list.year };
}

function indexItems(items: BatchListItem[]): Map<string, BatchListDiffItem> {
  return new Map(items.map((item, index) => [item.scenarioId, { ...item, position: index + 1 }]));
}

function itemChanges(before: BatchListItem, after: BatchListItem): BatchListFieldChange[] {
  const changes = compare({ note: before.note, category: before.category }, { note: after.note, category: after.category });
  if (!before.snapshot || !after.snapshot) return changes;
  return [...changes, ...compare(canonicalBatchListSnapshot(before.snapshot), canonicalBatchListSnapshot(after.snapshot), 'snapshot')];
}

/** Field-level changes between two values; a nested object that is null on one side compares as its fields being null. */
function compare(before: unknown, after: unknown, path = ''): BatchListFieldChange[] {
  if (isRecord(before) || isRecord(after)) {
    const b = isRecord(before) ? before : {};
    const a = isRecord(after) ? after : {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    return keys.flatMap((key) => compare(b[key], a[key], path ? `${path}.${key}` : key));
  }
  const b = scalar(before);
  const a = scalar(after);
  return b === a ? [] : [{ field: path, before: b, after: a }];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

function scalar(value: unknown): Scalar {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}
