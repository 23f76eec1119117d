import { isListedOrOpen, isRecognisedOrLater } from './counted-stages';

describe('stages the target rules count', () => {
  it('treats recognition and every later stage as recognised, nothing before it nor a rejection', () => {
    const recognised = ['recognition.recognized', 'listed', 'operating.open', 'operating.piloting.sandbox', 'suspended.reported', 'terminated.exempted', 'scaled'];
    const not = [null, 'proposed', 'cultivating', 'recognition.assessing', 'rejected', 'withdrawn'];
    expect(recognised.filter(isRecognisedOrLater)).toEqual(recognised);
    expect(not.filter(isRecognisedOrLater)).toEqual([]);
  });

  it('treats listed and in-operation scenarios as listed or open, not suspended, terminated or unlisted ones', () => {
    expect(['listed', 'operating.open', 'operating.matched', 'operating.scaling'].every(isListedOrOpen)).toBe(true);
    expect([null, 'recognition.recognized', 'cultivating', 'suspended.reported', 'terminated.exempted', 'withdrawn'].some(isListedOrOpen)).toBe(false);
  });
});
