import type { BatchListView } from '@scq/registry-application';

/** A list as the API (and the JSON export) shows it: header, whether snapshots are captured or a preview, items with 序号. */
export function presentBatchList({ list, snapshots }: BatchListView) {
  const { items, ...header } = list;
  return { ...header, snapshots, itemCount: items.length, items: items.map((item, index) => ({ position: index + 1, ...item })) };
}

export type BatchListPresentation = ReturnType<typeof presentBatchList>;
