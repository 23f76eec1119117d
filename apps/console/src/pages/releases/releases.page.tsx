import { useSession } from '../../auth/session';
import { useLanguage, useT } from '../../i18n/i18n';
import { beijingTime } from '../../ui/beijing-time';
import { Page } from '../../ui/page';
import { Empty, Loadable } from '../../ui/status';
import { useReleaseHistory, useReleaseMachines, type ReleaseMachines } from './releases.api';
import { messages } from './releases.messages';
import { PlanPanel } from './plan-panel';
import './releases.css';
import { TableWrap } from '../../ui/table-wrap';

/** /admin/releases — machines and their versions, the dry run and release of a version, and the releases applied. */
export function ReleasesPage() {
  const t = useT(messages);
  const { hasRole } = useSession();
  return <Page title={t('title')}>{hasRole('admin') ? <Releases /> : <p className="notice">{t('notAllowed')}</p>}</Page>;
}

function Releases() {
  const t = useT(messages);
  const machines = useReleaseMachines();
  const history = useReleaseHistory();
  const reload = () => {
    machines.reload();
    history.reload();
  };
  return (
    <>
      <p className="muted">{t('intro')}</p>
      <section aria-labelledby="machines-title" className="releases-section">
        <h2 id="machines-title">{t('machinesTitle')}</h2>
        <Loadable state={machines}>{(data) => <MachinesTable machines={data} />}</Loadable>
      </section>
      <Loadable state={machines}>{(data) => <PlanPanel machines={data} onReleased={reload} />}</Loadable>
      <section aria-labelledby="history-title" className="releases-section">
        <h2 id="history-title">{t('historyTitle')}</h2>
        <Loadable state={history}>{(data) => (data.length === 0 ? <Empty>{t('noReleases')}</Empty> : <HistoryTable releases={data} />)}</Loadable>
      </section>
    </>
  );
}

function MachinesTable({ machines }: { machines: ReleaseMachines }) {
  const t = useT(messages);
  return (
    <TableWrap label={t('machinesTitle')}>
      <table className="releases-table" id="release-machines">
        <caption className="visually-hidden">{t('machinesTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('machine')}</th>
            <th scope="col">{t('version')}</th>
            <th scope="col">{t('running')}</th>
            <th scope="col">{t('finished')}</th>
          </tr>
        </thead>
        <tbody>
          {machines.flatMap((machine) =>
            machine.versions.map((version) => (
              <tr key={`${machine.id}@${version.version}`}>
                <th scope="row">{machine.id}</th>
                <td>
                  {t('versionName', { version: version.version })} {version.current ? <span className="badge ok">{t('currentBadge')}</span> : null}
                </td>
                <td>{version.running}</td>
                <td>{version.finished}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </TableWrap>
  );
}

function HistoryTable({ releases }: { releases: Array<{ id: string; machineId: string; toVersion: number; actor: { id: string }; startedAt: string; counts: { moved: number; skipped: number; failed: number } }> }) {
  const t = useT(messages);
  const { language } = useLanguage();
  return (
    <TableWrap label={t('historyTable')}>
      <table className="releases-table" id="release-history">
        <caption className="visually-hidden">{t('historyTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('when')}</th>
            <th scope="col">{t('who')}</th>
            <th scope="col">{t('machine')}</th>
            <th scope="col">{t('version')}</th>
            <th scope="col">{t('counts')}</th>
          </tr>
        </thead>
        <tbody>
          {releases.map((release) => (
            <tr key={release.id}>
              <td>{beijingTime(release.startedAt, language)}</td>
              <td>{release.actor.id}</td>
              <td>{release.machineId}</td>
              <td>{t('versionName', { version: release.toVersion })}</td>
              <td>
                {release.counts.moved} / {release.counts.skipped} / {release.counts.failed}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
