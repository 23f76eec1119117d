import type { Unit } from '../taxonomy.types';

/**
 * Every unit named in the 2025 draft (seed 000), in order of first appearance. zhName is exactly as the
 * draft writes it; aliases are the short names the 2026 press article (seed 003) uses for the same unit; fullName is
 * the unit's official name (as accounts, organisations and letters write it), so that 重庆市住房和城乡建设委员会 is
 * known as 市住房城乡建委.
 */
export const chongqingUnits = [
  { code: 'development-reform-commission', zhName: '市发展改革委', fullName: '重庆市发展和改革委员会', enName: 'Municipal Development and Reform Commission', region: '重庆', aliases: ['市发改委'] },
  { code: 'economy-information-commission', zhName: '市经济信息委', fullName: '重庆市经济和信息化委员会', enName: 'Municipal Commission of Economy and Information Technology', region: '重庆', aliases: ['市经信委'] },
  { code: 'big-data-development-bureau', zhName: '市大数据发展局', fullName: '重庆市大数据应用发展管理局', enName: 'Municipal Big Data Development Bureau', region: '重庆' },
  { code: 'science-technology-bureau', zhName: '市科技局', fullName: '重庆市科学技术局', enName: 'Municipal Science and Technology Bureau', region: '重庆' },
  { code: 'commerce-commission', zhName: '市商务委', fullName: '重庆市商务委员会', enName: 'Municipal Commission of Commerce', region: '重庆' },
  { code: 'human-resources-social-security-bureau', zhName: '市人力社保局', fullName: '重庆市人力资源和社会保障局', enName: 'Municipal Human Resources and Social Security Bureau', region: '重庆' },
  { code: 'education-commission', zhName: '市教委', fullName: '重庆市教育委员会', enName: 'Municipal Education Commission', region: '重庆' },
  {
    code: 'military-civilian-integration-office',
    zhName: '市委军民融合办', fullName: '中共重庆市委军民融合发展委员会办公室',
    enName: 'Military-Civilian Integration Office of the CPC Chongqing Municipal Committee', region: '重庆',
  },
  { code: 'urban-management-bureau', zhName: '市城市管理局', fullName: '重庆市城市管理局', enName: 'Municipal Urban Management Bureau', region: '重庆' },
  { code: 'transport-commission', zhName: '市交通运输委', fullName: '重庆市交通运输委员会', enName: 'Municipal Transport Commission', region: '重庆' },
  { code: 'energy-bureau', zhName: '市能源局', fullName: '重庆市能源局', enName: 'Municipal Energy Bureau', region: '重庆' },
  { code: 'water-resources-bureau', zhName: '市水利局', fullName: '重庆市水利局', enName: 'Municipal Water Resources Bureau', region: '重庆' },
  { code: 'ecology-environment-bureau', zhName: '市生态环境局', fullName: '重庆市生态环境局', enName: 'Municipal Ecology and Environment Bureau', region: '重庆' },
  { code: 'public-security-bureau', zhName: '市公安局', fullName: '重庆市公安局', enName: 'Municipal Public Security Bureau', region: '重庆' },
  { code: 'port-logistics-office', zhName: '市政府口岸物流办', fullName: '重庆市人民政府口岸和物流办公室', enName: 'Port and Logistics Office of the Municipal Government', region: '重庆' },
  { code: 'agriculture-rural-affairs-commission', zhName: '市农业农村委', fullName: '重庆市农业农村委员会', enName: 'Municipal Agriculture and Rural Affairs Commission', region: '重庆' },
  { code: 'emergency-management-bureau', zhName: '市应急管理局', fullName: '重庆市应急管理局', enName: 'Municipal Emergency Management Bureau', region: '重庆' },
  {
    code: 'housing-urban-rural-development-commission',
    zhName: '市住房城乡建委', fullName: '重庆市住房和城乡建设委员会',
    enName: 'Municipal Commission of Housing and Urban-Rural Development', region: '重庆',
  },
  { code: 'forestry-bureau', zhName: '市林业局', fullName: '重庆市林业局', enName: 'Municipal Forestry Bureau', region: '重庆' },
  { code: 'government-general-office', zhName: '市政府办公厅', fullName: '重庆市人民政府办公厅', enName: 'General Office of the Municipal Government', region: '重庆' },
  { code: 'cyberspace-affairs-office', zhName: '市委网信办', fullName: '中共重庆市委网络安全和信息化委员会办公室', enName: 'Cyberspace Affairs Office of the CPC Chongqing Municipal Committee', region: '重庆' },
  { code: 'health-commission', zhName: '市卫生健康委', fullName: '重庆市卫生健康委员会', enName: 'Municipal Health Commission', region: '重庆' },
  { code: 'civil-affairs-bureau', zhName: '市民政局', fullName: '重庆市民政局', enName: 'Municipal Civil Affairs Bureau', region: '重庆' },
  { code: 'disabled-persons-federation', zhName: '市残联', fullName: '重庆市残疾人联合会', enName: "Chongqing Disabled Persons' Federation", region: '重庆' },
  { code: 'culture-tourism-commission', zhName: '市文化旅游委', fullName: '重庆市文化和旅游发展委员会', enName: 'Municipal Culture and Tourism Development Commission', region: '重庆' },
  { code: 'sport-bureau', zhName: '市体育局', fullName: '重庆市体育局', enName: 'Municipal Sport Bureau', region: '重庆' },
  {
    code: 'state-assets-commission',
    zhName: '市国资委', fullName: '重庆市人民政府国有资产监督管理委员会',
    enName: 'State-owned Assets Supervision and Administration Commission of the Municipal Government', region: '重庆',
  },
  { code: 'federation-industry-commerce', zhName: '市工商联', fullName: '重庆市工商业联合会', enName: 'Chongqing Federation of Industry and Commerce', region: '重庆' },
  { code: 'market-regulation-bureau', zhName: '市市场监管局', fullName: '重庆市市场监督管理局', enName: 'Municipal Administration for Market Regulation', region: '重庆' },
  { code: 'financial-affairs-office', zhName: '市委金融办', fullName: '中共重庆市委金融委员会办公室', enName: 'Financial Affairs Office of the CPC Chongqing Municipal Committee', region: '重庆' },
  { code: 'planning-natural-resources-bureau', zhName: '市规划自然资源局', fullName: '重庆市规划和自然资源局', enName: 'Municipal Bureau of Planning and Natural Resources', region: '重庆' },
  {
    code: 'reform-office',
    zhName: '市委改革办', fullName: '中共重庆市委全面深化改革委员会办公室',
    enName: 'Office of the Comprehensively Deepening Reform Commission of the CPC Chongqing Municipal Committee', region: '重庆',
  },
  { code: 'justice-bureau', zhName: '市司法局', fullName: '重庆市司法局', enName: 'Municipal Bureau of Justice', region: '重庆' },
  { code: 'finance-bureau', zhName: '市财政局', fullName: '重庆市财政局', enName: 'Municipal Finance Bureau', region: '重庆' },
] as const satisfies readonly Unit[];

