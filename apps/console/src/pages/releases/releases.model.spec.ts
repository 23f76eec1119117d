import { stageMapOf } from './releases.model';

describe('the release form’s stage map', () => {
  it('reads one old=new mapping a line, ignoring blank lines and spaces', () => {
    expect(stageMapOf('')).toEqual({});
    expect(stageMapOf(' operating.piloting.sandboxReview = operating.piloting.sandboxExpired \n\n a=b ')).toEqual({ 'operating.piloting.sandboxReview': 'operating.piloting.sandboxExpired', a: 'b' });
  });

  it('refuses a line that is not old=new', () => {
    for (const text of ['operating.piloting.sandboxReview', 'a=', '=b', 'a=b=c']) expect(stageMapOf(text)).toBeNull();
  });
});
