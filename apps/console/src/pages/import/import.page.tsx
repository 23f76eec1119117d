import { useId, useState, type ChangeEvent } from 'react';
import { answer, asApiError, http, type ApiError, type Schema } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { Page } from '../../ui/page';
import { ErrorMessage } from '../../ui/status';
import { messages } from './import.messages';
import { saveFile } from '../../ui/save-file';
import { TableWrap } from '../../ui/table-wrap';

type Report = Schema<'ScenarioImportReport'>;
type ReportRow = Schema<'ScenarioImportRow'>;
type Mode = Report['mode'];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends the chosen file itself as the body (the route takes the workbook, not JSON). */
async function upload(file: File, mode: Mode): Promise<Report> {
  return answer(
    http.POST('/api/scenarios/import', {
      params: { query: { mode } },
      body: file as unknown as string,
      bodySerializer: (body: unknown) => body as File,
      headers: { 'content-type': XLSX },
    }),
  );
}

async function downloadTemplate(): Promise<void> {
  const blob = await answer(http.GET('/api/scenarios/import/template', { parseAs: 'blob' }));
  saveFile(blob, '场景批量导入模板.xlsx');
}

/** `/import`: 批量导入 — the template, a check of the file (dry run), the import of the rows without errors. */
export function ImportPage() {
  const t = useT(messages);
  const ids = { file: useId(), fileHelp: useId(), template: useId(), check: useId(), result: useId() };
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState<'template' | Mode | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function act(what: 'template' | Mode, action: () => Promise<void>) {
    setBusy(what);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setBusy(null);
    }
  }

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0] ?? null);
    setReport(null);
    setError(null);
  };
  const run = (mode: Mode) => file && act(mode, async () => setReport(await upload(file, mode)));

  return (
    <Page title={t('title')}>
      <p>{t('intro')}</p>

      <section className="card" aria-labelledby={ids.template}>
        <h2 id={ids.template}>{t('stepTemplate')}</h2>
        <p className="muted small">{t('templateHelp')}</p>
        <button type="button" disabled={busy !== null} onClick={() => void act('template', downloadTemplate)}>
          {busy === 'template' ? t('downloading') : t('downloadTemplate')}
        </button>
      </section>

      <section className="card" aria-labelledby={ids.check}>
        <h2 id={ids.check}>{t('stepFile')}</h2>
        <label htmlFor={ids.file}>{t('file')}</label>
        <input id={ids.file} type="file" accept={`.xlsx,${XLSX}`} aria-describedby={ids.fileHelp} onChange={choose} disabled={busy !== null} />
        <p id={ids.fileHelp} className="form-help muted small">
          {t('fileHelp')}
        </p>
        <div className="form-buttons">
          <button type="button" disabled={!file || busy !== null} onClick={() => void run('dry-run')}>
            {busy === 'dry-run' ? t('checking') : t('check')}
          </button>
        </div>
      </section>

      {error ? <ErrorMessage error={error} /> : null}

      {report ? (
        <section className="card" aria-labelledby={ids.result}>
          <h2 id={ids.result}>{t('stepImport')}</h2>
          <ReportSummary report={report} />
          {report.mode === 'dry-run' ? (
            report.summary.valid > 0 ? (
              <div className="form-buttons">
                <button type="button" disabled={busy !== null} onClick={() => void run('commit')}>
                  {busy === 'commit' ? t('importing') : t('importValid', { count: report.summary.valid })}
                </button>
              </div>
            ) : (
              <p className="notice">{t('nothingToImport')}</p>
            )
          ) : null}
          <RowsTable report={report} />
        </section>
      ) : null}
    </Page>
  );
}

function ReportSummary({ report }: { report: Report }) {
  const t = useT(messages);
  const { summary } = report;
  return (
    <p className={report.mode === 'commit' ? 'success' : 'status'} role="status" aria-live="polite">
      {report.mode === 'commit' ? t('importedSummary', { imported: summary.imported, refused: summary.refused }) : t('checkedSummary', { rows: summary.rows, valid: summary.valid, refused: summary.refused, warnings: summary.warnings })}
    </p>
  );
}

function RowsTable({ report }: { report: Report }) {
  const t = useT(messages);
  const filterId = useId();
  const [onlyProblems, setOnlyProblems] = useState(report.summary.rows > 20);
  const rows = onlyProblems ? report.rows.filter((row) => row.problems.length > 0) : report.rows;
  return (
    <>
      <p>
        <input id={filterId} type="checkbox" checked={onlyProblems} onChange={(event) => setOnlyProblems(event.target.checked)} />{' '}
        <label htmlFor={filterId}>{t('onlyProblems')}</label>
      </p>
      <TableWrap label={report.mode === 'commit' ? t('rowsTableImported') : t('rowsTable')}>
        <table>
          <caption>{report.mode === 'commit' ? t('rowsTableImported') : t('rowsTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('row')}</th>
              <th scope="col">{t('scenarioTitle')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('problems')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row}>
                <th scope="row">{row.row}</th>
                <td>{titleOf(row) ?? <span className="muted">{t('untitled')}</span>}</td>
                <td>{t(row.status === 'imported' ? 'statusImported' : row.status === 'valid' ? 'statusValid' : 'statusRefused')}</td>
                <td>
                  <Problems row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}

function Problems({ row }: { row: ReportRow }) {
  const t = useT(messages);
  if (row.problems.length === 0) return <span className="muted">{t('noProblems')}</span>;
  return (
    <ul className="small">
      {row.problems.map((problem, index) => (
        <li key={index}>
          <strong className={problem.severity === 'error' ? 'form-field-error' : undefined}>{t(problem.severity === 'error' ? 'severityError' : 'severityWarning')}</strong>
          {' · '}
          {problem.columnLabel ?? t('wholeRow')}: {problem.message}
        </li>
      ))}
    </ul>
  );
}

/** The row's Chinese title as it was read, when it has one. */
function titleOf(row: ReportRow): string | null {
  const title = row.scenario.title as { zh?: unknown } | undefined;
  return typeof title?.zh === 'string' ? title.zh : null;
}
