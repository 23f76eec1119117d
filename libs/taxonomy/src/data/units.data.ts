import type { Unit } from '../taxonomy.types';

/**
 * Every unit named in the 2025 draft (seed 000), in order of first appearance. zhName is exactly as the
 * draft writes it; aliases are the short names the 2026 press article (seed 003) uses for the same unit.
 */
export const chongqingUnits = [
  { code: 'development-reform-commission', zhName: '市发展改革委', enName: 'Municipal Development and Reform Commission', aliases: ['市发改委'] },
  { code: 'economy-information-commission', zhName: '市经济信息委', enName: 'Municipal Commission of Economy and Information Technology', aliases: ['市经信委'] },
  { code: 'big-data-development-bureau', zhName: '市大数据发展局', enName: 'Municipal Big Data Development Bureau' },
  { code: 'science-technology-bureau', zhName: '市科技局', enName: 'Municipal Science and Technology Bureau' },
  { code: 'commerce-commission', zhName: '市商务委', enName: 'Municipal Commission of Commerce' },
  { code: 'human-resources-social-security-bureau', zhName: '市人力社保局', enName: 'Municipal Human Resources and Social Security Bureau' },
  { code: 'education-commission', zhName: '市教委', enName: 'Municipal Education Commission' },
  {
    code: 'military-civilian-integration-office',
    zhName: '市委军民融合办',
    enName: 'Military-Civilian Integration Office of the CPC Chongqing Municipal Committee',
  },
  { code: 'urban-management-bureau', zhName: '市城市管理局', enName: 'Municipal Urban Management Bureau' },
  { code: 'transport-commission', zhName: '市交通运输委', enName: 'Municipal Transport Commission' },
  { code: 'energy-bureau', zhName: '市能源局', enName: 'Municipal Energy Bureau' },
  { code: 'water-resources-bureau', zhName: '市水利局', enName: 'Municipal Water Resources Bureau' },
  { code: 'ecology-environment-bureau', zhName: '市生态环境局', enName: 'Municipal Ecology and Environment Bureau' },
  { code: 'public-security-bureau', zhName: '市公安局', enName: 'Municipal Public Security Bureau' },
  { code: 'port-logistics-office', zhName: '市政府口岸物流办', enName: 'Port and Logistics Office of the Municipal Government' },
  { code: 'agriculture-rural-affairs-commission', zhName: '市农业农村委', enName: 'Municipal Agriculture and Rural Affairs Commission' },
  { code: 'emergency-management-bureau', zhName: '市应急管理局', enName: 'Municipal Emergency Management Bureau' },
  {
    code: 'housing-urban-rural-development-commission',
    zhName: '市住房城乡建委',
    enName: 'Municipal Commission of Housing and Urban-Rural Development',
  },
  { code: 'forestry-bureau', zhName: '市林业局', enName: 'Municipal Forestry Bureau' },
  { code: 'government-general-office', zhName: '市政府办公厅', enName: 'General Office of the Municipal Government' },
  { code: 'cyberspace-affairs-office', zhName: '市委网信办', enName: 'Cyberspace Affairs Office of the CPC Chongqing Municipal Committee' },
  { code: 'health-commission', zhName: '市卫生健康委', enName: 'Municipal Health Commission' },
  { code: 'civil-affairs-bureau', zhName: '市民政局', enName: 'Municipal Civil Affairs Bureau' },
  { code: 'disabled-persons-federation', zhName: '市残联', enName: "Chongqing Disabled Persons' Federation" },
  { code: 'culture-tourism-commission', zhName: '市文化旅游委', enName: 'Municipal Culture and Tourism Development Commission' },
  { code: 'sport-bureau', zhName: '市体育局', enName: 'Municipal Sport Bureau' },
  {
    code: 'state-assets-commission',
    zhName: '市国资委',
    enName: 'State-owned Assets Supervision and Administration Commission of the Municipal Government',
  },
  { code: 'federation-industry-commerce', zhName: '市工商联', enName: 'Chongqing Federation of Industry and Commerce' },
  { code: 'market-regulation-bureau', zhName: '市市场监管局', enName: 'Municipal Administration for Market Regulation' },
  { code: 'financial-affairs-office', zhName: '市委金融办', enName: 'Financial Affairs Office of the CPC Chongqing Municipal Committee' },
  { code: 'planning-natural-resources-bureau', zhName: '市规划自然资源局', enName: 'Municipal Bureau of Planning and Natural Resources' },
  {
    code: 'reform-office',
    zhName: '市委改革办',
    enName: 'Office of the Comprehensively Deepening Reform Commission of the CPC Chongqing Municipal Committee',
  },
  { code: 'justice-bureau', zhName: '市司法局', enName: 'Municipal Bureau of Justice' },
  { code: 'finance-bureau', zhName: '市财政局', enName: 'Municipal Finance Bureau' },
] as const satisfies readonly Unit[];
