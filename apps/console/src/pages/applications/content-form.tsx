import { useRef, useState, type FormEvent } from 'react';
import { ApiError, asApiError } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { Field, focusFirstInvalid } from '../../ui/field';
import { ErrorMessage } from '../../ui/status';
import { contentMessages } from './content.messages';
import { bodyOf, draftOf, LONG, MAX, PATHS, REQUIRED, type ContentBody, type Draft, type Member, type SavedContent, type TextKey } from './content.model';

export type { ContentBody, SavedContent } from './content.model';

/**
 * The application's content as a form: required fields marked before anything is sent and checked in the browser
 * first; the server's refusals shown at their field and listed by the field's label.
 */
export function ContentForm({ content, submitLabel, onSubmit }: { content?: SavedContent | null; submitLabel: string; onSubmit: (body: ContentBody) => Promise<void> }) {
  const t = useT(contentMessages);
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<Draft>(() => draftOf(content));
  // Field path → the server's message, or null: required and left empty (worded at render time, in the current language).
  const [errors, setErrors] = useState<Map<string, string | null>>(new Map());
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // A field changed is no longer refused: its error goes until the next check.
  const clear = (path: string) => setErrors((previous) => (previous.has(path) ? new Map([...previous].filter(([key]) => key !== path)) : previous));
  const set = (key: TextKey, value: string) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
    clear(key);
  };
  const setMember = (index: number, key: keyof Member, value: string) => {
    setDraft((previous) => ({ ...previous, members: previous.members.map((m, i) => (i === index ? { ...m, [key]: value } : m)) }));
    clear(`team.members.${index}.${key}`);
  };
  const labelOf = (key: string): string => {
    const member = /^team\.members\.(\d+)\.(name|role|organisation)$/.exec(key);
    if (member) return t(member[2] === 'name' ? 'memberName' : member[2] === 'role' ? 'memberRole' : 'memberOrganisation', { n: Number(member[1]) + 1 });
    return key in MAX ? t(key as TextKey) : key === 'team.capabilities' ? t('capabilities') : key;
  };
  const messageOf = (key: string, message: string | null): string => message ?? t('missing', { field: labelOf(key) });
  const errorOf = (key: string): string | undefined => (errors.has(key) ? messageOf(key, errors.get(key) ?? null) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = new Map<string, string | null>();
    for (const key of REQUIRED) if (!draft[key].trim()) found.set(key, null);
    draft.members.forEach((m, i) => {
      if (!(m.name.trim() || m.role.trim())) return;
      if (!m.name.trim()) found.set(`team.members.${i}.name`, null);
      if (!m.role.trim()) found.set(`team.members.${i}.role`, null);
    });
    setErrors(found);
    setFailure(null);
    if (found.size > 0) {
      requestAnimationFrame(() => focusFirstInvalid(form.current));
      return;
    }
    setBusy(true);
    try {
      await onSubmit(bodyOf(draft));
    } catch (caught) {
      const error = asApiError(caught);
      const server = new Map<string, string | null>(error.fields.map((f) => [PATHS[f.path] ?? f.path, f.message] as const));
      setErrors(server);
      setFailure(server.size > 0 ? null : error);
      requestAnimationFrame(() => focusFirstInvalid(form.current));
    } finally {
      setBusy(false);
    }
  }

  const field = (key: TextKey, help?: string) => (
    <Field id={`content-${key}`} label={t(key)} error={errorOf(key)} required={REQUIRED.includes(key)} wide={LONG.has(key)} help={help}>
      {(aria) =>
        LONG.has(key) ? (
          <textarea {...aria} value={draft[key]} onChange={(event) => set(key, event.target.value)} maxLength={MAX[key]} rows={key.startsWith('approach') ? 6 : 3} />
        ) : (
          <input {...aria} type={key === 'email' ? 'email' : key === 'phone' ? 'tel' : 'text'} value={draft[key]} onChange={(event) => set(key, event.target.value)} maxLength={MAX[key]} />
        )
      }
    </Field>
  );

  return (
    <form ref={form} className="content-form" onSubmit={(event) => void submit(event)} noValidate>
      <p className="muted small">{t('required')}</p>
      {errors.size > 0 ? (
        <div className="error" role="alert" tabIndex={-1} data-testid="content-errors">
          <strong>{t('fixFields')}</strong>
          <ul>
            {[...errors].map(([key, message]) => (
              <li key={key}>{t('fieldError', { field: labelOf(key), message: messageOf(key, message) })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <fieldset>
        <legend>{t('proposal')}</legend>
        <div className="form-grid">
          {field('titleZh')}
          {field('titleEn')}
          {field('summaryZh')}
          {field('summaryEn')}
          {field('approachZh')}
          {field('approachEn')}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('contact')}</legend>
        <div className="form-grid">
          {field('contactName')}
          {field('phone', t('phoneHelp'))}
          {field('email')}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('team')}</legend>
        <div className="form-grid">{field('capabilities')}</div>
        <h3 className="small">{t('members')}</h3>
        {draft.members.map((member, i) => (
          <div className="form-grid content-member" key={i}>
            {(['name', 'role', 'organisation'] as const).map((part) => {
              const key = `team.members.${i}.${part}`;
              return (
                <Field key={part} id={`content-member-${i}-${part}`} label={labelOf(key)} error={errorOf(key)} required={part !== 'organisation'}>
                  {(aria) => <input {...aria} value={member[part]} onChange={(event) => setMember(i, part, event.target.value)} maxLength={part === 'organisation' ? 200 : 100} />}
                </Field>
              );
            })}
            <button type="button" className="link" onClick={() => setDraft((previous) => ({ ...previous, members: previous.members.filter((_, j) => j !== i) }))}>
              {t('removeMember', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setDraft((previous) => ({ ...previous, members: [...previous.members, { name: '', role: '', organisation: '' }] }))}>
          {t('addMember')}
        </button>
      </fieldset>
      {failure ? <ErrorMessage error={failure} /> : null}
      <p>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('saving') : submitLabel}
        </button>
      </p>
    </form>
  );
}
