import { stringify, type CastingContext } from 'csv-stringify/sync';

/**
 * CSV that spreadsheet programs cannot turn into formulas: a text cell starting with = + - @ (or
 * a tab or carriage return) is prefixed with an apostrophe (OWASP CSV injection guidance). A
 * number keeps its sign, and a lone dash (the reports' "did not happen") cannot be a formula and
 * stays as it is. Lines end in CRLF (RFC 4180).
 */
export function csvRecords(records: readonly (readonly unknown[])[]): string {
  return stringify(records as unknown[][], {
    escape_formulas: true,
    record_delimiter: 'windows',
    // A lone carriage return or line feed would break the line for some readers.
    quoted_match: /[\r\n]/,
    cast: {
      date: (value: Date) => value.toISOString(),
      boolean: (value: boolean) => String(value),
      string: (value: string, _context: CastingContext) => (value === '-' ? { value, escape_formulas: false } : value),
    },
  });
}

export interface CsvColumn<R> {
  header: string;
  value: (row: R) => unknown;
}

/** A header line, then one line per row, each cell from its column. */
export function toCsv<R>(columns: readonly CsvColumn<R>[], rows: readonly R[]): string {
  return csvRecords([columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => c.value(row)))]);
}
