import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { answer, http, type ApiError } from '../../api/client';
import { useSession } from '../../auth/session';
import { common } from '../../i18n/common.messages';
import { useLabel, useT } from '../../i18n/i18n';
import { ROLE_LABEL } from '../../layout/shell';
import { focusFirstInvalid } from '../../ui/field';
import { useApiAction } from '../../ui/use-api-action';
import { Page } from '../../ui/page';
import { ErrorMessage, Loading } from '../../ui/status';
import { useDirectoryUser, useForgetUsers } from './admin.api';
import { messages, type AdminKey } from './admin.messages';
import { userChangesOf, userFormOf, type DirectoryUser, type UserForm } from './admin.model';
import { ConfirmAction } from './confirm-action';
import { errorsAtFields, OtherFieldErrors } from './form-errors';
import { StatusBadge } from './status-badge';
import { TemporaryPassword } from './temporary-password';
import { isUserField, UserFields } from './user-fields';
import './admin.css';

/** What a 409 means for the person at hand, in the console's words (the server's message is shown with it). */
const CONFLICTS: Record<string, AdminKey> = { LAST_ADMINISTRATOR: 'lastAdministrator', CANNOT_DISABLE_SELF: 'cannotDisableSelf' };

function ConflictOrError({ error }: { error: ApiError }) {
  const t = useT(messages);
  const explained = CONFLICTS[error.code];
  return (
    <div className="admin-conflict">
      {explained ? <p className="notice">{t(explained)}</p> : null}
      <ErrorMessage error={error} />
    </div>
  );
}

const route = getRouteApi('/admin/users/$id');

/** /admin/users/:id — a person: their details edited, their account disabled or enabled, their password reset. */
export function UserPage() {
  const params = route.useParams();
  const t = useT(messages);
  const { hasRole } = useSession();
  const person = useDirectoryUser(params.id);
  const title = person.data ? t('personTitle', { username: person.data.username }) : t('usersTitle');
  return (
    <Page
      title={title}
      actions={
        <Link to="/admin/users" className="button">
          {t('backToUsers')}
        </Link>
      }
    >
      {!hasRole('admin') ? (
        <p className="notice">{t('usersNotAllowed')}</p>
      ) : person.error ? (
        person.error.status === 404 ? (
          <p className="notice">{t('personNotFound')}</p>
        ) : (
          <ErrorMessage error={person.error} onRetry={person.reload} />
        )
      ) : !person.data ? (
        <Loading />
      ) : (
        <Person key={person.data.id} person={person.data} />
      )}
    </Page>
  );
}

function Person({ person }: { person: DirectoryUser }) {
  const t = useT(messages);
  const tc = useT(common);
  const label = useLabel();
  const { user } = useSession();
  const own = user?.id === person.id;
  return (
    <div className="admin-person">
      <section className="card admin-account" aria-labelledby="account-title">
        <h2 id="account-title">{t('sectionAccount')}</h2>
        <dl className="admin-facts">
          <div>
            <dt>{t('username')}</dt>
            <dd>{person.username}</dd>
          </div>
          <div>
            <dt>{t('displayName')}</dt>
            <dd>{label(person.displayName)}</dd>
          </div>
          <div>
            <dt>{t('roles')}</dt>
            <dd>{person.roles.map((role) => tc(ROLE_LABEL[role])).join('、')}</dd>
          </div>
          <div>
            <dt>{t('status')}</dt>
            <dd data-testid="person-status">
              <StatusBadge status={person.status} />
            </dd>
          </div>
          <div>
            <dt>{t('mustChange')}</dt>
            <dd>{person.passwordMustChange ? t('mustChangeYes') : t('mustChangeNo')}</dd>
          </div>
        </dl>
        {own ? <p className="muted small">{t('ownAccount')}</p> : null}
      </section>
      <EditPerson person={person} />
      <AccountActions person={person} />
    </div>
  );
}

