import { DomainError, type FieldError } from '@scq/contracts';
import type { Database, SqlExecutor } from '@scq/platform-persistence';
import {
  columnOfPath,
  importProblem,
  readImportRow,
  scenarioIdentity,
  scenarioOwnership,
  ScenarioRegistrationError,
  type ImportCells,
  type ImportProblem,
  type Scenario,
  type ScenarioRegistrant,
} from '@scq/registry-domain';
import type { RegisterScenarioHandler } from '../register-scenario.handler';
import type { ScenarioRepository } from '../scenario.repository.port';

export const IMPORT_MODES = ['dry-run', 'commit'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** A data row of the sheet: its row number as the spreadsheet shows it, and its cells by column. */
export interface ImportSheetRow {
  row: number;
  cells: ImportCells;
}

export interface ImportRowReport {
  row: number;
  /** The registration the row reads as (what `POST /api/scenarios` would receive). */
  scenario: Record<string, unknown>;
  /** `valid` (dry run: would be imported), `imported` (commit), `refused` (an error among its problems). */
  status: 'valid' | 'imported' | 'refused';
  /** The registered scenario (commit only). */
  scenarioId: string | null;
  problems: ImportProblem[];
}

export interface ImportReport {
  mode: ImportMode;
  rows: ImportRowReport[];
  summary: { rows: number; valid: number; refused: number; warnings: number; imported: number };
}

/** All-or-nothing was asked and some rows have errors: nothing is imported (422, each problem named by row and column). */
export class ScenarioImportRefused extends DomainError {
  readonly kind = 'unprocessable' as const;
  constructor(
    readonly refusedRows: number,
    fields: FieldError[],
  ) {
    super(
      'IMPORT_HAS_PROBLEMS',
      `有 ${refusedRows} 行存在问题，按“全部或全不”要求未导入任何场景 ${refusedRows} row(s) have problems; all-or-nothing was asked, so nothing was imported`,
      fields,
    );
  }
}

interface CheckedRow {
  row: number;
  input: Record<string, unknown>;
  scenario: Scenario | null;
  problems: ImportProblem[];
}

/**
 * 批量导入: each row is registered exactly as `POST /api/scenarios` registers one (the same schema, the same
 * ownership rule, the same `registry.scenario.registered` event), after checks in words per row and column. A row that
 * repeats a stored scenario or an earlier row (same title, domain and owner unit) is refused, so uploading the same file
 * again imports nothing twice. The dry run stores nothing; a commit registers the valid rows in one transaction
 * (or none of them when all-or-nothing is asked and a row has errors). Imports are serialised by a transaction lock,
 * so two uploads of one file at once cannot both pass the duplicate check.
 */
export class ImportScenariosHandler {
  constructor(
    private readonly db: Database,
    private readonly scenarios: ScenarioRepository,
    private readonly register: RegisterScenarioHandler,
  ) {}

  async execute(registrant: ScenarioRegistrant, rows: readonly ImportSheetRow[], options: { mode: ImportMode; allOrNothing?: boolean }): Promise<ImportReport> {
    if (options.mode === 'dry-run') return reportOf('dry-run', await this.check(this.db, registrant, rows), new Map());
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('registry.scenario-import'))`);
      const checked = await this.check(tx, registrant, rows);
      const refused = checked.filter((row) => !acceptable(row));
      if (options.allOrNothing && refused.length > 0) throw new ScenarioImportRefused(refused.length, refused.flatMap(fieldErrorsOf));
      const imported = new Map<number, string>();
      for (const row of checked) {
        if (!acceptable(row)) continue;
        await this.register.recordIn(tx, row.scenario);
        imported.set(row.row, row.scenario.id);
      }
      return reportOf('commit', checked, imported);
    });
  }

  private async check(db: SqlExecutor, registrant: ScenarioRegistrant, rows: readonly ImportSheetRow[]): Promise<CheckedRow[]> {
    const checked: CheckedRow[] = [];
    for (const { row, cells } of rows) {
      const read = readImportRow(cells);
      const problems = [...read.problems];
      let scenario: Scenario | null = null;
      if (read.registration) {
        try {
          scenario = await this.register.scenarioOf(db, scenarioOwnership(registrant, read.registration), read.registration);
        } catch (error) {
          if (!(error instanceof ScenarioRegistrationError)) throw error;
          problems.unshift(ownershipProblem(error));
        }
      }
      checked.push({ row, input: read.input, scenario, problems });
    }
    await this.markDuplicates(db, checked);
    return checked;
  }

  private async markDuplicates(db: SqlExecutor, rows: CheckedRow[]): Promise<void> {
    const candidates = rows.filter((row): row is CheckedRow & { scenario: Scenario } => row.scenario !== null);
    const stored = await this.scenarios.findByOwnersAndDomains(db, unique(candidates.map((row) => row.scenario.ownerUnit)), unique(candidates.map((row) => row.scenario.domainCode)));
    const existing = new Map(stored.map((scenario) => [scenarioIdentity(scenario), scenario.id]));
    const earlier = new Map<string, number>();
    const title = columnOfPath('title.zh');
    for (const row of candidates) {
      const identity = scenarioIdentity(row.scenario);
      const id = existing.get(identity);
      const first = earlier.get(identity);
      if (id) {
        row.problems.unshift(
          importProblem('DUPLICATE_SCENARIO', 'error', `已有相同名称、领域和所属单位的场景（${id}），不再重复导入 A scenario with the same title, domain and owner unit is already registered (${id}); not imported again`, title),
        );
      } else if (first !== undefined) {
        row.problems.unshift(importProblem('DUPLICATE_ROW', 'error', `与第 ${first} 行是同一场景（名称、领域和所属单位相同） Same scenario as row ${first} (same title, domain and owner unit)`, title));
      } else earlier.set(identity, row.row);
    }
  }
}

function acceptable(row: CheckedRow): row is CheckedRow & { scenario: Scenario } {
  return row.scenario !== null && !row.problems.some((problem) => problem.severity === 'error');
}

function ownershipProblem(error: ScenarioRegistrationError): ImportProblem {
  const message = error.fields?.[0]?.message ?? error.message;
  const code = error.code === 'UNKNOWN_UNIT' || error.code === 'NOT_OWN_UNIT' || error.code === 'NOT_OWN_DISTRICT' ? error.code : 'FORBIDDEN';
  return importProblem(code, 'error', message, columnOfPath(code === 'NOT_OWN_DISTRICT' ? 'district' : 'ownerUnit'));
}

function fieldErrorsOf(row: CheckedRow): FieldError[] {
  return row.problems.filter((problem) => problem.severity === 'error').map((problem) => ({ path: `rows.${row.row}${problem.column ? `.${problem.column}` : ''}`, message: problem.message }));
}

function reportOf(mode: ImportMode, rows: CheckedRow[], imported: Map<number, string>): ImportReport {
  const reported = rows.map((row): ImportRowReport => {
    const scenarioId = imported.get(row.row) ?? null;
    const status = scenarioId ? 'imported' : acceptable(row) ? 'valid' : 'refused';
    return { row: row.row, scenario: row.input, status, scenarioId, problems: row.problems };
  });
  const refused = reported.filter((row) => row.status === 'refused').length;
  return {
    mode,
    rows: reported,
    summary: {
      rows: reported.length,
      valid: reported.length - refused,
      refused,
      warnings: reported.filter((row) => row.problems.some((problem) => problem.severity === 'warning')).length,
      imported: imported.size,
    },
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
