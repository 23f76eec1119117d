import type { HolidayYear, NoticeClause } from '../calendar.types';

/**
 * 2025: 国务院办公厅关于2025年部分节假日安排的通知(国办发明电〔2024〕12号,2024年11月12日).
 * The first arrangement under the 2024 revision of 《全国年节及纪念日放假办法》 (13 statutory days off).
 * Quotes are the notice's clauses; dates checked against the Xinhua full text (docs/calendar.md).
 */
const notice = '国办发明电〔2024〕12号';
const clause = (numeral: string, quote: string): NoticeClause => ({ notice, clause: numeral, quote });

const newYear = clause('一', '一、元旦：1月1日（周三）放假1天，不调休。');
const springFestival = clause(
  '二',
  '二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。',
);
const qingming = clause('三', '三、清明节：4月4日（周五）至6日（周日）放假，共3天。');
const labourDay = clause('四', '四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。');
const dragonBoat = clause('五', '五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。');
const nationalDay = clause(
  '六',
  '六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。',
);

export const cn2025 = {
  year: 2025,
  notice: {
    issuer: '国务院办公厅',
    documentNumber: notice,
    zhTitle: '国务院办公厅关于2025年部分节假日安排的通知',
    issuedOn: '2024-11-12',
    officialUrl: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm',
    verifiedAgainst: [
      {
        url: 'https://m.gmw.cn/2024-11/12/content_1303894933.htm',
        shows: 'Xinhua full text (新华社北京11月12日电), signed 国务院办公厅 2024年11月12日: every date below',
      },
      {
        url: 'http://www.gbitcoin.cn/20241113/eef049eea4e94ef591c5bde42aec1c87/c.html',
        shows: 'Xinhua full text (traditional characters), same dates',
      },
      {
        url: 'http://mip.gyhiac.cn/blog/jCiECJtgPIQFRn-11.html',
        shows: 'a repost headed with the document number 国办发明电〔2024〕12号, same dates',
      },
    ],
  },
  periods: [
    { code: 'new-year', name: { zh: '元旦', en: "New Year's Day" }, first: '2025-01-01', last: '2025-01-01', days: 1, source: newYear },
    { code: 'spring-festival', name: { zh: '春节', en: 'Spring Festival' }, first: '2025-01-28', last: '2025-02-04', days: 8, source: springFestival },
    { code: 'qingming', name: { zh: '清明节', en: 'Qingming Festival' }, first: '2025-04-04', last: '2025-04-06', days: 3, source: qingming },
    { code: 'labour-day', name: { zh: '劳动节', en: 'Labour Day' }, first: '2025-05-01', last: '2025-05-05', days: 5, source: labourDay },
    { code: 'dragon-boat', name: { zh: '端午节', en: 'Dragon Boat Festival' }, first: '2025-05-31', last: '2025-06-02', days: 3, source: dragonBoat },
    {
      code: 'national-day-mid-autumn',
      name: { zh: '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' },
      first: '2025-10-01',
      last: '2025-10-08',
      days: 8,
      source: nationalDay,
    },
  ],
  makeUpWorkdays: [
    { date: '2025-01-26', forPeriod: 'spring-festival', source: springFestival },
    { date: '2025-02-08', forPeriod: 'spring-festival', source: springFestival },
    { date: '2025-04-27', forPeriod: 'labour-day', source: labourDay },
    { date: '2025-09-28', forPeriod: 'national-day-mid-autumn', source: nationalDay },
    { date: '2025-10-11', forPeriod: 'national-day-mid-autumn', source: nationalDay },
  ],
} as const satisfies HolidayYear;
