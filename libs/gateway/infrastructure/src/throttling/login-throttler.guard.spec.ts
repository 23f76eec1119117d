import { waitInWords } from './login-throttler.guard';

describe('the wait a sign-in refusal names', () => {
  it('is in seconds under two minutes and in whole minutes, rounded up, from there', () => {
    expect(waitInWords(1)).toEqual({ zh: '1 秒', en: '1 s' });
    expect(waitInWords(119)).toEqual({ zh: '119 秒', en: '119 s' });
    expect(waitInWords(120)).toEqual({ zh: '2 分钟', en: '2 min' });
    expect(waitInWords(884)).toEqual({ zh: '15 分钟', en: '15 min' });
  });
});
