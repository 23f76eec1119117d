import { digestSlot } from './digest-slot';
import { decideDispatch } from './dispatch-decision';
import { quietUntil } from './quiet-hours';
import { DEFAULT_PREFERENCES } from './recipient-preferences';

const at = (iso: string) => new Date(iso);

describe('quiet hours (Asia/Shanghai)', () => {
  it('holds messages inside a daytime window until it ends', () => {
    const lunch = { start: '12:00', end: '13:30' };
    expect(quietUntil(at('2026-03-10T12:15:00+08:00'), lunch)).toEqual(at('2026-03-10T13:30:00+08:00'));
    expect(quietUntil(at('2026-03-10T13:30:00+08:00'), lunch)).toBeNull();
    expect(quietUntil(at('2026-03-10T11:59:59+08:00'), lunch)).toBeNull();
  });

  it('spans midnight: late evening waits for tomorrow morning, early morning for this morning', () => {
    const night = { start: '22:00', end: '07:30' };
    expect(quietUntil(at('2026-03-10T23:00:00+08:00'), night)).toEqual(at('2026-03-11T07:30:00+08:00'));
    expect(quietUntil(at('2026-03-11T06:00:00+08:00'), night)).toEqual(at('2026-03-11T07:30:00+08:00'));
    // 23:00 in Shanghai is 15:00 UTC of the same date: the zone, not UTC, decides the day.
    expect(quietUntil(at('2026-03-10T15:00:00Z'), night)).toEqual(at('2026-03-11T07:30:00+08:00'));
    expect(quietUntil(at('2026-03-11T12:00:00+08:00'), night)).toBeNull();
  });

  it('knows seconds, and treats an empty window and no window as never quiet', () => {
    expect(quietUntil(at('2026-03-10T09:00:05+08:00'), { start: '09:00:00', end: '09:00:10' })).toEqual(at('2026-03-10T09:00:10+08:00'));
    expect(quietUntil(at('2026-03-10T09:00:00+08:00'), { start: '09:00', end: '09:00' })).toBeNull();
    expect(quietUntil(at('2026-03-10T09:00:00+08:00'), null)).toBeNull();
    expect(() => quietUntil(at('2026-03-10T09:00:00+08:00'), { start: '9:00', end: '10:00' })).toThrow('HH:mm');
  });
});

describe('daily digest slot', () => {
  it("joins today's digest before its hour and tomorrow's after it", () => {
    expect(digestSlot(at('2026-03-10T08:00:00+08:00'), '09:00')).toEqual({ date: '2026-03-10', runAt: at('2026-03-10T09:00:00+08:00') });
    expect(digestSlot(at('2026-03-10T09:00:00+08:00'), '09:00')).toEqual({ date: '2026-03-11', runAt: at('2026-03-11T09:00:00+08:00') });
    expect(digestSlot(at('2026-03-10T20:00:00Z'), '09:00')).toEqual({ date: '2026-03-11', runAt: at('2026-03-11T09:00:00+08:00') });
  });
});

describe('dispatch decision', () => {
  const now = at('2026-03-10T23:00:00+08:00');
  const quiet = { ...DEFAULT_PREFERENCES, quietHours: { start: '22:00', end: '07:00' } };
  const digest = { ...quiet, digest: { enabled: true, at: '09:00' } };

  it('sends critical messages at once, bypassing quiet hours and the digest', () => {
    expect(decideDispatch({ now, critical: true, digestible: true, preferences: digest })).toEqual({ mode: 'now' });
  });

  it('bundles the rest into the digest when the recipient has one, else waits out the quiet hours', () => {
    expect(decideDispatch({ now, critical: false, digestible: true, preferences: digest })).toEqual({ mode: 'digest', slot: { date: '2026-03-11', runAt: at('2026-03-11T09:00:00+08:00') } });
    expect(decideDispatch({ now, critical: false, digestible: false, preferences: digest })).toEqual({ mode: 'deferred', until: at('2026-03-11T07:00:00+08:00') });
    expect(decideDispatch({ now, critical: false, digestible: true, preferences: quiet })).toEqual({ mode: 'deferred', until: at('2026-03-11T07:00:00+08:00') });
    expect(decideDispatch({ now: at('2026-03-10T10:00:00+08:00'), critical: false, digestible: true, preferences: quiet })).toEqual({ mode: 'now' });
  });
});
