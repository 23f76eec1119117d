import type { HolidayYear, NoticeClause } from '../calendar.types';

const clause2019: NoticeClause = {
  notice: '国办发明电〔2018〕15号',
  clause: '一',
  quote: '一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。',
};

/**
 * Clause 一 of the 2019 notice (checked against http://news.china.com.cn/txt/2018-12/06/content_74247818.htm
 * and two other reprints): 元旦 2018-12-30 … 2019-01-01, with Saturday 2018-12-29 worked. It is the
 * precedent for a notice reaching back into the previous December. Only that clause; the document number
 * and URL are placeholders for the test (not verified); never registered.
 */
export const notice2019Fixture: HolidayYear = {
  year: 2019,
  notice: {
    issuer: '国务院办公厅',
    documentNumber: '国办发明电〔2018〕15号',
    zhTitle: '国务院办公厅关于2019年部分节假日安排的通知',
    issuedOn: '2018-12-06',
    officialUrl: 'https://www.gov.cn/',
    verifiedAgainst: [{ url: 'http://news.china.com.cn/txt/2018-12/06/content_74247818.htm', shows: 'clause 一 (元旦)' }],
  },
  periods: [{ code: 'new-year', name: { zh: '元旦', en: "New Year's Day" }, first: '2018-12-30', last: '2019-01-01', days: 3, source: clause2019 }],
  makeUpWorkdays: [{ date: '2018-12-29', forPeriod: 'new-year', source: clause2019 }],
};

const clause2018: NoticeClause = { notice: '国办发明电〔2017〕12号', clause: '五', quote: '（合成数据）五、端午节：6月16日至18日放假，共3天。' };

/** SYNTHETIC (not the real 2018 notice): one period, only so that 2018 counts as covered in tests. */
export const synthetic2018Fixture: HolidayYear = {
  year: 2018,
  notice: {
    issuer: '国务院办公厅',
    documentNumber: '国办发明电〔2017〕12号',
    zhTitle: '(合成测试数据)国务院办公厅关于2018年部分节假日安排的通知',
    issuedOn: '2017-11-30',
    officialUrl: 'https://www.gov.cn/',
    verifiedAgainst: [{ url: 'https://example.invalid/synthetic', shows: 'nothing: synthetic test data' }],
  },
  periods: [{ code: 'dragon-boat', name: { zh: '端午节', en: 'Dragon Boat Festival' }, first: '2018-06-16', last: '2018-06-18', days: 3, source: clause2018 }],
  makeUpWorkdays: [],
};
