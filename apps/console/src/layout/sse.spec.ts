import { backoffMs, parseEvents } from './sse';

describe('server-sent events parsing', () => {
  it('reads named events with their data, skips comments and keeps an unfinished frame', () => {
    const { events, rest } = parseEvents(': heartbeat\n\nevent: unread\ndata: {"unit":2,"user":1,"total":3}\n\nevent: unr');
    expect(events).toEqual([{ event: 'unread', data: '{"unit":2,"user":1,"total":3}' }]);
    expect(rest).toBe('event: unr');
    expect(parseEvents(`${rest}ead\r\ndata: {"total":0}\r\n\r\n`)).toEqual({ events: [{ event: 'unread', data: '{"total":0}' }], rest: '' });
  });
  it('joins several data lines and names an unnamed frame "message"', () => {
    expect(parseEvents('data: a\ndata: b\n\n').events).toEqual([{ event: 'message', data: 'a\nb' }]);
  });
  it('backs off exponentially up to 30 s', () => {
    expect([0, 1, 2, 5, 10].map(backoffMs)).toEqual([1000, 2000, 4000, 30_000, 30_000]);
  });
});