function EditPerson({ person }: { person: DirectoryUser }) {
  const t = useT(messages);
  const forgetUsers = useForgetUsers();
  const formRef = useRef<HTMLFormElement>(null);
  const stored = userFormOf(person);
  const [form, setForm] = useState<UserForm>(stored);
  const [notice, setNotice] = useState<AdminKey | null>(null);
  const { busy, error, run, clear } = useApiAction();
  const errors = errorsAtFields(error);

  useEffect(() => {
    if (error) focusFirstInvalid(formRef.current);
  }, [error]);
  // Saving disables the button that had the focus: it goes to the outcome.
  useEffect(() => {
    if (notice) formRef.current?.querySelector<HTMLElement>('.form-outcome')?.focus();
  }, [notice]);

  const change = (next: UserForm) => {
    setForm(next);
    setNotice(null);
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    const changes = userChangesOf(stored, form);
    clear();
    if (Object.keys(changes).length === 0) {
      setNotice('nothingChanged');
      return;
    }
    await run(async () => {
      const saved = await answer(http.PATCH('/api/admin/users/{id}', { params: { path: { id: person.id } }, body: changes }));
      setForm(userFormOf(saved));
      setNotice('saved');
      forgetUsers(saved);
    });
  }

  return (
    <form ref={formRef} className="admin-form" onSubmit={(event) => void save(event)} noValidate aria-labelledby="edit-title">
      <h2 id="edit-title">{t('sectionEdit')}</h2>
      {error ? <ConflictOrError error={error} /> : null}
      <OtherFieldErrors errors={errors} known={isUserField} />
      <UserFields form={form} onChange={change} errors={errors} withUsername={false} idPrefix="edit-user" />
      {notice ? (
        <p className={notice === 'saved' ? 'success form-outcome' : 'notice form-outcome'} role="status" tabIndex={-1}>
          {t(notice)}
        </p>
      ) : null}
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('saving') : t('save')}
        </button>
        <button
          type="button"
          onClick={() => {
            setForm(stored);
            clear();
            setNotice(null);
          }}
          disabled={busy}
        >
          {t('reset')}
        </button>
      </div>
    </form>
  );
}

function AccountActions({ person }: { person: DirectoryUser }) {
  const t = useT(messages);
  const forgetUsers = useForgetUsers();
  const { busy, error, run } = useApiAction();
  const [done, setDone] = useState<AdminKey | null>(null);
  const [temporaryPassword, setTemporaryPassword] = useState<string | null>(null);
  const section = useRef<HTMLElement>(null);
  const username = person.username;

  // The buttons are disabled while an action runs, which drops the focus: it goes to the outcome (a new temporary
  // password focuses itself).
  useEffect(() => {
    if (error) focusFirstInvalid(section.current);
    else if (done && done !== 'passwordReset') section.current?.querySelector<HTMLElement>('.success')?.focus();
  }, [error, done]);

  /** One action: the person as the server now has them replaces the cached one; a refusal is shown, the panel stays. */
  const act = (action: () => Promise<DirectoryUser>, notice: AdminKey): Promise<boolean> => {
    setDone(null);
    return run(async () => forgetUsers(await action()), () => setDone(notice));
  };
  const path = { params: { path: { id: person.id } } };

  return (
    <section ref={section} className="card admin-actions" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('sectionActions')}</h2>
      {error ? <ConflictOrError error={error} /> : null}
      {done ? (
        <p className="success" role="status" tabIndex={-1}>
          {t(done)}
        </p>
      ) : null}
      {temporaryPassword ? <TemporaryPassword username={username} password={temporaryPassword} /> : null}
      <div className="admin-action-list">
        <ConfirmAction
          id="reset-password"
          label={t('resetPassword')}
          consequence={t('resetConsequence', { username })}
          confirmLabel={t('confirmReset')}
          busy={busy}
          onConfirm={() =>
            act(async () => {
              setTemporaryPassword(null);
              const reset = await answer(http.POST('/api/admin/users/{id}/password-reset', path));
              setTemporaryPassword(reset.temporaryPassword);
              return reset.user;
            }, 'passwordReset')
          }
        />
        {person.status === 'active' ? (
          <ConfirmAction
            id="disable"
            label={t('disable')}
            consequence={t('disableConsequence', { username })}
            confirmLabel={t('confirmDisable')}
            danger
            busy={busy}
            onConfirm={() => act(() => answer(http.POST('/api/admin/users/{id}/disable', path)), 'disabled')}
          />
        ) : (
          <ConfirmAction
            id="enable"
            label={t('enable')}
            consequence={t('enableConsequence', { username })}
            confirmLabel={t('confirmEnable')}
            busy={busy}
            onConfirm={() => act(() => answer(http.POST('/api/admin/users/{id}/enable', path)), 'enabled')}
          />
        )}
      </div>
    </section>
  );
}
