import type { ReactNode } from 'react';

/** Named by a text, or by the element (a heading, a caption) whose id it gives. */
type TableName = { label: string; labelledBy?: never } | { labelledBy: string; label?: never };

/**
 * A table's horizontal scroll box, named and in the tab order so a keyboard can scroll it when the table is wider than
 * the page's column (WCAG 2.1.1; axe's scrollable-region-focusable): the navigation column leaves tables less room. A
 * group, not a region: a landmark per table would crowd the landmarks and repeat the name of the section around it.
 */
export function TableWrap({ children, ...name }: TableName & { children: ReactNode }) {
  return (
    // A scroll box is what a keyboard must reach to scroll: the rule's own documented exception.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-wrap" role="group" aria-label={name.label} aria-labelledby={name.labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
