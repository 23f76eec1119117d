import type { ReactNode } from 'react';

/**
 * A wide table's horizontal scroll box, named and in the tab order so a keyboard can scroll it (WCAG 2.1.1; axe's
 * scrollable-region-focusable). For tables that overflow the page's column, as the audit log's does.
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A scroll box is what a keyboard must reach to scroll: the rule's own documented exception.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
