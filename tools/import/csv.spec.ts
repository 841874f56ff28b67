import { parseCsv } from './csv';
import { casesFromCsv } from './import-file';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF, and skips a BOM and blank lines', () => {
    expect(parseCsv('\uFEFFa,b,c\r\n"x, y","say ""no""","two\nlines"\n\n1,,3')).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "no"', 'two\nlines'],
      ['1', '', '3'],
    ]);
  });

  it('keeps an empty quoted last field', () => {
    expect(parseCsv('a,""')).toEqual([['a', '']]);
  });

  it('refuses a quote never closed, a stray quote, and text after a closing quote, naming the line', () => {
    expect(() => parseCsv('a\n"open,b')).toThrow('CSV line 2: a quoted field is never closed');
    expect(() => parseCsv('a\nab"c')).toThrow('CSV line 2: a quote inside an unquoted field');
    expect(() => parseCsv('"a"b')).toThrow('CSV line 1: text after a closing quote');
  });
});

describe('casesFromCsv', () => {
  const header = 'externalReference,investigator,openedAt,facilityName,facilityProvince,allegationSummary,allegationSource,productCategories,factType,at,scheduledFor,fullAccess,outcome,note';

  it('groups rows by externalReference into cases with their facts in file order', () => {
    const csv = [
      header,
      'R-1,inv@example.gov,1994-04-01T00:00:00Z,"Camp, North",Qinghai,Carpets,Witness,CARPETS;TEA,REQUEST_VISIT,1994-04-01T00:00:00Z,,,,',
      'R-2,inv@example.gov,1994-05-01T00:00:00Z,Camp South,,Tea,Report,,,,,,,',
      'R-1,,,,,,,,RECORD_VISIT,1994-06-15T00:00:00Z,,false,,"held late"',
    ].join('\n');
    expect(casesFromCsv(csv).cases).toEqual([
      {
        externalReference: 'R-1',
        investigator: 'inv@example.gov',
        openedAt: '1994-04-01T00:00:00Z',
        facility: { name: 'Camp, North', province: 'Qinghai' },
        allegation: { summary: 'Carpets', source: 'Witness', productCategories: ['CARPETS', 'TEA'] },
        facts: [
          { type: 'REQUEST_VISIT', at: '1994-04-01T00:00:00Z' },
          { type: 'RECORD_VISIT', at: '1994-06-15T00:00:00Z', fullAccess: false, note: 'held late' },
        ],
      },
      {
        externalReference: 'R-2',
        investigator: 'inv@example.gov',
        openedAt: '1994-05-01T00:00:00Z',
        facility: { name: 'Camp South' },
        allegation: { summary: 'Tea', source: 'Report', productCategories: [] },
        facts: [],
      },
    ]);
  });

  it('refuses a header with unknown or missing columns, and a row of the wrong width', () => {
    expect(() => casesFromCsv('externalReference,colour')).toThrow(/lacks investigator, openedAt/);
    expect(() => casesFromCsv(`${header},colour`)).toThrow('unknown columns: colour');
    expect(() => casesFromCsv(`${header}\nR-1,x`)).toThrow('CSV record 2: 2 fields where the header has 14');
  });
});
