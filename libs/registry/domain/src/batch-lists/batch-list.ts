import type { Scenario } from '../scenario-registration';
import { findDomain } from '@scq/taxonomy';
import { BatchListError } from './batch-list.errors';

/** 草稿 (editable) → 已发布 (immutable) → 已被更正版本取代 (still readable). */
export const BATCH_LIST_STATUSES = ['draft', 'published', 'superseded'] as const;
export type BatchListStatus = (typeof BATCH_LIST_STATUSES)[number];

/** The scenario's fields as they were when the list was published: a published list never changes with the scenario. */
export interface BatchListSnapshot {
  title: { zh: string; en: string | null };
  taxonomyVersion: string;
  aspectCode: string;
  domainCode: string;
  /** The domain's name in the scenario's taxonomy version; null if the version does not know the code. */
  domainName: { zh: string; en: string } | null;
  ownerUnit: string;
  ownerType: string;
  tier: string;
  district: string | null;
  /** The lifecycle stage as the registry's read model had it; null before the workflow reported one. */
  stage: string | null;
}

export interface BatchListItem {
  scenarioId: string;
  note: string | null;
  /** A free classification within the list, e.g. 综合性重大场景 or 场景机会. */
  category: string | null;
  /** Captured on publish; null in a draft. */
  snapshot: BatchListSnapshot | null;
}

/** What identifies a list on paper: 批次编号, title, 发布单位, 发布日期 and the year it belongs to. */
export interface BatchListHeader {
  number: string;
  title: { zh: string; en: string | null };
  issuingUnit: string;
  /** YYYY-MM-DD. */
  issueDate: string;
  year: number;
}

export interface BatchList extends BatchListHeader {
  id: string;
  /** 1 for the original; a correction is revision 2, 3, … with the same number. */
  revision: number;
  /** The published revision this one corrects; null for revision 1. */
  revisionOf: string | null;
  /** 更正说明: why the correction was made. */
  revisionReason: string | null;
  status: BatchListStatus;
  /** Bumped on every write; edits may name the version they saw. */
  version: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  publishedBy: string | null;
  publishedAt: Date | null;
  /** The revision that replaced this one. */
  supersededBy: string | null;
  supersededAt: Date | null;
  /** In list order: an item's 序号 is its index + 1. */
  items: BatchListItem[];
}

export function batchListSnapshotOf(scenario: Scenario): BatchListSnapshot {
  const domain = findDomain(scenario.taxonomyVersion, scenario.domainCode);
  return {
    title: { zh: scenario.title.zh, en: scenario.title.en ?? null },
    taxonomyVersion: scenario.taxonomyVersion,
    aspectCode: scenario.aspectCode,
    domainCode: scenario.domainCode,
    domainName: domain ? { zh: domain.zhName, en: domain.enName } : null,
    ownerUnit: scenario.ownerUnit,
    ownerType: scenario.ownerType,
    tier: scenario.tier,
    district: scenario.district ?? null,
    stage: scenario.stage,
  };
}

/**
 * The snapshot with its fields in the canonical order (title first): stored JSON (jsonb) comes back with its keys
 * reordered, and field-level diffs and exports read better in the order the list shows them.
 */
export function canonicalBatchListSnapshot(snapshot: BatchListSnapshot): BatchListSnapshot {
  return {
    title: { zh: snapshot.title.zh, en: snapshot.title.en ?? null },
    taxonomyVersion: snapshot.taxonomyVersion,
    aspectCode: snapshot.aspectCode,
    domainCode: snapshot.domainCode,
    domainName: snapshot.domainName ? { zh: snapshot.domainName.zh, en: snapshot.domainName.en } : null,
    ownerUnit: snapshot.ownerUnit,
    ownerType: snapshot.ownerType,
    tier: snapshot.tier,
    district: snapshot.district ?? null,
    stage: snapshot.stage ?? null,
  };
}

export function describeBatchList(list: Pick<BatchList, 'number' | 'revision'>): string {
  return `${list.number}（第 ${list.revision} 版 revision ${list.revision}）`;
}

/** Only a draft may be edited; a published list is corrected by a new revision. */
export function batchListEditRefusal(list: BatchList): BatchListError | null {
  if (list.status === 'draft') return null;
  if (list.status === 'published') {
    return new BatchListError(
      'conflict',
      'BATCH_LIST_PUBLISHED',
      `批次清单 ${describeBatchList(list)} 已发布，不可修改；如需更正，请创建更正版本（POST /api/batch-lists/${list.id}/revisions） ` +
        `Batch list ${list.number} revision ${list.revision} is published and cannot be changed; create a correction revision instead`,
    );
  }
  return new BatchListError(
    'conflict',
    'BATCH_LIST_SUPERSEDED',
    `批次清单 ${describeBatchList(list)} 已被更正版本取代，不可修改 Batch list ${list.number} revision ${list.revision} has been superseded (by ${list.supersededBy}) and cannot be changed`,
  );
}

export function batchListPublishRefusal(list: BatchList): BatchListError | null {
  if (list.status !== 'draft') {
    return new BatchListError(
      'conflict',
      'BATCH_LIST_NOT_DRAFT',
      `批次清单 ${describeBatchList(list)} 不是草稿（${list.status}），不能再次发布 Batch list ${list.number} revision ${list.revision} is ${list.status}, not a draft: it cannot be published again`,
    );
  }
  if (list.items.length === 0) {
    return new BatchListError('conflict', 'BATCH_LIST_EMPTY', `批次清单 ${describeBatchList(list)} 没有场景，不能发布 Batch list ${list.number} has no scenarios and cannot be published`);
  }
  return null;
}

/** Only the revision in force (published) is corrected; a draft is simply edited. */
export function batchListRevisionRefusal(list: BatchList): BatchListError | null {
  if (list.status === 'published') return null;
  if (list.status === 'draft') {
    return new BatchListError('conflict', 'BATCH_LIST_IS_DRAFT', `批次清单 ${describeBatchList(list)} 是草稿，可直接修改，无需更正版本 Batch list ${list.number} is a draft: edit it instead of revising it`);
  }
  return new BatchListError(
    'conflict',
    'BATCH_LIST_SUPERSEDED',
    `批次清单 ${describeBatchList(list)} 已被取代，请基于现行版本（${list.supersededBy}）更正 Batch list ${list.number} revision ${list.revision} is superseded: revise the revision in force (${list.supersededBy})`,
  );
}

/** The draft of a correction: same number and header, the items copied (their snapshots are captured again on publish). */
export function batchListCorrectionDraft(published: BatchList, next: { id: string; revision: number; reason: string | null; by: string; at: Date }): BatchList {
  return {
    ...published,
    id: next.id,
    revision: next.revision,
    revisionOf: published.id,
    revisionReason: next.reason,
    status: 'draft',
    version: 1,
    createdBy: next.by,
    createdAt: next.at,
    updatedAt: next.at,
    publishedBy: null,
    publishedAt: null,
    supersededBy: null,
    supersededAt: null,
    items: published.items.map((item) => ({ ...item, snapshot: null })),
  };
}
