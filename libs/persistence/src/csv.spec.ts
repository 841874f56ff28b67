import { csvRecords, toCsv } from './csv';

const cell = (value: unknown) => csvRecords([[value]]).replace(/\r\n$/, '');

describe(csvRecords.name, () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1+1', "'+1+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', `"'\r=1"`],
    ['Beishu camp', 'Beishu camp'],
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"'],
    ['-', '-'],
    ['--1', "'--1"],
  ])('neutralises %j', (input, expected) => {
    expect(cell(input)).toBe(expected);
  });

  it('keeps numbers as numbers, negative ones too, and writes instants as ISO text', () => {
    expect(cell(-3)).toBe('-3');
    expect(cell(12)).toBe('12');
    expect(cell(new Date('2026-03-01T00:00:00Z'))).toBe('2026-03-01T00:00:00.000Z');
    expect(cell(null)).toBe('');
    expect(cell(true)).toBe('true');
  });
});

describe(toCsv.name, () => {
  it('writes a header and one CRLF-ended line per row', () => {
    expect(toCsv([{ header: 'name', value: (r: { name: string }) => r.name }], [{ name: 'x' }, { name: '=1' }])).toBe("name\r\nx\r\n'=1\r\n");
  });
});
