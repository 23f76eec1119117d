import { FUNDING_SOURCES, OWNER_TYPES, SCENARIO_TIERS } from '../scenario-registration';

/** A value read from a spreadsheet cell (dates and formulas already reduced to what they show). */
export type CellValue = string | number | boolean | null;

/** Where a column's value goes in a registration (`POST /api/scenarios`), and how it is written in the sheet. */
export interface ImportColumn {
  key: ImportColumnKey;
  zh: string;
  en: string;
  /** The registration field it fills (`budget.totalFen`): problems on that path are reported on this column. */
  path: string;
  required: boolean;
  width: number;
  /** Allowed words (Chinese label, or the code): a drop-down in the template. */
  choices?: ReadonlyArray<{ code: string; zh: string }>;
}

export type ImportColumnKey =
  | 'titleZh'
  | 'titleEn'
  | 'descriptionZh'
  | 'domainCode'
  | 'ownerUnit'
  | 'ownerType'
  | 'tier'
  | 'district'
  | 'taxonomyVersion'
  | 'budgetTotal'
  | 'fundingSource'
  | 'newScenarioReserve'
  | 'sandboxNeeded'
  | 'sandboxReason'
  | 'tags'
  | 'contactName'
  | 'contactPhone'
  | 'contactEmail';

const OWNER_TYPE_LABELS: Record<(typeof OWNER_TYPES)[number], string> = {
  'municipal-department': '市级部门',
  district: '区县',
  'municipal-soe': '市属国企',
  enterprise: '企业',
  'university-institute': '高校院所',
};
const TIER_LABELS: Record<(typeof SCENARIO_TIERS)[number], string> = { 'comprehensive-major': '综合性重大', 'industry-integrated': '行业集成式', 'high-value-niche': '高价值小切口' };
const FUNDING_LABELS: Record<(typeof FUNDING_SOURCES)[number], string> = {
  'government-investment': '政府投资',
  'fiscal-fund': '财政资金',
  'soe-own': '国企自有资金',
  'social-capital': '社会资本',
  mixed: '多元投入',
};
const choices = (labels: Record<string, string>) => Object.entries(labels).map(([code, zh]) => ({ code, zh }));
export const YES_NO = [
  { code: 'true', zh: '是' },
  { code: 'false', zh: '否' },
];

/** The template's columns, in order. Headers are bilingual (`标题 Title`); either language is read back. */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { key: 'titleZh', zh: '场景名称', en: 'Title (zh)', path: 'title.zh', required: true, width: 30 },
  { key: 'titleEn', zh: '英文名称', en: 'Title (en)', path: 'title.en', required: false, width: 30 },
  { key: 'descriptionZh', zh: '场景描述', en: 'Description', path: 'description.zh', required: false, width: 40 },
  { key: 'domainCode', zh: '领域代码', en: 'Domain code', path: 'domainCode', required: true, width: 26 },
  { key: 'ownerUnit', zh: '所属单位', en: 'Owner unit', path: 'ownerUnit', required: true, width: 22 },
  { key: 'ownerType', zh: '所属单位类型', en: 'Owner type', path: 'ownerType', required: true, width: 16, choices: choices(OWNER_TYPE_LABELS) },
  { key: 'tier', zh: '场景层级', en: 'Tier', path: 'tier', required: true, width: 16, choices: choices(TIER_LABELS) },
  { key: 'district', zh: '区县', en: 'District', path: 'district', required: false, width: 12 },
  { key: 'taxonomyVersion', zh: '分类版本', en: 'Taxonomy version', path: 'taxonomyVersion', required: false, width: 16 },
  { key: 'budgetTotal', zh: '总预算（元）', en: 'Budget total (yuan)', path: 'budget.totalFen', required: false, width: 16 },
  { key: 'fundingSource', zh: '资金来源', en: 'Funding source', path: 'budget.fundingSource', required: false, width: 16, choices: choices(FUNDING_LABELS) },
  { key: 'newScenarioReserve', zh: '新场景预留（元）', en: 'New-scenario reserve (yuan)', path: 'budget.newScenarioReserveFen', required: false, width: 18 },
  { key: 'sandboxNeeded', zh: '需要沙盒监管', en: 'Sandbox needed', path: 'sandbox.needed', required: false, width: 12, choices: YES_NO },
  { key: 'sandboxReason', zh: '沙盒理由', en: 'Sandbox reason', path: 'sandbox.reason', required: false, width: 24 },
  { key: 'tags', zh: '标签（分号分隔）', en: 'Tags (separated by ;)', path: 'tags', required: false, width: 20 },
  { key: 'contactName', zh: '联系人', en: 'Contact name', path: 'contacts', required: false, width: 12 },
  { key: 'contactPhone', zh: '联系电话', en: 'Contact phone', path: 'contacts.0.phone', required: false, width: 16 },
  { key: 'contactEmail', zh: '联系邮箱', en: 'Contact email', path: 'contacts.0.email', required: false, width: 22 },
];

/** The header cell of a column as the template writes it. */
export function columnHeader(column: Pick<ImportColumn, 'zh' | 'en'>): string {
  return `${column.zh} ${column.en}`;
}

const normalised = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The column a header cell names: the template's bilingual header, its Chinese or its English words alone. */
export function columnOfHeader(header: string): ImportColumn | undefined {
  const written = normalised(header);
  return IMPORT_COLUMNS.find((column) => [columnHeader(column), column.zh, column.en].some((name) => normalised(name) === written));
}

/** The column that reports a problem on a registration path (`budget.newScenarioReserveFen`, `contacts.0.name`). */
export function columnOfPath(path: string): ImportColumn | undefined {
  const exact = IMPORT_COLUMNS.find((column) => column.path === path);
  if (exact) return exact;
  if (path.startsWith('contacts')) return IMPORT_COLUMNS.find((column) => column.key === 'contactName');
  if (path.startsWith('tags')) return IMPORT_COLUMNS.find((column) => column.key === 'tags');
  return IMPORT_COLUMNS.find((column) => path.startsWith(`${column.path}.`));
}
