import type { ReactNode } from 'react';

/**
 * A titled card of a page (the scenario page's financing, factor requests, employment and benefit sharing): its
 * heading labels it, an intro says what it is for, and the outcome of the last change is announced as a status.
 */
export function SectionCard({ id, className, title, intro, notice, children }: { id: string; className: string; title: string; intro?: string; notice?: string | null; children: ReactNode }) {
  return (
    <section className={`card ${className}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro ? <p className="muted small">{intro}</p> : null}
      {notice ? (
        <p role="status" className="notice">
          {notice}
        </p>
      ) : null}
      {children}
    </section>
  );
}
