import { useEffect, useRef, useState } from 'react';
import { answer, http } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { useLabel, useLanguage, useT } from '../../i18n/i18n';
import { beijingTime } from '../../ui/beijing-time';
import { Empty, Loadable } from '../../ui/status';
import { Attachments } from './attachments';
import { ContentForm, type SavedContent } from './content-form';
import { contentMessages } from './content.messages';

/** The application's content (a form while its applicant may change it, else as text) and its attachments. */
export function ApplicationFiles({ applicationId, version }: { applicationId: string; version: number }) {
  const t = useT(contentMessages);
  const content = useApiQuery('/api/workflow/applications/{applicationId}/content', { params: { path: { applicationId } } });
  const [saved, setSaved] = useState(false);
  // A new stage (submitted, returned for revision) may change whether the content is editable: read it again.
  const seen = useRef(version);
  const { reload } = content;
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    setSaved(false);
    reload();
  }, [version, reload]);
  return (
    <Loadable state={content}>
      {(view) => (
        <>
          <section className="card applications-section" aria-labelledby="content-title">
            <h2 id="content-title">{t('contentTitle')}</h2>
            {view.editable ? (
              <ContentForm
                key={`${version}`}
                content={view.content}
                submitLabel={t('save')}
                onSubmit={async (body) => {
                  setSaved(false);
                  await answer(http.PUT('/api/workflow/applications/{applicationId}/content', { params: { path: { applicationId } }, body }));
                  setSaved(true);
                  content.reload();
                }}
              />
            ) : view.content ? (
              <ContentView content={view.content} />
            ) : (
              <Empty>{t('notYet')}</Empty>
            )}
            {saved && view.editable ? (
              <p className="success" role="status">
                {t('saved')}
              </p>
            ) : null}
          </section>
          <section className="card applications-section" aria-labelledby="attachments-title">
            <h2 id="attachments-title">{t('attachmentsTitle')}</h2>
            <Attachments applicationId={applicationId} editable={view.editable} />
          </section>
        </>
      )}
    </Loadable>
  );
}

function ContentView({ content }: { content: SavedContent }) {
  const t = useT(contentMessages);
  const label = useLabel();
  const { language } = useLanguage();
  const { proposal, contact, team } = content;
  return (
    <>
      <dl className="application-facts content-view">
        <dt>{t('viewTitle')}</dt>
        <dd>{label(proposal.title)}</dd>
        <dt>{t('viewSummary')}</dt>
        <dd className="pre">{label(proposal.summary)}</dd>
        <dt>{t('viewApproach')}</dt>
        <dd className="pre">{label(proposal.approach)}</dd>
        <dt>{t('contact')}</dt>
        <dd>
          {contact.name} · {contact.phone} · <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </dd>
        {team.capabilities.length > 0 ? (
          <>
            <dt>{t('viewCapabilities')}</dt>
            <dd>{team.capabilities.join('、')}</dd>
          </>
        ) : null}
        {team.members.length > 0 ? (
          <>
            <dt>{t('members')}</dt>
            <dd>
              <ul>
                {team.members.map((m, i) => (
                  <li key={i}>
                    {m.name} · {m.role}
                    {m.organisation ? ` · ${m.organisation}` : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <p className="muted small">{t('updated', { by: content.updatedBy, time: beijingTime(content.updatedAt, language) })}</p>
    </>
  );
}
