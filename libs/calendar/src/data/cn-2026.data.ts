import type { HolidayYear, NoticeClause } from '../calendar.types';

/**
 * 2026: 国务院办公厅关于2026年部分节假日安排的通知(国办发明电〔2025〕7号,2025年11月4日).
 * Quotes are the notice's clauses; dates checked against the Xinhua full text (docs/calendar.md).
 * Note: 9月20日 (Sunday) is worked for National Day, not for Mid-Autumn (clause 七).
 */
const notice = '国办发明电〔2025〕7号';
const clause = (numeral: string, quote: string): NoticeClause => ({ notice, clause: numeral, quote });

const newYear = clause('一', '一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。');
const springFestival = clause(
  '二',
  '二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。',
);
const qingming = clause('三', '三、清明节：4月4日（周六）至6日（周一）放假，共3天。');
const labourDay = clause('四', '四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。');
const dragonBoat = clause('五', '五、端午节：6月19日（周五）至21日（周日）放假，共3天。');
const midAutumn = clause('六', '六、中秋节：9月25日（周五）至27日（周日）放假，共3天。');
const nationalDay = clause('七', '七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。');

export const cn2026 = {
  year: 2026,
  notice: {
    issuer: '国务院办公厅',
    documentNumber: notice,
    zhTitle: '国务院办公厅关于2026年部分节假日安排的通知',
    issuedOn: '2025-11-04',
    officialUrl: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
    verifiedAgainst: [
      {
        url: 'https://politics.gmw.cn/2025-11/04/content_38391083.htm',
        shows: 'Xinhua full text (新华社北京11月4日电), signed 国务院办公厅 2025年11月4日: every date below',
      },
      {
        url: 'https://www.hrbtv.net/folder963/2025-11-04/1096647.html',
        shows: 'Xinhua full text, same dates',
      },
      {
        url: 'https://epaper.zsnews.cn/epaper/zsrb/paperdate/20251105/part/1/articleid/3.html',
        shows: '中山日报 2025-11-05 A01, Xinhua full text, same dates',
      },
      {
        url: 'http://2cto.com.cn/forum.php?mod=viewthread&page=1&tid=1152',
        shows: 'a repost (转自人社通) headed with the document number 国办发明电〔2025〕7号, same dates',
      },
    ],
  },
  periods: [
    { code: 'new-year', name: { zh: '元旦', en: "New Year's Day" }, first: '2026-01-01', last: '2026-01-03', days: 3, source: newYear },
    { code: 'spring-festival', name: { zh: '春节', en: 'Spring Festival' }, first: '2026-02-15', last: '2026-02-23', days: 9, source: springFestival },
    { code: 'qingming', name: { zh: '清明节', en: 'Qingming Festival' }, first: '2026-04-04', last: '2026-04-06', days: 3, source: qingming },
    { code: 'labour-day', name: { zh: '劳动节', en: 'Labour Day' }, first: '2026-05-01', last: '2026-05-05', days: 5, source: labourDay },
    { code: 'dragon-boat', name: { zh: '端午节', en: 'Dragon Boat Festival' }, first: '2026-06-19', last: '2026-06-21', days: 3, source: dragonBoat },
    { code: 'mid-autumn', name: { zh: '中秋节', en: 'Mid-Autumn Festival' }, first: '2026-09-25', last: '2026-09-27', days: 3, source: midAutumn },
    { code: 'national-day', name: { zh: '国庆节', en: 'National Day' }, first: '2026-10-01', last: '2026-10-07', days: 7, source: nationalDay },
  ],
  makeUpWorkdays: [
    { date: '2026-01-04', forPeriod: 'new-year', source: newYear },
    { date: '2026-02-14', forPeriod: 'spring-festival', source: springFestival },
    { date: '2026-02-28', forPeriod: 'spring-festival', source: springFestival },
    { date: '2026-05-09', forPeriod: 'labour-day', source: labourDay },
    { date: '2026-09-20', forPeriod: 'national-day', source: nationalDay },
    { date: '2026-10-10', forPeriod: 'national-day', source: nationalDay },
  ],
} as const satisfies HolidayYear;
