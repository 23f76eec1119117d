import { findHostileInput, hostileInputMessage, MAX_INPUT_DEPTH } from './hostile-input';

describe('findHostileInput', () => {
  it('accepts ordinary text, CJK, emoji (a surrogate pair) and nesting up to the limit', () => {
    let nested: unknown = '无人机巡检 🚁';
    for (let i = 0; i < MAX_INPUT_DEPTH; i++) nested = [nested];
    expect(findHostileInput({ title: { zh: '园区无人配送', en: 'Delivery 🚚' }, tags: ['物流'], n: 3, ok: true, none: null })).toBeNull();
    expect(findHostileInput(nested)).toBeNull();
  });

  it('names the field holding a NUL, in values and in keys', () => {
    expect(findHostileInput({ title: { zh: 'a\u0000b' } })).toEqual({ kind: 'nul', path: 'title.zh' });
    expect(findHostileInput({ tags: ['ok', 'x\u0000'] })).toEqual({ kind: 'nul', path: 'tags.1' });
    expect(findHostileInput({ ['k\u0000']: 1 })).toEqual({ kind: 'nul', path: 'k\u0000' });
  });

  it('finds a lone high or low surrogate but not a pair', () => {
    expect(findHostileInput({ ownerUnit: '\uD800局' })).toEqual({ kind: 'lone-surrogate', path: 'ownerUnit' });
    expect(findHostileInput({ district: '区\uDC00' })).toEqual({ kind: 'lone-surrogate', path: 'district' });
    expect(findHostileInput({ ok: '\uD83D\uDE9A' })).toBeNull();
  });

  it('refuses nesting beyond the limit without exhausting the stack, even 100,000 deep', () => {
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000));
    expect(findHostileInput({ title: deep })).toEqual({ kind: 'too-deep', path: expect.stringMatching(/^title(\.0)*$/) });
  });

  it('says what is wrong in Chinese and English', () => {
    expect(hostileInputMessage({ kind: 'nul', path: 'title.zh' })).toBe('字段 title.zh 含有空字符（NUL） field title.zh contains a NUL character');
    expect(hostileInputMessage({ kind: 'too-deep', path: 'a' })).toMatch(/嵌套过深.*nested too deep/);
  });
});
