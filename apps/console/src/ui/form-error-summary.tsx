import type { ApiError } from '../api/client';
import { ErrorMessage } from './status';

/**
 * A form's errors above its fields: every field error (the server's, as the form may have reworded them) by the
 * field's label, or the path itself where the form has no label for it, under the form's summary line; the
 * server's general message when it named no field.
 */
export function FormErrorSummary({ error, errors, labelOf, summary }: { error: ApiError | null; errors: Map<string, string>; labelOf: (path: string) => string | undefined; summary: string }) {
  if (!error) return null;
  if (errors.size === 0) return <ErrorMessage error={error} />;
  return (
    <div className="op-errors" role="alert" tabIndex={-1}>
      {summary}
      <ul>
        {[...errors].map(([path, message]) => (
          <li key={path}>
            {labelOf(path) ?? path}：{message}
          </li>
        ))}
      </ul>
    </div>
  );
}
