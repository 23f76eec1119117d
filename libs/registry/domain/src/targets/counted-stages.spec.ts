import { hasBeenListed, isRecognisedOrLater } from './counted-stages';

const NEVER = [null, 'proposed', 'cultivating', 'recognition.assessing', 'rejected', 'withdrawn'];
const LISTED = ['listed', 'operating.open', 'operating.matched', 'operating.piloting.sandbox', 'suspended.reported', 'terminated.exempted', 'scaled'];

describe('stages the target rules count', () => {
  it('treats recognition and every later stage as recognised, nothing before it nor a rejection', () => {
    const recognised = ['recognition.recognized', ...LISTED];
    expect(recognised.filter(isRecognisedOrLater)).toEqual(recognised);
    expect(NEVER.filter(isRecognisedOrLater)).toEqual([]);
  });

  it('treats listing and every later stage as listed, not a scenario still awaiting listing', () => {
    expect(LISTED.filter(hasBeenListed)).toEqual(LISTED);
    expect(['recognition.recognized', ...NEVER].filter(hasBeenListed)).toEqual([]);
  });
});
