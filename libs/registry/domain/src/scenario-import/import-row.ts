import type { z } from 'zod';
import { domain, findDomain, findUnit, isResponsibleFor, isTaxonomyVersionId, type TaxonomyVersionId } from '@scq/taxonomy';
import { yuanToFen } from '../money';
import { budgetReserve, DEFAULT_TAXONOMY_VERSION, scenarioRegistrationSchema, withCanonicalDistrict, type ScenarioRegistration } from '../scenario-registration';
import { columnHeader, columnOfPath, IMPORT_COLUMNS, YES_NO, type CellValue, type ImportColumn, type ImportColumnKey } from './import-columns';

/** What a row of an import sheet holds, by column (a column the sheet leaves out is absent). */
export type ImportCells = Partial<Record<ImportColumnKey, CellValue>>;

export type ImportProblemCode =
  | 'INVALID_VALUE'
  | 'UNKNOWN_DOMAIN'
  | 'UNKNOWN_UNIT'
  | 'NOT_OWN_UNIT'
  | 'NOT_OWN_DISTRICT'
  | 'FORBIDDEN'
  | 'DUPLICATE_SCENARIO'
  | 'DUPLICATE_ROW'
  | 'UNIT_NOT_RESPONSIBLE'
  | 'RESERVE_BELOW_MINIMUM';

/**
 * One problem of a row, in words (zh then en), on the column it concerns (null: the row as a whole). An `error` keeps
 * the row out of the import (what `POST /api/scenarios` would refuse, or a duplicate); a `warning` is imported and
 * flagged, as registration flags it (a reserve below the plan's minimum, a unit not responsible for the domain).
 */
export interface ImportProblem {
  column: ImportColumnKey | null;
  /** The column's header (`领域代码 Domain code`). */
  columnLabel: string | null;
  code: ImportProblemCode;
  severity: 'error' | 'warning';
  message: string;
}

export function importProblem(code: ImportProblemCode, severity: ImportProblem['severity'], message: string, column?: ImportColumn): ImportProblem {
  return { column: column?.key ?? null, columnLabel: column ? columnHeader(column) : null, code, severity, message };
}

const NOT_YUAN = '应为金额（元），最多两位小数，不超过 1 万亿元 must be an amount of yuan with at most two decimals, at most 1 万亿元';

/** A money column whose cell is not an amount of 元 the platform can hold in fen (its problem says so in 元, not in fen). */
function isUnreadableYuan(cells: ImportCells, key: ImportColumnKey | null): boolean {
  return (key === 'budgetTotal' || key === 'newScenarioReserve') && typeof fenOf(cells[key]) === 'string';
}

const column = (key: ImportColumnKey) => IMPORT_COLUMNS.find((c) => c.key === key) as ImportColumn;

/** The row as the registration `POST /api/scenarios` would receive, and what the schema says of it. */
export interface ReadRow {
  /** The registration the cells spell (before validation: what the row was read as). */
  input: Record<string, unknown>;
  registration: ScenarioRegistration | null;
  problems: ImportProblem[];
}

export function readImportRow(cells: ImportCells): ReadRow {
  const input = registrationInputOf(cells);
  const parsed = scenarioRegistrationSchema.safeParse(input);
  if (parsed.success) return { input, registration: withCanonicalDistrict(parsed.data), problems: registrationWarnings(parsed.data) };
  const problems = parsed.error.issues.map(problemOfIssue).map((problem) => (isUnreadableYuan(cells, problem.column) ? { ...problem, message: NOT_YUAN } : problem));
  // The schema checks the domain against the taxonomy only once every field parsed: say it in the same pass.
  const unknownDomain = unknownDomainIssue(input);
  if (unknownDomain && !parsed.error.issues.some((issue) => issue.path[0] === 'domainCode')) problems.push(problemOfIssue(unknownDomain));
  return { input, registration: null, problems };
}

function unknownDomainIssue(input: Record<string, unknown>): z.core.$ZodIssue | null {
  const version = typeof input.taxonomyVersion === 'string' ? input.taxonomyVersion : DEFAULT_TAXONOMY_VERSION;
  const code = input.domainCode;
  if (typeof code !== 'string' || !isTaxonomyVersionId(version) || findDomain(version, code)) return null;
  return { code: 'custom', path: ['domainCode'], message: `分类版本 ${version} 中没有领域 ${code} No domain ${code} in taxonomy ${version}`, input: code } as z.core.$ZodIssue;
}

