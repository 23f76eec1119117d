import { anyOfQuery, bigrams, indexTerms, parseTextQuery, shingles, textRuns } from './search-text';

describe('Chinese + English search text', () => {
  it('splits text into Han runs and lower-cased Latin words, after NFKC (full-width ＡＩ is AI)', () => {
    expect(textRuns('ＡＩ辅助诊断，Drone-2025 巡检')).toEqual([
      { kind: 'latin', text: 'ai' },
      { kind: 'han', text: '辅助诊断' },
      { kind: 'latin', text: 'drone' },
      { kind: 'latin', text: '2025' },
      { kind: 'han', text: '巡检' },
    ]);
    expect(textRuns(null)).toEqual([]);
  });

  it('indexes Han runs as bigrams plus the run’s last character, with a gap between runs', () => {
    expect(indexTerms('无人配送')).toEqual(['无人', '人配', '配送', '送', '']);
    expect(indexTerms('药')).toEqual(['药', '']);
    expect(indexTerms('AI辅助诊断')).toEqual(['ai', '', '辅助', '助诊', '诊断', '断', '']);
    // An astral ideograph (Extension B) is one character.
    expect(indexTerms('𠀀巡')).toEqual(['𠀀巡', '巡', '']);
  });

  it('turns a Han word into a phrase of its bigrams, a single character and Latin words into prefixes, all required', () => {
    expect(parseTextQuery('无人配送').tsquery).toBe("('无人' <-> '人配' <-> '配送')");
    expect(parseTextQuery('物流').tsquery).toBe("'物流'");
    expect(parseTextQuery('配送 无人').tsquery).toBe("'配送' & '无人'");
    expect(parseTextQuery('药').tsquery).toBe("'药':*");
    expect(parseTextQuery('AI 诊断').tsquery).toBe("'ai':* & '诊断'");
    expect(parseTextQuery('Drone').tsquery).toBe("'drone':*");
    expect(parseTextQuery('无人配送 无人配送').terms).toHaveLength(1);
  });

  it('has no text condition for a query without letters, digits or Han characters', () => {
    expect(parseTextQuery('，。！ ')).toEqual({ tsquery: null, terms: [] });
    expect(parseTextQuery(undefined).tsquery).toBeNull();
  });

  it('quotes lexemes so that no input can break the tsquery syntax', () => {
    expect(anyOfQuery(["it's", 'a\\b'])).toBe("'it''s' | 'a\\\\b'");
    expect(anyOfQuery([])).toBeNull();
  });

  it('compares texts on bigrams and words, not on run-final characters', () => {
    expect([...shingles('无人机巡检 Drone')]).toEqual(['无人', '人机', '机巡', '巡检', 'drone']);
    expect(bigrams('药')).toEqual(['药']);
  });
});
