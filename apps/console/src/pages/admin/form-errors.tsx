import { fieldErrors, type ApiError } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { messages } from './admin.messages';

/** Field errors on paths the form has no field for, listed under the general message. */
export function OtherFieldErrors({ errors, known }: { errors: Map<string, string>; known: (path: string) => boolean }) {
  const t = useT(messages);
  const others = [...errors].filter(([path]) => !known(path));
  if (others.length === 0) return null;
  return (
    <ul className="form-other-errors" aria-label={t('otherErrors')}>
      {others.map(([path, message]) => (
        <li key={path}>
          {path ? <code>{path}</code> : null} {message}
        </li>
      ))}
    </ul>
  );
}

/** The server's field errors by path, with a 409 that concerns one field (USERNAME_TAKEN) moved to that field. */
export function errorsAtFields(error: ApiError | null): Map<string, string> {
  const errors = fieldErrors(error);
  if (error?.code === 'USERNAME_TAKEN') errors.set('username', error.message);
  return errors;
}
