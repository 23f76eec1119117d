import { normaliseUscc, usccCheckCharacter, usccProblem } from './uscc';

describe('统一社会信用代码 check character (GB 32100-2015)', () => {
  it('accepts published codes', () => {
    expect(usccProblem('914403001922038216')).toBeNull();
    expect(usccProblem('91110000100010433L')).toBeNull();
    expect(usccProblem('91350100M000100Y43')).toBeNull();
  });

  it('names the problem of a mistyped code', () => {
    expect(usccProblem('914403001922038217')).toBe('check-digit');
    expect(usccProblem('91350100M000100Y34')).toBe('check-digit');
    expect(usccProblem('91440300192203821')).toBe('length');
    expect(usccProblem('91440300192203821I')).toBe('characters');
    expect(usccProblem('9144030019220382O6')).toBe('characters');
    expect(usccProblem('91A40300192203821X')).toBe('characters');
  });

  it('writes a check value of 31 as 0', () => {
    expect(usccCheckCharacter('91500101000000012')).toBe('0');
    expect(usccProblem('915001010000000120')).toBeNull();
  });

  it('normalises what people paste from certificates', () => {
    expect(normaliseUscc(' 9144 0300 1922 0382 16 ')).toBe('914403001922038216');
    expect(normaliseUscc('91110000100010433l')).toBe('91110000100010433L');
  });
});
