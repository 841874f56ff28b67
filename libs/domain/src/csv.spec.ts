import { csvCell, toCsv } from './csv';

describe(csvCell.name, () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1+1', "'+1+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Beishu camp', 'Beishu camp'],
    ['a,b', '"a,b"'],
    ['-', '-'],
    ['--1', "'--1"],
  ])('neutralises %s', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes a header and one line per row', () => {
    expect(toCsv([{ header: 'name', value: (r) => r.name }], [{ name: 'x' }, { name: '=1' }])).toBe("name\r\nx\r\n'=1\r\n");
  });
});
