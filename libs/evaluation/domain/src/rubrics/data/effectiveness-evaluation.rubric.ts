import { passFail, scored, type Rubric } from '../rubric.types';

/**
 * 场景落地成效评估: did the pilot deliver, and is it ready for scale (规模化应用)? Seed 003: “建立场景落地成效评估机制，
 * 推动‘小场景’做成‘大产业’”; seed 000 (十一): “构建新场景安全风险闭环管控机制”.
 */
export const effectivenessEvaluationV1: Rubric = {
  id: 'effectiveness-evaluation',
  version: 1,
  title: { zh: '场景落地成效评估', en: 'Scenario effectiveness evaluation' },
  basis: { zh: '建立场景落地成效评估机制，推动“小场景”做成“大产业”（行动方案新闻稿）', en: 'An evaluation mechanism for how scenarios perform once deployed (action plan press release)' },
  publishedOn: '2026-11-01',
  criteria: [
    scored(
      'goal-attainment',
      { zh: '目标达成度', en: 'Goal attainment' },
      { zh: '试点约定的监测指标是否达到', en: 'Whether the pilot met its agreed monitoring indicators' },
    ),
    scored(
      'operation',
      { zh: '运行成效与可靠性', en: 'Operation and reliability' },
      { zh: '试点期间的稳定性、用户评价与实际使用量', en: 'Stability, user feedback and actual use during the pilot' },
    ),
    scored(
      'scale-readiness',
      { zh: '规模化推广条件', en: 'Readiness for scale' },
      { zh: '成本、标准、供给能力是否支撑规模化应用', en: 'Whether cost, standards and supply capacity support rollout at scale' },
    ),
    passFail(
      'safety-loop',
      { zh: '安全事件闭环', en: 'Safety incidents closed' },
      { zh: '试点期间的安全事件均已整改闭环', en: 'Every safety incident of the pilot was rectified and closed' },
    ),
  ],
  totalThreshold: 10,
};
