import { beijingDateOf } from '@scq/calendar';
import { DomainError, type FieldError, type RefusalKind } from '@scq/contracts';
import type { LifecycleEvent, LifecycleInstance } from '@scq/platform-lifecycle';
import { sandboxIndicators, SCENARIO_LIFECYCLE, type SandboxState } from '@scq/workflow-domain';

export type SandboxRefusalCode = 'SANDBOX_EXPIRY_NOT_FUTURE' | 'READING_IN_FUTURE' | 'UNKNOWN_INDICATOR';

/** Sandbox terms or a reading that only a clock or the terms in force can refuse (400, the field named). */
export class SandboxRefusal extends DomainError {
  declare readonly code: SandboxRefusalCode;
  readonly kind: RefusalKind = 'invalid';

  constructor(code: SandboxRefusalCode, message: string, fields: FieldError[]) {
    super(code, message, fields);
  }
}

export const SANDBOX_STAGE = 'operating.piloting.sandbox';

/** The expiry of new or renewed terms lies after today, and a reading was not observed after today (Beijing). */
export function refuseOutOfDate(event: LifecycleEvent, now: Date): void {
  const today = beijingDateOf(now);
  if ((event.type === 'enterSandbox' || event.type === 'renewSandbox') && String(event.expiresOn) <= today) {
    const message = `沙盒到期日 ${String(event.expiresOn)} 须晚于今天（北京时间 ${today}） the sandbox must expire after today (${today}, Beijing time)`;
    throw new SandboxRefusal('SANDBOX_EXPIRY_NOT_FUTURE', message, [{ path: 'expiresOn', message }]);
  }
  if (event.type === 'reportSandboxIndicator' && String(event.observedOn) > today) {
    const message = `观测日期 ${String(event.observedOn)} 晚于今天（北京时间 ${today}） the reading is dated after today (${today}, Beijing time)`;
    throw new SandboxRefusal('READING_IN_FUTURE', message, [{ path: 'observedOn', message }]);
  }
}

/** A reading names one of the indicators of the sandbox in force (checked only while the scenario is in the sandbox). */
export function refuseUnknownIndicator(event: LifecycleEvent, instance: LifecycleInstance<unknown>): void {
  if (event.type !== 'reportSandboxIndicator' || instance.machineId !== SCENARIO_LIFECYCLE.id || instance.stage !== SANDBOX_STAGE) return;
  const sandbox = (instance.snapshot.context as { sandbox?: SandboxState | null }).sandbox;
  const known = sandbox ? sandboxIndicators(sandbox) : [];
  if (known.some((indicator) => indicator.key === event.indicatorKey)) return;
  const list = known.map((indicator) => `${indicator.key}（${indicator.name.zh}）`).join('、') || '—';
  const message = `沙盒条款中没有指标 ${String(event.indicatorKey)}，可报告的指标：${list} no indicator ${String(event.indicatorKey)} in the sandbox terms; known: ${known.map((i) => i.key).join(', ') || 'none'}`;
  throw new SandboxRefusal('UNKNOWN_INDICATOR', message, [{ path: 'indicatorKey', message }]);
}
