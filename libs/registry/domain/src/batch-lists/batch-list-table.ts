import { describeScenarioStage } from '@scq/contracts';
import { isTaxonomyVersionId, planTargets } from '@scq/taxonomy';
import type { BatchList, BatchListItem, BatchListStatus } from './batch-list';

/** One column of an exported list; the header is bilingual (Chinese first). */
export interface BatchListColumn {
  key: string;
  zh: string;
  en: string;
  /** Characters, for spreadsheets. */
  width: number;
  value(item: BatchListItem, position: number): string | number;
}

const OWNER_TYPE_NAMES: Record<string, string> = {
  'municipal-department': '市级部门',
  district: '区县',
  'municipal-soe': '市属国企',
  enterprise: '企业',
  'university-institute': '高校/科研院所',
};

const STATUS_NAMES: Record<BatchListStatus, string> = { draft: '草稿 draft', published: '已发布 published', superseded: '已被取代 superseded' };

function tierName(version: string, code: string): string {
  const tier = isTaxonomyVersionId(version) ? planTargets(version).scenarioTiers.find((t) => t.code === code) : undefined;
  return tier ? tier.zhName : code;
}

export const BATCH_LIST_COLUMNS: readonly BatchListColumn[] = [
  { key: 'position', zh: '序号', en: 'No.', width: 8, value: (_item, position) => position },
  { key: 'title', zh: '场景名称', en: 'Scenario title', width: 36, value: (item) => item.snapshot?.title.zh ?? '' },
  { key: 'titleEn', zh: '英文名称', en: 'Title (English)', width: 36, value: (item) => item.snapshot?.title.en ?? '' },
  { key: 'domain', zh: '领域', en: 'Domain', width: 20, value: (item) => item.snapshot?.domainName?.zh ?? item.snapshot?.domainCode ?? '' },
  { key: 'ownerUnit', zh: '所属单位', en: 'Owner unit', width: 24, value: (item) => item.snapshot?.ownerUnit ?? '' },
  { key: 'ownerType', zh: '单位类型', en: 'Owner type', width: 14, value: (item) => (item.snapshot ? (OWNER_TYPE_NAMES[item.snapshot.ownerType] ?? item.snapshot.ownerType) : '') },
  { key: 'tier', zh: '场景层级', en: 'Tier', width: 18, value: (item) => (item.snapshot ? tierName(item.snapshot.taxonomyVersion, item.snapshot.tier) : '') },
  { key: 'district', zh: '区县', en: 'District', width: 12, value: (item) => item.snapshot?.district ?? '' },
  { key: 'stage', zh: '发布时阶段', en: 'Stage when published', width: 24, value: (item) => (item.snapshot ? describeScenarioStage(item.snapshot.stage) : '') },
  { key: 'category', zh: '类别', en: 'Category', width: 16, value: (item) => item.category ?? '' },
  { key: 'note', zh: '备注', en: 'Note', width: 30, value: (item) => item.note ?? '' },
  { key: 'scenarioId', zh: '场景编号', en: 'Scenario ID', width: 38, value: (item) => item.scenarioId },
];

export function batchListColumnHeader(column: Pick<BatchListColumn, 'zh' | 'en'>): string {
  return `${column.zh} ${column.en}`;
}

/** The list as a table: one header row, one row per item, in list order. */
export function batchListTable(list: BatchList): { header: string[]; rows: Array<Array<string | number>> } {
  return {
    header: BATCH_LIST_COLUMNS.map(batchListColumnHeader),
    rows: list.items.map((item, index) => BATCH_LIST_COLUMNS.map((column) => column.value(item, index + 1))),
  };
}

/** What the paper list carries above the table: number, title, issuing unit, date, year, revision and status. */
export function batchListHeading(list: BatchList): Array<[label: string, value: string]> {
  const heading: Array<[string, string]> = [
    ['批次编号 Number', list.number],
    ['标题 Title', list.title.en ? `${list.title.zh} / ${list.title.en}` : list.title.zh],
    ['发布单位 Issuing unit', list.issuingUnit],
    ['发布日期 Issue date', list.issueDate],
    ['年度 Year', String(list.year)],
    ['版本 Revision', list.revision === 1 ? '1' : `${list.revision}（更正版 correction）`],
    ['状态 Status', STATUS_NAMES[list.status]],
  ];
  if (list.revisionReason) heading.push(['更正说明 Correction note', list.revisionReason]);
  return heading;
}