/** Cells to a registration: choices by Chinese label or code, numbers with thousands separators, 是/否, tags split on ; */
export function registrationInputOf(cells: ImportCells): Record<string, unknown> {
  const text = (key: ImportColumnKey) => textOf(cells[key]);
  const budget = { totalFen: fenOf(cells.budgetTotal), fundingSource: choiceOf(column('fundingSource'), cells.fundingSource), newScenarioReserveFen: fenOf(cells.newScenarioReserve) };
  const contact = { name: text('contactName'), phone: text('contactPhone'), email: text('contactEmail') };
  const sandbox = { needed: choiceOf({ choices: YES_NO }, cells.sandboxNeeded), reason: text('sandboxReason') };
  return defined({
    title: defined({ zh: text('titleZh'), en: text('titleEn') }),
    description: present({ zh: text('descriptionZh') }),
    domainCode: text('domainCode'),
    ownerUnit: text('ownerUnit'),
    ownerType: choiceOf(column('ownerType'), cells.ownerType),
    tier: choiceOf(column('tier'), cells.tier),
    district: text('district'),
    taxonomyVersion: text('taxonomyVersion'),
    budget: present(budget),
    sandbox: present({ ...sandbox, needed: sandbox.needed === 'true' ? true : sandbox.needed === 'false' ? false : sandbox.needed }),
    tags: text('tags')
      ?.split(/[;；,，、]/)
      .map((tag) => tag.trim())
      .filter(Boolean),
    contacts: present(contact) ? [defined(contact)] : undefined,
  });
}

/** What registration flags but accepts: a reserve below the plan's minimum, a department outside the domain's units. */
export function registrationWarnings(registration: ScenarioRegistration): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const reserve = budgetReserve(registration);
  if (reserve.belowMinimum && reserve.minimumShare !== null) {
    const share = percent(reserve.share ?? 0);
    const minimum = percent(reserve.minimumShare);
    problems.push(
      importProblem(
        'RESERVE_BELOW_MINIMUM',
        'warning',
        `政府投资项目的新场景预留为总预算的 ${share}，低于规划要求的 ${minimum} The new-scenario reserve of this government investment project is ${share} of the total budget, below the plan's minimum of ${minimum}`,
        column('newScenarioReserve'),
      ),
    );
  }
  const version = registration.taxonomyVersion as TaxonomyVersionId;
  const unit = registration.ownerType === 'municipal-department' ? findUnit(version, registration.ownerUnit.trim()) : undefined;
  if (unit && !isResponsibleFor(version, unit, registration.domainCode)) {
    const target = domain(version, registration.domainCode);
    const units = target.responsibleUnits.join('、');
    problems.push(
      importProblem(
        'UNIT_NOT_RESPONSIBLE',
        'warning',
        `${unit.zhName} 不是${target.zhName}的责任单位（责任单位：${units}） ${unit.enName} is not a responsible unit of the domain ${target.enName} (responsible: ${units})`,
        column('ownerUnit'),
      ),
    );
  }
  return problems;
}

/** Two rows, or a row and a stored scenario, are the same scenario: same title, domain and owner unit. */
export function scenarioIdentity(scenario: Pick<ScenarioRegistration, 'title' | 'domainCode' | 'ownerUnit'>): string {
  const title = scenario.title.zh.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  return `${title}\u0000${scenario.domainCode}\u0000${scenario.ownerUnit.trim()}`;
}

function problemOfIssue(issue: z.core.$ZodIssue): ImportProblem {
  const path = issue.path.map(String).join('.');
  const at = columnOfPath(path);
  const unknownDomain = path === 'domainCode' && issue.code === 'custom';
  return importProblem(unknownDomain ? 'UNKNOWN_DOMAIN' : 'INVALID_VALUE', 'error', issue.message, at);
}

function percent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toString()}%`;
}

function textOf(value: CellValue | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

/** A number, or the text as written (the schema then says it is not a number). */
/** 元 as the sheet holds it (a number, or text with thousands separators and 元) → integer fen; anything else as written. */
function fenOf(value: CellValue | undefined): number | string | undefined {
  if (typeof value === 'number') return yuanToFen(value) ?? String(value);
  const text = textOf(value);
  if (text === undefined) return undefined;
  return yuanToFen(text.replace(/元$/, '')) ?? text;
}

/** A choice by its code or its Chinese label; anything else as written (the schema names the choices). */
function choiceOf(of: Pick<ImportColumn, 'choices'>, value: CellValue | undefined): string | boolean | undefined {
  if (typeof value === 'boolean') return value;
  const text = textOf(value);
  if (text === undefined) return undefined;
  // 高价值小切口 and 高价值小切口场景 (as the plan and the console write a tier) are the same choice.
  const choice = of.choices?.find((c) => c.code.toLowerCase() === text.toLowerCase() || c.zh === text || `${c.zh}场景` === text);
  if (choice) return choice.code;
  if (of.choices === YES_NO) return /^(yes|y|1)$/i.test(text) ? 'true' : /^(no|n|0)$/i.test(text) ? 'false' : text;
  return text;
}

function defined<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/** The object with its given fields, or undefined when none is given. */
function present<T extends Record<string, unknown>>(object: T): T | undefined {
  const given = defined(object);
  return Object.keys(given).length > 0 ? given : undefined;
}
