import type { Unit } from '../taxonomy.types';

/**
 * Every unit named in the 2025 draft (seed 000), in order of first appearance. zhName is exactly as the
 * draft writes it; aliases are the short names the 2026 press article (seed 003) uses for the same unit; fullName is
 * the unit's official name (as accounts, organisations and letters write it), so that 重庆市住房和城乡建设委员会 is
 * known as 市住房城乡建委.
 */
export const chongqingUnits = [
  { code: 'development-reform-commission', zhName: '市发展改革委', fullName: '重庆市发展和改革委员会', enName: 'Municipal Development and Reform Commission', aliases: ['市发改委'] },
  { code: 'economy-information-commission', zhName: '市经济信息委', fullName: '重庆市经济和信息化委员会', enName: 'Municipal Commission of Economy and Information Technology', aliases: ['市经信委'] },
  { code: 'big-data-development-bureau', zhName: '市大数据发展局', fullName: '重庆市大数据应用发展管理局', enName: 'Municipal Big Data Development Bureau' },
  { code: 'science-technology-bureau', zhName: '市科技局', fullName: '重庆市科学技术局', enName: 'Municipal Science and Technology Bureau' },
  { code: 'commerce-commission', zhName: '市商务委', fullName: '重庆市商务委员会', enName: 'Municipal Commission of Commerce' },
  { code: 'human-resources-social-security-bureau', zhName: '市人力社保局', fullName: '重庆市人力资源和社会保障局', enName: 'Municipal Human Resources and Social Security Bureau' },
  { code: 'education-commission', zhName: '市教委', fullName: '重庆市教育委员会', enName: 'Municipal Education Commission' },
  {
    code: 'military-civilian-integration-office',
    zhName: '市委军民融合办', fullName: '中共重庆市委军民融合发展委员会办公室',
    enName: 'Military-Civilian Integration Office of the CPC Chongqing Municipal Committee',
  },
  { code: 'urban-management-bureau', zhName: '市城市管理局', fullName: '重庆市城市管理局', enName: 'Municipal Urban Management Bureau' },
  { code: 'transport-commission', zhName: '市交通运输委', fullName: '重庆市交通运输委员会', enName: 'Municipal Transport Commission' },
  { code: 'energy-bureau', zhName: '市能源局', fullName: '重庆市能源局', enName: 'Municipal Energy Bureau' },
  { code: 'water-resources-bureau', zhName: '市水利局', fullName: '重庆市水利局', enName: 'Municipal Water Resources Bureau' },
  { code: 'ecology-environment-bureau', zhName: '市生态环境局', fullName: '重庆市生态环境局', enName: 'Municipal Ecology and Environment Bureau' },
  { code: 'public-security-bureau', zhName: '市公安局', fullName: '重庆市公安局', enName: 'Municipal Public Security Bureau' },
  { code: 'port-logistics-office', zhName: '市政府口岸物流办', fullName: '重庆市人民政府口岸和物流办公室', enName: 'Port and Logistics Office of the Municipal Government' },
  { code: 'agriculture-rural-affairs-commission', zhName: '市农业农村委', fullName: '重庆市农业农村委员会', enName: 'Municipal Agriculture and Rural Affairs Commission' },
  { code: 'emergency-management-bureau', zhName: '市应急管理局', fullName: '重庆市应急管理局', enName: 'Municipal Emergency Management Bureau' },
  {
    code: 'housing-urban-rural-development-commission',
    zhName: '市住房城乡建委', fullName: '重庆市住房和城乡建设委员会',
    enName: 'Municipal Commission of Housing and Urban-Rural Development',
  },
  { code: 'forestry-bureau', zhName: '市林业局', fullName: '重庆市林业局', enName: 'Municipal Forestry Bureau' },
  { code: 'government-general-office', zhName: '市政府办公厅', fullName: '重庆市人民政府办公厅', enName: 'General Office of the Municipal Government' },
  { code: 'cyberspace-affairs-office', zhName: '市委网信办', fullName: '中共重庆市委网络安全和信息化委员会办公室', enName: 'Cyberspace Affairs Office of the CPC Chongqing Municipal Committee' },
  { code: 'health-commission', zhName: '市卫生健康委', fullName: '重庆市卫生健康委员会', enName: 'Municipal Health Commission' },
  { code: 'civil-affairs-bureau', zhName: '市民政局', fullName: '重庆市民政局', enName: 'Municipal Civil Affairs Bureau' },
  { code: 'disabled-persons-federation', zhName: '市残联', fullName: '重庆市残疾人联合会', enName: "Chongqing Disabled Persons' Federation" },
  { code: 'culture-tourism-commission', zhName: '市文化旅游委', fullName: '重庆市文化和旅游发展委员会', enName: 'Municipal Culture and Tourism Development Commission' },
  { code: 'sport-bureau', zhName: '市体育局', fullName: '重庆市体育局', enName: 'Municipal Sport Bureau' },
  {
    code: 'state-assets-commission',
    zhName: '市国资委', fullName: '重庆市人民政府国有资产监督管理委员会',
    enName: 'State-owned Assets Supervision and Administration Commission of the Municipal Government',
  },
  { code: 'federation-industry-commerce', zhName: '市工商联', fullName: '重庆市工商业联合会', enName: 'Chongqing Federation of Industry and Commerce' },
  { code: 'market-regulation-bureau', zhName: '市市场监管局', fullName: '重庆市市场监督管理局', enName: 'Municipal Administration for Market Regulation' },
  { code: 'financial-affairs-office', zhName: '市委金融办', fullName: '中共重庆市委金融委员会办公室', enName: 'Financial Affairs Office of the CPC Chongqing Municipal Committee' },
  { code: 'planning-natural-resources-bureau', zhName: '市规划自然资源局', fullName: '重庆市规划和自然资源局', enName: 'Municipal Bureau of Planning and Natural Resources' },
  {
    code: 'reform-office',
    zhName: '市委改革办', fullName: '中共重庆市委全面深化改革委员会办公室',
    enName: 'Office of the Comprehensively Deepening Reform Commission of the CPC Chongqing Municipal Committee',
  },
  { code: 'justice-bureau', zhName: '市司法局', fullName: '重庆市司法局', enName: 'Municipal Bureau of Justice' },
  { code: 'finance-bureau', zhName: '市财政局', fullName: '重庆市财政局', enName: 'Municipal Finance Bureau' },
] as const satisfies readonly Unit[];
