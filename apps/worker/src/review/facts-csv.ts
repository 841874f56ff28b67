import { csvRecords } from '@mou/persistence';
import type { ReviewReportSource } from './report-model';
import { FactTable, reviewedFacts } from './reproduction-sections';

/**
 * Every request and US post-visit report the review counted, one CSV row each, with the same
 * columns as the report's appendices (which list only the first rows of a large year).
 */
export function renderFactsCsv(source: ReviewReportSource): string {
  const facts = reviewedFacts(source);
  const columns = ['Fact', ...new Set([...facts.requests.columns, ...facts.usReports.columns])];
  const records: unknown[][] = [columns];
  const add = (fact: string, table: FactTable) => {
    // Where each of the table's columns goes in the file's.
    const at = table.columns.map((column) => columns.indexOf(column));
    for (let i = 0; i < table.size; i++) {
      const cells = new Array<unknown>(columns.length).fill('');
      cells[0] = fact;
      table.row(i).forEach((value, c) => (cells[at[c]] = value));
      records.push(cells);
    }
  };
  add('request', facts.requests);
  add('US post-visit report', facts.usReports);
  return csvRecords(records);
}
