import { scored, type Rubric } from '../rubric.types';

/**
 * 价值评估: what the scenario is worth beyond itself. Seed 000 (十一) “价值评估”; seed 003: “推动‘小场景’做成‘大产业’”;
 * (十一) “加强就业风险监测评估和防范应对”.
 */
export const valueAssessmentV1: Rubric = {
  id: 'value-assessment',
  version: 1,
  title: { zh: '场景价值评估', en: 'Scenario value assessment' },
  basis: { zh: '推动完善场景认定标准、价值评估、收益分享等规则（实施方案（十一）健全管理制度）', en: 'Recognition standards, value assessment and benefit sharing rules (plan, measure 11)' },
  publishedOn: '2026-11-01',
  criteria: [
    scored(
      'economic-value',
      { zh: '经济与产业价值', en: 'Economic and industrial value' },
      { zh: '对产业链、企业集聚和投资的带动，“小场景”能否做成“大产业”', en: 'Pull on supply chains, firms and investment: can a small scenario grow into an industry' },
    ),
    scored(
      'public-value',
      { zh: '社会与治理价值', en: 'Social and governance value' },
      { zh: '对公共服务、城市治理、民生的改善；就业影响及应对', en: 'Better public services, city governance and livelihoods; employment effects and how they are handled' },
    ),
    scored(
      'replicability',
      { zh: '示范与推广价值', en: 'Demonstration and replicability' },
      { zh: '可复制、可推广到其他区县或领域的程度', en: 'How far it can be replicated in other districts or domains' },
    ),
  ],
  totalThreshold: 10,
};
