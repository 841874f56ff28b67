import { csvRecords } from '@mou/persistence';
import { csvCell } from './facts-csv';

describe('a facts file cell', () => {
  // The project's general CSV writer (csv-stringify with formula escaping) is the reference.
  const cells = [
    '', '-', '--', '-12', '=SUM(A1:A2)', '+1', '@cmd', '\tx', '\rx', '\uFF1D1', '\uFF0B1', '\uFF0D1', '\uFF201', 'MOU-2025-000001',
    'held late, after 75 days', 'say "no"', 'line\nbreak', 'carriage\rreturn', 'open 12 days, overdue', '=a,"b"', 'plain', '2025-01-01',
  ];

  it('is written as the general CSV writer writes a text cell: formulas disarmed, quotes doubled, commas and line breaks quoted', () => {
    for (const value of cells) expect({ value, cell: `${csvCell(value)}\r\n` }).toEqual({ value, cell: csvRecords([[value]]) });
    expect(cells.map(csvCell).join(',') + '\r\n').toBe(csvRecords([cells]));
  });
});
