import type { ReportBlock, ReportChart, ReportTable, ReviewReport } from './report-model';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function table({ columns, rows }: ReportTable): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(columns), line(columns.map(() => '---')), ...rows.map(line)].join('\n');
}

const BAR_WIDTH = 30;

/** A chart as a text table: the counts per series, the total, and a bar of '#' scaled to the largest. */
function chart(c: ReportChart): string {
  const totals = c.groups.map((g) => g.values.reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const rows = c.groups.map((g, i) => [g.label, ...g.values.map(String), String(totals[i]), '#'.repeat(Math.round((totals[i] / max) * BAR_WIDTH))]);
  return [`**${c.title}** (${c.unit})`, '', table({ columns: ['', ...c.series.map((s) => s.label), 'total', ''], rows })].join('\n');
}

function block(b: ReportBlock): string {
  switch (b.kind) {
    case 'paragraph':
      return b.strong ? `**${b.text}**` : b.text;
    case 'list':
      return b.items.map((item) => `- ${item}`).join('\n');
    case 'table':
      return table(b.table);
    case 'chart':
      return chart(b.chart);
  }
}

/** The report as Markdown: the same sections as the HTML and PDF, charts as text tables. */
export function renderMarkdown(report: ReviewReport): string {
  const parts = [`# ${report.title}`, `_${report.subtitle}_`];
  for (const section of report.sections) parts.push(`## ${section.heading}`, ...section.blocks.map(block));
  return `${parts.join('\n\n')}\n`;
}
