import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useApiQuery } from '../api/queries';
import { common } from '../i18n/common.messages';
import { useLabel, useT } from '../i18n/i18n';

const INBOX_PATH = '/api/notifications/inbox';

/** A bell in the header: the 5 newest unread messages in a popover, and the way to the inbox. Escape closes it. */
export function UnreadBell({ unread }: { unread: number | null }) {
  const t = useT(common);
  const label = useLabel();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const queries = useQueryClient();
  const newest = useApiQuery(open ? INBOX_PATH : null, { params: { query: { status: 'unread', limit: 5 } } });

  // A new count from the stream while open: the list follows.
  useEffect(() => {
    if (open) void queries.invalidateQueries({ queryKey: [INBOX_PATH] });
  }, [unread, open, queries]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close();
    }
  };

  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- Escape anywhere inside the bell closes it
    <div className="bell" onKeyDown={onKeyDown}>
      <button ref={button} type="button" className="link" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t('newestUnread')}
        {unread ? <span className="muted"> ({unread})</span> : null}
      </button>
      {open ? (
        <div id={panelId} className="bell-panel card" role="region" aria-label={t('newestUnread')}>
          {newest.data?.items.length ? (
            <ul>
              {newest.data.items.map((item) => (
                <li key={item.id} className={item.critical ? 'bell-critical' : undefined}>
                  {label(item.subject)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small">{newest.data ? t('noUnread') : t('loading')}</p>
          )}
          <Link to="/inbox" onClick={() => setOpen(false)}>
            {t('openInbox')}
          </Link>
        </div>
      ) : null}
    </div>
  );
}
