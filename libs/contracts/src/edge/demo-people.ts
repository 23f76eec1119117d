import type { PersonRole } from './actor';

/** A person of the demo directory: who signs in as whom when `DEMO_ACCOUNTS=true` (never in production). */
export interface DemoPerson {
  id: string;
  username: string;
  displayName: { zh: string; en: string };
  roles: PersonRole[];
  unit: string | null;
  /** A district officer's district (区县), as the directory of districts names it. */
  district: string | null;
  organisation: string | null;
}

/**
 * Enough people for every journey of the plan: an applicant, officers of several responsible units (市林业局 is out of
 * scope for most scenarios), a district officer (渝中区), the coordinating unit, three evaluators of unrelated organisations (a panel is three),
 * the leadership unit that escalations reach, an auditor and an administrator.
 */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { id: 'demo-applicant', username: 'applicant', displayName: { zh: '示范申报人', en: 'Demo applicant' }, roles: ['applicant'], unit: null, district: null, organisation: '重庆示范科技有限公司' },
  { id: 'demo-officer-transport', username: 'officer.transport', displayName: { zh: '交通委经办人', en: 'Transport officer' }, roles: ['officer'], unit: '市交通运输委', district: null, organisation: '重庆市交通运输委员会' },
  { id: 'demo-officer-urban', username: 'officer.urban', displayName: { zh: '城管局经办人', en: 'Urban management officer' }, roles: ['officer'], unit: '市城市管理局', district: null, organisation: '重庆市城市管理局' },
  { id: 'demo-officer-forestry', username: 'officer.forestry', displayName: { zh: '林业局经办人', en: 'Forestry officer' }, roles: ['officer'], unit: '市林业局', district: null, organisation: '重庆市林业局' },
  { id: 'demo-officer-yuzhong', username: 'officer.yuzhong', displayName: { zh: '渝中区经办人', en: 'Yuzhong district officer' }, roles: ['officer'], unit: null, district: '渝中区', organisation: '重庆市渝中区人民政府' },
  { id: 'demo-coordinator', username: 'coordinator', displayName: { zh: '发展改革委统筹人', en: 'Coordinator' }, roles: ['coordinator'], unit: '市发展改革委', district: null, organisation: '重庆市发展和改革委员会' },
  { id: 'demo-evaluator', username: 'evaluator', displayName: { zh: '示范评审专家', en: 'Demo evaluator' }, roles: ['evaluator'], unit: null, district: null, organisation: '重庆大学' },
  { id: 'demo-evaluator-2', username: 'evaluator.2', displayName: { zh: '示范评审专家二', en: 'Demo evaluator 2' }, roles: ['evaluator'], unit: null, district: null, organisation: '西南大学' },
  { id: 'demo-evaluator-3', username: 'evaluator.3', displayName: { zh: '示范评审专家三', en: 'Demo evaluator 3' }, roles: ['evaluator'], unit: null, district: null, organisation: '重庆邮电大学' },
  { id: 'demo-leadership', username: 'leadership', displayName: { zh: '协调机制负责人', en: 'Leadership' }, roles: ['leadership'], unit: '场景培育和开放工作协调机制', district: null, organisation: '重庆市人民政府' },
  { id: 'demo-auditor', username: 'auditor', displayName: { zh: '审计人员', en: 'Auditor' }, roles: ['auditor'], unit: null, district: null, organisation: '重庆市审计局' },
  { id: 'demo-admin', username: 'admin', displayName: { zh: '平台管理员', en: 'Administrator' }, roles: ['admin'], unit: null, district: null, organisation: '场景重庆平台' },
  // 要素保障 and 就业风险监测: the unit that answers for land, and 市人力社保局 (employment-risk dashboard and alerts; talent).
  { id: 'demo-officer-land', username: 'officer.land', displayName: { zh: '规划自然资源局经办人', en: 'Planning and natural resources officer' }, roles: ['officer'], unit: '市规划自然资源局', district: null, organisation: '重庆市规划和自然资源局' },
  { id: 'demo-officer-hr', username: 'officer.hr', displayName: { zh: '人力社保局经办人', en: 'Human resources and social security officer' }, roles: ['officer'], unit: '市人力社保局', district: null, organisation: '重庆市人力资源和社会保障局' },
  { id: 'demo-officer-finance', username: 'officer.finance', displayName: { zh: '市委金融办经办人', en: 'Financial affairs officer' }, roles: ['officer'], unit: '市委金融办', district: null, organisation: '中共重庆市委金融委员会办公室' },
];