/**
 * Sichuan units a 成渝 joint scenario (跨区域综合性重大场景, seed 000 (六): 联合打造一批跨领域跨区域综合性重大场景) may have as
 * co-owners. Not units of the plan (they are responsible for no domain): they are listed apart, with their region.
 */
export const sichuanUnits = [
  { code: 'sc-development-reform-commission', zhName: '四川省发展改革委', fullName: '四川省发展和改革委员会', enName: 'Sichuan Provincial Development and Reform Commission', region: '四川', aliases: ['四川省发改委'] },
  { code: 'sc-economy-information-department', zhName: '四川省经济和信息化厅', fullName: '四川省经济和信息化厅', enName: 'Department of Economy and Information Technology of Sichuan Province', region: '四川', aliases: ['四川省经信厅'] },
  { code: 'sc-science-technology-department', zhName: '四川省科技厅', fullName: '四川省科学技术厅', enName: 'Department of Science and Technology of Sichuan Province', region: '四川' },
  { code: 'sc-transport-department', zhName: '四川省交通运输厅', fullName: '四川省交通运输厅', enName: 'Department of Transport of Sichuan Province', region: '四川' },
  { code: 'sc-energy-bureau', zhName: '四川省能源局', fullName: '四川省能源局', enName: 'Sichuan Provincial Energy Administration', region: '四川' },
  { code: 'sc-big-data-centre', zhName: '四川省大数据中心', fullName: '四川省大数据中心', enName: 'Sichuan Big Data Centre', region: '四川' },
  { code: 'chengdu-development-reform-commission', zhName: '成都市发改委', fullName: '成都市发展和改革委员会', enName: 'Chengdu Development and Reform Commission', region: '四川' },
  { code: 'chengdu-economy-information-bureau', zhName: '成都市经信局', fullName: '成都市经济和信息化局', enName: 'Chengdu Bureau of Economy and Information Technology', region: '四川', aliases: ['成都市新经济委'] },
  { code: 'chengdu-science-technology-bureau', zhName: '成都市科技局', fullName: '成都市科学技术局', enName: 'Chengdu Science and Technology Bureau', region: '四川' },
  { code: 'chengdu-transport-bureau', zhName: '成都市交通运输局', fullName: '成都市交通运输局', enName: 'Chengdu Transport Bureau', region: '四川' },
] as const satisfies readonly Unit[];
