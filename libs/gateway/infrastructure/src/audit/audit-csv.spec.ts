import { auditCsvDisposition, csvCell } from './audit-csv';

describe('the audit log as CSV', () => {
  it('quotes what needs quoting and keeps would-be formulas as text', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx']) expect(csvCell(formula)).toBe(`'${formula}`);
    expect(csvCell('=HYPERLINK("x"),y')).toBe(`"'=HYPERLINK(""x""),y"`);
    expect(csvCell(null)).toBe('');
    expect(csvCell(-3)).toBe('-3');
  });

  it('names the file in ASCII and in Chinese', () => {
    expect(auditCsvDisposition(new Date('2026-03-01T08:05:09Z'))).toBe(`attachment; filename="audit-log-20260301-1605.csv"; filename*=UTF-8''${encodeURIComponent('审计日志-20260301-1605.csv')}`);
    // Late in the UTC evening it is already the next day in Beijing.
    expect(auditCsvDisposition(new Date('2026-03-01T20:30:00Z'))).toContain('audit-log-20260302-0430.csv');
  });
});
