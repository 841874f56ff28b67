import { csvCell } from '@mou/domain';
import type { ReviewReportSource } from './report-model';
import { reviewedFacts } from './reproduction-sections';

/**
 * Every request and US post-visit report the review counted, one CSV row each, with the same
 * columns as the report's appendices (which list only the first rows of a large year).
 */
export function renderFactsCsv(source: ReviewReportSource): string {
  const facts = reviewedFacts(source);
  const columns = ['Fact', ...new Set([...facts.requests.columns, ...facts.usReports.columns])];
  const lines = [columns.map(csvCell).join(',')];
  const add = (fact: string, table: { columns: string[]; rows: string[][] }) => {
    for (const row of table.rows) {
      const byColumn = new Map(table.columns.map((column, i) => [column, row[i]]));
      lines.push([fact, ...columns.slice(1).map((column) => byColumn.get(column) ?? '')].map(csvCell).join(','));
    }
  };
  add('request', facts.requests);
  add('US post-visit report', facts.usReports);
  return `${lines.join('\r\n')}\r\n`;
}
