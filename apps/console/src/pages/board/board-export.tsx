import { answer, http } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { beijingToday } from '../../ui/beijing-time';
import { saveFile } from '../../ui/save-file';
import { ErrorMessage } from '../../ui/status';
import { useApiAction } from '../../ui/use-api-action';
import { messages } from './board.messages';
import type { CountsQuery } from './board.model';

const FORMATS = ['csv', 'xlsx'] as const;

/** Exports the scenarios the board shows (its text and filters, what the caller reads) as CSV or Excel. */
export function BoardExport({ query }: { query: CountsQuery | null }) {
  const t = useT(messages);
  const { busy, error, run } = useApiAction();
  const download = (format: (typeof FORMATS)[number]) =>
    run(async () => {
      const blob = await answer(http.GET('/api/search/scenarios/export', { params: { query: { ...(query ?? {}), format } }, parseAs: 'blob' }));
      saveFile(blob, `scenarios-${beijingToday()}.${format}`);
    });
  return (
    <>
      {FORMATS.map((format) => (
        <button key={format} type="button" onClick={() => void download(format)} disabled={busy || query === null}>
          {t(format === 'csv' ? 'exportCsv' : 'exportXlsx')}
        </button>
      ))}
      {error ? <ErrorMessage error={error} /> : null}
    </>
  );
}
