import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { answer, asApiError, http, type ApiError } from '../../api/client';
import { useSession } from '../../auth/session';
import { useT } from '../../i18n/i18n';
import { focusFirstInvalid } from '../../ui/field';
import { Page } from '../../ui/page';
import { ErrorMessage } from '../../ui/status';
import { useForgetUsers } from './admin.api';
import { messages } from './admin.messages';
import { createUserRequestOf, EMPTY_USER_FORM, type DirectoryUser, type UserForm } from './admin.model';
import { errorsAtFields, OtherFieldErrors } from './form-errors';
import { TemporaryPassword } from './temporary-password';
import { isUserField, UserFields } from './user-fields';
import './admin.css';

/** /admin/users/new — an administrator opens an account; its temporary password is shown once. */
export function NewUserPage() {
  const t = useT(messages);
  const { hasRole } = useSession();
  const [created, setCreated] = useState<{ user: DirectoryUser; temporaryPassword: string } | null>(null);
  return (
    <Page
      title={t('newUserTitle')}
      actions={
        <Link to="/admin/users" className="button">
          {t('backToUsers')}
        </Link>
      }
    >
      {!hasRole('admin') ? (
        <p className="notice">{t('usersNotAllowed')}</p>
      ) : created ? (
        <Created created={created} onAnother={() => setCreated(null)} />
      ) : (
        <NewUserForm onCreated={setCreated} />
      )}
    </Page>
  );
}

function Created({ created, onAnother }: { created: { user: DirectoryUser; temporaryPassword: string }; onAnother: () => void }) {
  const t = useT(messages);
  return (
    <div className="admin-created">
      <p className="success" role="status">
        {t('created', { username: created.user.username })}
      </p>
      <TemporaryPassword username={created.user.username} password={created.temporaryPassword} />
      <div className="form-buttons">
        <Link to="/admin/users/$id" params={{ id: created.user.id }} className="button primary">
          {t('openPerson')}
        </Link>
        <button type="button" onClick={onAnother}>
          {t('createAnother')}
        </button>
      </div>
    </div>
  );
}

function NewUserForm({ onCreated }: { onCreated: (created: { user: DirectoryUser; temporaryPassword: string }) => void }) {
  const t = useT(messages);
  const forgetUsers = useForgetUsers();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<UserForm>(EMPTY_USER_FORM);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = errorsAtFields(error);

  useEffect(() => {
    if (error) focusFirstInvalid(formRef.current);
  }, [error]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const created = await answer(http.POST('/api/admin/users', { body: createUserRequestOf(form) }));
      forgetUsers(created.user);
      onCreated(created);
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
    }
  }

  return (
    <form ref={formRef} className="admin-form" onSubmit={(event) => void submit(event)} noValidate>
      <p className="muted">{t('newUserIntro')}</p>
      {error ? <ErrorMessage error={error} /> : null}
      <OtherFieldErrors errors={errors} known={isUserField} />
      <UserFields form={form} onChange={setForm} errors={errors} withUsername idPrefix="new-user" />
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('creating') : t('create')}
        </button>
        <Link to="/admin/users" className="button">
          {t('backToUsers')}
        </Link>
      </div>
    </form>
  );
}
