import { passFail, scored, type Rubric } from '../rubric.types';

/**
 * 场景认定标准: is the proposal a new scenario worth recognising (认定)? Seed 000 (十一): “推动完善场景认定标准、价值评估、
 * 收益分享等规则 … 构建新场景安全风险闭环管控机制 … 避免重复建设”; (九) “与新场景新技术新产品相配套”.
 */
export const recognitionStandardV1: Rubric = {
  id: 'recognition-standard',
  version: 1,
  title: { zh: '场景认定标准', en: 'Scenario recognition standard' },
  basis: { zh: '推动完善场景认定标准、价值评估、收益分享等规则（实施方案（十一）健全管理制度）', en: 'Recognition standards, value assessment and benefit sharing rules (plan, measure 11)' },
  publishedOn: '2026-11-01',
  criteria: [
    scored(
      'novelty',
      { zh: '新颖性', en: 'Novelty' },
      { zh: '应用新技术、新产品、新模式的程度，是否属于首次或领先应用', en: 'How far it applies new technology, products or models; first or leading use' },
    ),
    scored(
      'demand',
      { zh: '需求真实性与开放程度', en: 'Genuine demand and openness' },
      { zh: '场景需求是否真实明确，场景方是否承诺开放数据、场地、业务等资源', en: 'Whether the demand is real and specific and the owner commits data, sites and operations' },
    ),
    scored(
      'feasibility',
      { zh: '落地可行性', en: 'Feasibility' },
      { zh: '技术成熟度、资金与要素保障、实施周期是否可行', en: 'Technical maturity, funding and resources, and a workable timeline' },
    ),
    passFail(
      'safety-loop',
      { zh: '安全风险闭环管控', en: 'Closed-loop safety risk control' },
      { zh: '已识别主要安全风险并有闭环管控措施（实施方案（十一））', en: 'Main safety risks identified with closed-loop controls (plan, measure 11)' },
    ),
    passFail(
      'no-duplication',
      { zh: '避免重复建设', en: 'No duplicate construction' },
      { zh: '与已有场景不重复，或说明差异与统筹关系', en: 'Does not duplicate an existing scenario, or explains how it differs' },
    ),
  ],
  totalThreshold: 10,
};
