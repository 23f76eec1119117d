import { defineMessages } from '../../i18n/messages';

export const messages = defineMessages('matrix', {
  zh: {
    intro: '五个方面及其领域：每个领域的场景数（按生命周期阶段）与责任单位。点击场景数在看板中查看该领域的场景。',
    domain: '领域',
    scenarios: '场景数',
    units: '责任单位',
    aspectTotal: '{count} 个场景',
    countLink: '{domain}：{count} 个场景，在看板中查看',
    awaiting: '等待启动',
    outside: '另有 {count} 个场景属于当前分类版本之外的领域。',
    truncated: '场景过多，仅统计了前 {count} 个。',
  },
  en: {
    intro: 'The five aspects and their domains: scenarios per domain (by lifecycle stage) and the responsible units. Select a count to see the domain’s scenarios on the pipeline board.',
    domain: 'Domain',
    scenarios: 'Scenarios',
    units: 'Responsible units',
    aspectTotal: '{count, plural, one {# scenario} other {# scenarios}}',
    countLink: '{domain}: {count, plural, one {# scenario, show it} other {# scenarios, show them}} on the pipeline board',
    awaiting: 'Awaiting start',
    outside: '{count, plural, one {# more scenario is} other {# more scenarios are}} filed under domains outside this taxonomy version.',
    truncated: 'Too many scenarios: only the first {count, plural, one {# was} other {# were}} counted.',
  },
});
