import { passFail, scored, type Rubric } from '../rubric.types';

/**
 * 专家评审 of an application to take an open scenario (揭榜). Seed 000 (七): “健全公平竞争制度 … 进一步发挥信用制度作用”;
 * (六) “推动高校、科研院所、科技型企业等积极培育早期场景”.
 */
export const applicationExpertReviewV1: Rubric = {
  id: 'application-expert-review',
  version: 1,
  title: { zh: '揭榜申报专家评审', en: 'Expert review of an application' },
  basis: { zh: '健全公平竞争制度，完善场景资源配置规则（实施方案（七））', en: 'Fair competition and scenario resource allocation rules (plan, measure 7)' },
  publishedOn: '2026-11-01',
  criteria: [
    scored(
      'solution',
      { zh: '技术方案', en: 'Technical solution' },
      { zh: '方案的先进性、完整性与对场景需求的响应', en: 'How advanced and complete the solution is, and how it answers the scenario’s demand' },
    ),
    scored(
      'capability',
      { zh: '实施能力', en: 'Capability to deliver' },
      { zh: '团队、业绩、资源与进度安排', en: 'Team, track record, resources and schedule' },
    ),
    scored(
      'value-for-money',
      { zh: '投入产出', en: 'Value for money' },
      { zh: '成本合理性与预期效益', en: 'Reasonable cost for the expected benefit' },
    ),
    passFail(
      'eligibility',
      { zh: '资质与信用', en: 'Eligibility and credit' },
      { zh: '资质符合要求，无严重失信记录', en: 'Qualifications met and no serious breach-of-trust record' },
    ),
  ],
  totalThreshold: 10,
};
