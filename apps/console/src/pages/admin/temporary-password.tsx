import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { messages } from './admin.messages';

/**
 * A temporary password the server answered once (creation, reset): clearly marked, copyable, and focused so that
 * a screen reader reads it at once. It lives in the page's state only: leaving the page forgets it.
 */
export function TemporaryPassword({ username, password }: { username: string; password: string }) {
  const t = useT(messages);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.focus(), [password]);

  const copyPassword = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <section ref={box} className="temporary-password" aria-labelledby="temporary-password-title" tabIndex={-1} data-testid="temporary-password">
      <h2 id="temporary-password-title">{t('temporaryPasswordTitle')}</h2>
      <p className="temporary-password-row">
        <span className="visually-hidden">{t('temporaryPasswordFor', { username })}</span>
        <code className="temporary-password-value">
          {password}
        </code>
        <button type="button" onClick={() => void copyPassword()}>
          {t('copy')}
        </button>
        <span role="status" className="small">
          {copy === 'copied' ? t('copied') : copy === 'failed' ? t('copyFailed') : ''}
        </span>
      </p>
      <p className="small">{t('temporaryPasswordHow')}</p>
    </section>
  );
}
