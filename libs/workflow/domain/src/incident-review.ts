import type { Actor } from '@scq/lifecycle-domain';
import { coordinator, taxonomyVersions, unit } from '@scq/taxonomy';

const LATEST_TAXONOMY = taxonomyVersions()[taxonomyVersions().length - 1];

/** 市应急管理局, spelled as the taxonomy spells it: with the coordinator, the one reviewer of a resumption after an incident. */
export const EMERGENCY_MANAGEMENT_UNIT = unit(LATEST_TAXONOMY, 'emergency-management-bureau').zhName;
const COORDINATOR_UNIT = coordinator(LATEST_TAXONOMY).unit;

/** The events of an incident whose senders may not then approve its resumption. */
const INVOLVED = new Set(['reportIncident', 'startRectification', 'submitRectification']);

/** A history row as far as this check reads it. */
export interface IncidentHistoryEntry {
  event: { type: string };
  actor: { id: string; unit: string | null };
}

/**
 * Separation of duties (新场景安全风险闭环管控): the unit that reported or rectified the current incident (from the
 * last `reportIncident` on) does not approve its resumption; a person without a unit is matched by id. Returns the
 * bilingual refusal naming who may approve, or null when the approver was not involved.
 */
export function resumptionRefusal(history: readonly IncidentHistoryEntry[], approver: Pick<Actor, 'id' | 'unit'>): string | null {
  const reported = history.map((entry) => entry.event.type).lastIndexOf('reportIncident');
  if (reported < 0) return null;
  const involved = history.slice(reported).filter((entry) => INVOLVED.has(entry.event.type));
  const units = new Set(involved.flatMap(({ actor }) => (actor.unit === null ? [] : [actor.unit])));
  const conflicted = approver.unit !== null ? units.has(approver.unit) : involved.some(({ actor }) => actor.unit === null && actor.id === approver.id);
  if (!conflicted) return null;
  const who = approver.unit ?? approver.id;
  const reviewers = [COORDINATOR_UNIT, EMERGENCY_MANAGEMENT_UNIT].filter((reviewer) => !units.has(reviewer));
  return (
    `报告或整改该安全事件的单位 ${who} 不能批准恢复，须由${reviewers.length > 0 ? ` ${reviewers.join(' 或 ')} ` : '未参与该事件的统筹协调单位或应急管理部门'}批准 ` +
    `${who} reported or rectified this incident and may not approve the resumption; ${reviewers.length > 0 ? reviewers.join(' or ') : 'an uninvolved coordinator or emergency management'} must approve it`
  );
}
