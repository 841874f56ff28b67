import type { ReviewReportSource } from './report-model';
import { FactTable, reviewedFacts } from './reproduction-sections';

/** Rows per chunk of the facts file. */
const CHUNK_ROWS = 2_000;

/**
 * One CSV cell exactly as csvRecords (libs/persistence csv) writes a text cell: a cell that a
 * spreadsheet would read as a formula (= + - @, their full-width forms, a tab or carriage return
 * first) gets an apostrophe before it, except the lone dash the reports use for "did not happen";
 * a cell with a quote, comma or line break is quoted, its quotes doubled. Written out here because
 * the facts file has a year of rows, and the general writer handles every cell as an object.
 */
export function csvCell(value: string): string {
  if (value === '' || value === '-') return value;
  let text = value;
  switch (value[0]) {
    case '-':
    case '=':
    case '+':
    case '@':
    case '\t':
    case '\r':
    case '\uFF1D':
    case '\uFF0B':
    case '\uFF0D':
    case '\uFF20':
      text = `'${value}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const line = (cells: readonly string[]) => `${cells.map(csvCell).join(',')}\r\n`;

/**
 * Every request and US post-visit report the review counted, one CSV row each, with the same
 * columns as the report's appendices (which list only the first rows of a large year): yielded a
 * chunk of rows at a time, each row made only when its chunk is, so a year is never held as
 * records. Each line is one flat string (a join, not a chain of concatenations), so a chunk
 * leaves nothing behind for the garbage collector to carry once it is written.
 */
export function* factsCsvChunks(source: ReviewReportSource): Generator<string> {
  const facts = reviewedFacts(source);
  const columns = ['Fact', ...new Set([...facts.requests.columns, ...facts.usReports.columns])];
  yield line(columns);
  for (const [fact, table] of [['request', facts.requests], ['US post-visit report', facts.usReports]] as [string, FactTable][]) {
    // For each of the file's columns, which of the table's cells goes there (-1: none, left empty).
    const from = columns.map((column, c) => (c === 0 ? -1 : table.columns.indexOf(column)));
    const cells = new Array<string>(columns.length).fill('');
    cells[0] = csvCell(fact);
    let lines: string[] = [];
    for (let i = 0; i < table.size; i++) {
      const row = table.row(i);
      for (let c = 1; c < from.length; c++) if (from[c] >= 0) cells[c] = csvCell(row[from[c]]);
      lines.push(cells.join(','));
      if (lines.length === CHUNK_ROWS) {
        yield `${lines.join('\r\n')}\r\n`;
        lines = [];
      }
    }
    if (lines.length) yield `${lines.join('\r\n')}\r\n`;
  }
}

/** The whole facts file (see factsCsvChunks). */
export function renderFactsCsv(source: ReviewReportSource): string {
  let csv = '';
  for (const chunk of factsCsvChunks(source)) csv += chunk;
  return csv;
}
