/**
 * CSV that spreadsheet programs cannot turn into formulas: a cell starting with = + - @ (or a
 * tab or carriage return) is prefixed with an apostrophe (OWASP CSV injection guidance).
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value);
  // Most cells need nothing: no quote, comma or line break, no formula lead, no edge spaces.
  if (!/[",\n\r]|^[=+\-@\t\s]|\s$/.test(text) || text === '-') return text;
  // A lone dash (the reports' "did not happen") cannot be a formula and stays as it is.
  if (/^[=+\-@\t\r]/.test(text) && text !== '-') text = `'${text}`;
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: { header: string; value: (row: Record<string, unknown>) => unknown }[], rows: Record<string, unknown>[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
