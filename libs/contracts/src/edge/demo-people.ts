import type { PersonRole } from './actor';

/** A person of the demo directory: who signs in as whom when `DEMO_ACCOUNTS=true` (never in production). */
export interface DemoPerson {
  id: string;
  username: string;
  name: string;
  roles: PersonRole[];
  unit: string | null;
  organisation: string | null;
  /** A district officer's district; absent for everybody else. */
  district?: string;
}

/**
 * Enough people for every journey of the plan: an applicant, officers of several responsible units (市林业局 is out of
 * scope for most scenarios), a district officer of 渝中区, the coordinating unit, three evaluators of unrelated organisations (a panel is three),
 * the leadership unit that escalations reach, an auditor and an administrator.
 */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { id: 'demo-applicant', username: 'applicant', name: '示范申报人 Demo applicant', roles: ['applicant'], unit: null, organisation: '重庆示范科技有限公司' },
  { id: 'demo-officer-transport', username: 'officer.transport', name: '交通委经办人 Transport officer', roles: ['officer'], unit: '市交通运输委', organisation: '重庆市交通运输委员会' },
  { id: 'demo-officer-urban', username: 'officer.urban', name: '城管局经办人 Urban management officer', roles: ['officer'], unit: '市城市管理局', organisation: '重庆市城市管理局' },
  { id: 'demo-officer-forestry', username: 'officer.forestry', name: '林业局经办人 Forestry officer', roles: ['officer'], unit: '市林业局', organisation: '重庆市林业局' },
  { id: 'demo-officer-yuzhong', username: 'officer.yuzhong', name: '渝中区经办人 Yuzhong district officer', roles: ['officer'], unit: null, organisation: '重庆市渝中区人民政府', district: '渝中区' },
  { id: 'demo-coordinator', username: 'coordinator', name: '发展改革委统筹人 Coordinator', roles: ['coordinator'], unit: '市发展改革委', organisation: '重庆市发展和改革委员会' },
  { id: 'demo-evaluator', username: 'evaluator', name: '示范评审专家 Demo evaluator', roles: ['evaluator'], unit: null, organisation: '重庆大学' },
  { id: 'demo-evaluator-2', username: 'evaluator.2', name: '示范评审专家二 Demo evaluator 2', roles: ['evaluator'], unit: null, organisation: '西南大学' },
  { id: 'demo-evaluator-3', username: 'evaluator.3', name: '示范评审专家三 Demo evaluator 3', roles: ['evaluator'], unit: null, organisation: '重庆邮电大学' },
  { id: 'demo-leadership', username: 'leadership', name: '协调机制负责人 Leadership', roles: ['leadership'], unit: '场景培育和开放工作协调机制', organisation: '重庆市人民政府' },
  { id: 'demo-auditor', username: 'auditor', name: '审计人员 Auditor', roles: ['auditor'], unit: null, organisation: '重庆市审计局' },
  { id: 'demo-admin', username: 'admin', name: '平台管理员 Administrator', roles: ['admin'], unit: null, organisation: '场景重庆平台' },
];
