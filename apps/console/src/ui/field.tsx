import type { ReactNode } from 'react';

/** What a field's control takes to be labelled, described and marked invalid. */
export interface FieldAria {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/**
 * One labelled form field: the control gets aria-invalid and aria-describedby for its help and its error, so a
 * screen reader reads the server's refusal with the field (the pattern of the registration page).
 */
export function Field({ id, label, error, help, required, wide, children }: { id: string; label: string; error?: string; help?: ReactNode; required?: boolean; wide?: boolean; children: (aria: FieldAria) => ReactNode }) {
  const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={wide ? 'form-field form-wide' : 'form-field'}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="form-required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {children({ id, ...(error ? { 'aria-invalid': true as const } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
      {help ? (
        <div id={`${id}-help`} className="muted small form-help">
          {help}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="form-field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * After a refusal the first field the server named takes the focus (its message is read with it); a refusal that
 * names no field (a conflict) puts the focus on its message instead, so that the keyboard starts from there.
 */
export function focusFirstInvalid(form: HTMLElement | null): void {
  (form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]'))?.focus();
}
