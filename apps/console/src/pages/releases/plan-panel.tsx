import { useState, type FormEvent } from 'react';
import { asApiError, type ApiError } from '../../api/client';
import { useLabel, useT } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Empty, ErrorMessage } from '../../ui/status';
import { applyRelease, planRelease, useStageNames, type MachineId, type Release, type ReleaseMachines, type ReleasePlan } from './releases.api';
import { messages } from './releases.messages';
import { stageMapOf } from './releases.model';
import { TableWrap } from '../../ui/table-wrap';

type Step = ReleasePlan['steps'][number] & { outcome?: Release['steps'][number]['outcome'] };

/** Choose a machine and a target version (and stage mappings), dry-run it, then release it after a confirmation. */
export function PlanPanel({ machines, onReleased }: { machines: ReleaseMachines; onReleased: () => void }) {
  const t = useT(messages);
  const releasable = machines.filter((machine) => machine.versions.length > 1);
  const [machineId, setMachineId] = useState<MachineId>((releasable[0] ?? machines[0]).id);
  const machine = machines.find((one) => one.id === machineId) ?? machines[0];
  const [toVersion, setToVersion] = useState(machine.currentVersion);
  const [mapText, setMapText] = useState('');
  const [plan, setPlan] = useState<ReleasePlan | null>(null);
  const [release, setRelease] = useState<Release | null>(null);
  const [error, setError] = useState<ApiError | Error | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const stageMap = stageMapOf(mapText);
  const request = { machine: machineId, toVersion, ...(stageMap && Object.keys(stageMap).length ? { stageMap } : {}) };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  const dryRun = (event: FormEvent) => {
    event.preventDefault();
    setRelease(null);
    void run(async () => setPlan(await planRelease(request)));
  };
  const apply = () =>
    void run(async () => {
      const applied = await applyRelease(request);
      setConfirming(false);
      setPlan(null);
      setRelease(applied);
      onReleased();
    });

  return (
    <section aria-labelledby="plan-title" className="releases-section">
      <h2 id="plan-title">{t('planTitle')}</h2>
      <form className="releases-form" onSubmit={dryRun}>
        <div>
          <label htmlFor="release-machine">{t('machine')}</label>
          <select
            id="release-machine"
            value={machineId}
            onChange={(event) => {
              const next = machines.find((one) => one.id === event.target.value) ?? machine;
              setMachineId(next.id);
              setToVersion(next.currentVersion);
              setPlan(null);
            }}
          >
            {machines.map((one) => (
              <option key={one.id} value={one.id}>
                {one.id}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="release-version">{t('targetVersion')}</label>
          <select id="release-version" value={toVersion} onChange={(event) => (setToVersion(Number(event.target.value)), setPlan(null))}>
            {machine.versions.map((version) => (
              <option key={version.version} value={version.version}>
                {t('versionName', { version: version.version })}
              </option>
            ))}
          </select>
        </div>
        <div className="releases-map">
          <label htmlFor="release-map">{t('stageMap')}</label>
          <textarea id="release-map" rows={2} value={mapText} onChange={(event) => (setMapText(event.target.value), setPlan(null))} aria-describedby="release-map-hint" aria-invalid={stageMap === null} />
          <p id="release-map-hint" className="muted small">
            {t('stageMapHint')}
          </p>
        </div>
        <div className="releases-actions">
          <button type="submit" className="primary" disabled={busy || stageMap === null}>
            {t('dryRun')}
          </button>
        </div>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {release ? (
        <>
          <p className="success" role="status" id="release-result">
            {t('applied', release.counts)}
          </p>
          <StepsTable machine={machineId} steps={release.steps} />
        </>
      ) : null}
      {plan ? (
        <div id="release-plan">
          <p role="status">{plan.steps.length === 0 ? t('noRunning') : t('planSummary', plan.counts)}</p>
          {plan.steps.length > 0 ? <StepsTable machine={machineId} steps={plan.steps} /> : null}
          {plan.counts.move > 0 ? (
            <button type="button" className="primary" onClick={() => setConfirming(true)} disabled={busy}>
              {t('apply')}
            </button>
          ) : null}
          <ConfirmDialog
            id="release-confirm"
            open={confirming}
            title={t('confirmTitle', { machine: plan.machineId, version: plan.toVersion })}
            confirmLabel={t('confirmApply')}
            busy={busy}
            danger
            onConfirm={apply}
            onCancel={() => setConfirming(false)}
          >
            <p>{t('confirmText', { move: plan.counts.move, blocked: plan.counts.blocked, version: plan.toVersion })}</p>
          </ConfirmDialog>
        </div>
      ) : null}
    </section>
  );
}

function StepsTable({ machine, steps }: { machine: MachineId; steps: Step[] }) {
  const t = useT(messages);
  const label = useLabel();
  const versions = [...new Set(steps.flatMap((step) => [step.from.version, ...(step.to ? [step.to.version] : [])]))].sort();
  const names = useStageNames(machine, versions);
  const stage = (at: { version: number; stage: string } | null) => (at ? `${t('versionName', { version: at.version })} ${label(names.get(at.stage), at.stage)}` : '—');
  const result = (step: Step) => (step.outcome ? t(step.outcome) : step.to ? t('wouldMove') : t('cannotMove'));
  if (steps.length === 0) return <Empty>{t('noRunning')}</Empty>;
  return (
    <TableWrap label={t('planTable')}>
      <table className="releases-table" id="release-steps">
        <caption className="visually-hidden">{t('planTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('subject')}</th>
            <th scope="col">{t('from')}</th>
            <th scope="col">{t('to')}</th>
            <th scope="col">{t('result')}</th>
            <th scope="col">{t('why')}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr key={step.instanceId} data-outcome={step.outcome ?? (step.to ? 'move' : 'blocked')}>
              <td className="releases-id">{step.subjectId}</td>
              <td>{stage(step.from)}</td>
              <td>{stage(step.to)}</td>
              <td>{result(step)}</td>
              <td className="releases-why">{step.problem?.message ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
