import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { answer, http } from '../../api/client';
import { useApiQuery, useLoadQuery } from '../../api/queries';
import { useUser } from '../../auth/session';
import { useLabel, useT } from '../../i18n/i18n';
import { Page } from '../../ui/page';
import { isLive, listAll, scenarioName, useScenarios } from './applications.api';
import { ContentForm } from './content-form';
import { ConsortiumPicker } from '../consortia/application-consortium';
import { contentMessages } from './content.messages';
import './applications.css';

const route = getRouteApi('/applications/new');

/**
 * /applications/new?scenario=…&opportunity=… — the application form reached from the catalogue: the content first;
 * saving creates the application (POST /api/workflow/applications, the scenario must be open) and stores its content,
 * then the application's page takes the attachments and the submission.
 */
export function NewApplicationPage() {
  const t = useT(contentMessages);
  const label = useLabel();
  const navigate = useNavigate();
  const { scenario: scenarioId, opportunity: opportunityId } = route.useSearch();
  const scenarios = useScenarios(scenarioId ? [scenarioId] : []);
  const opportunity = useApiQuery(opportunityId ? '/api/opportunities/{id}' : null, { params: { path: { id: opportunityId ?? '' } } });
  // Created once: a content refused after the application exists is saved again to the same application.
  const created = useRef<string | null>(null);
  const [consortiumId, setConsortiumId] = useState('');
  const user = useUser();
  // One live application per scenario: the form is not offered for a second (the server would refuse it, 409 DUPLICATE).
  const mine = useLoadQuery(['/api/workflow/instances', 'my-applications', user.id], (signal) => listAll({ machine: 'application-lifecycle', applicant: user.id }, signal));
  const live = mine.data?.find((application) => application.subject.scenarioId === scenarioId && isLive(application.stage));

  if (!scenarioId) {
    return (
      <Page title={t('newTitle')}>
        <p className="notice">
          {t('noScenario')} <Link to="/catalogue">{t('toCatalogue')}</Link>
        </p>
      </Page>
    );
  }

  if (live) {
    return (
      <Page title={t('newTitle')}>
        <p className="notice">
          {t('alreadyApplied')}{' '}
          <Link to="/applications/$id" params={{ id: live.subjectId }}>
            {t('toApplication')}
          </Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={t('newTitle')}>
      <section className="card applications-section" aria-labelledby="new-title">
        <h2 id="new-title">{t('newFor', { scenario: scenarioName(scenarios.get(scenarioId), scenarioId, label, scenarioId.slice(0, 8)) })}</h2>
        {opportunity.data ? <p>{t('newOpportunity', { title: label(opportunity.data.title) })}</p> : null}
        <p className="muted">{t('newIntro')}</p>
        <ConsortiumPicker value={consortiumId} onChange={setConsortiumId} />
        <ContentForm
          submitLabel={t('create')}
          onSubmit={async (body) => {
            if (!created.current) created.current = (await answer(http.POST('/api/workflow/applications', { body: { scenarioId, ...(consortiumId ? { consortiumId } : {}) } }))).subjectId;
            const id = created.current;
            await answer(http.PUT('/api/workflow/applications/{applicationId}/content', { params: { path: { applicationId: id } }, body }));
            void navigate({ to: '/applications/$id', params: { id }, search: { created: '1' } });
          }}
        />
      </section>
    </Page>
  );
}
