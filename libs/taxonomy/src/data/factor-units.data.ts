/**
 * 要素保障 (seed 000, (八) 协同推进准入、场景、要素改革: "探索引导空天、频谱轨道等新型要素…充分发挥技术、土地、数据、人才、
 * 资源环境等要素保障"): the factors a scenario may ask for, and the unit that answers for each, as data. Every unit is
 * written as the plan's units are (`zhName` of units.data.ts); a spec holds each to a unit the taxonomy knows.
 *
 * - 土地 land → 市规划自然资源局 (规划和自然资源, named in (八));
 * - 数据 data → 市大数据发展局 (named in (八));
 * - 人才 talent → 市人力社保局 (named in (八));
 * - 技术 technology → 市科技局 (named in (八));
 * - 频谱 spectrum → 市经济信息委 (无线电管理 is its office: 重庆市无线电管理局 sits in 市经济和信息化委员会);
 * - 空域 airspace (低空) → 市委军民融合办 (airspace is coordinated with the military: 军民融合; the plan names no civil
 *   aviation unit, so the low-altitude unit is the one the taxonomy knows for 军民融合);
 * - 能耗 energy capacity → 市能源局;
 * - 环境容量 environment capacity → 市生态环境局 (named in (八)).
 *
 * `answerWorkingDays`: how long the unit has to answer, counted by the notification service on the working-day calendar.
 */
export interface FactorKindData {
  kind: string;
  name: { zh: string; en: string };
  /** The unit responsible for answering, as the plan writes it. */
  unit: string;
  answerWorkingDays: number;
}

export const FACTOR_KIND_DATA = [
  { kind: 'land', name: { zh: '土地', en: 'Land' }, unit: '市规划自然资源局', answerWorkingDays: 10 },
  { kind: 'data', name: { zh: '数据', en: 'Data' }, unit: '市大数据发展局', answerWorkingDays: 10 },
  { kind: 'talent', name: { zh: '人才', en: 'Talent' }, unit: '市人力社保局', answerWorkingDays: 10 },
  { kind: 'technology', name: { zh: '技术', en: 'Technology' }, unit: '市科技局', answerWorkingDays: 10 },
  { kind: 'spectrum', name: { zh: '频谱', en: 'Radio spectrum' }, unit: '市经济信息委', answerWorkingDays: 10 },
  { kind: 'airspace', name: { zh: '低空空域', en: 'Low-altitude airspace' }, unit: '市委军民融合办', answerWorkingDays: 15 },
  { kind: 'energy', name: { zh: '能耗指标', en: 'Energy capacity' }, unit: '市能源局', answerWorkingDays: 10 },
  { kind: 'environment', name: { zh: '环境容量', en: 'Environmental capacity' }, unit: '市生态环境局', answerWorkingDays: 10 },
] as const satisfies readonly FactorKindData[];
