import type { ReportBlock, ReportChart, ReportTable, ReviewReport } from './report-model';
import { TONE_COLORS } from './tone-colors';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function table({ columns, rows }: ReportTable): string {
  const head = columns.map((c) => `<th>${escape(c)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const LABEL_W = 230;
const BAR_W = 380;
const ROW_H = 26;

/** A horizontal stacked bar chart in inline SVG, with its numbers as text and a legend. */
function chart(c: ReportChart): string {
  const totals = c.groups.map((g) => g.values.reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const height = c.groups.length * ROW_H + 10;
  const rows = c.groups.map((g, i) => {
    const y = 5 + i * ROW_H;
    let x = LABEL_W;
    const segments = g.values.map((v, s) => {
      const w = (v / max) * BAR_W;
      const rect = v > 0 ? `<rect x="${x.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${ROW_H - 8}" fill="${TONE_COLORS[c.series[s].tone]}"><title>${escape(`${c.series[s].label}: ${v}`)}</title></rect>` : '';
      x += w;
      return rect;
    });
    return `<text x="${LABEL_W - 8}" y="${y + ROW_H / 2 + 4}" text-anchor="end">${escape(g.label)}</text>${segments.join('')}<text x="${(x + 6).toFixed(1)}" y="${y + ROW_H / 2 + 4}">${totals[i]}</text>`;
  });
  const legend = c.series.map((s) => `<span class="key"><i style="background:${TONE_COLORS[s.tone]}"></i>${escape(s.label)}</span>`).join(' ');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escape(c.title)}" width="${LABEL_W + BAR_W + 50}" height="${height}" font-size="12" font-family="Helvetica, Arial, sans-serif">${rows.join('\n')}</svg>`;
  return `<figure><figcaption>${escape(c.title)} (${escape(c.unit)})</figcaption>\n${svg}\n<div class="legend">${legend}</div></figure>`;
}

function block(b: ReportBlock): string {
  switch (b.kind) {
    case 'paragraph':
      return b.strong ? `<p class="verdict"><strong>${escape(b.text)}</strong></p>` : `<p>${escape(b.text)}</p>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;
    case 'table':
      return table(b.table);
    case 'chart':
      return chart(b.chart);
  }
}

const STYLE = `
body { font-family: Helvetica, Arial, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
.subtitle { color: #555; } .verdict { font-size: 1.15rem; }
section.recommendation { border-left: 6px solid #1a1a1a; padding-left: 1rem; }
table { border-collapse: collapse; margin: .5rem 0; font-size: .9rem; } th, td { border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; } figure { margin: 1rem 0; } figcaption { font-weight: bold; margin-bottom: .3rem; }
.legend { font-size: .85rem; } .key { margin-right: 1rem; white-space: nowrap; } .key i { display: inline-block; width: .8rem; height: .8rem; margin-right: .3rem; vertical-align: middle; }
`;

/** The report as one self-contained HTML page: inline style and SVG, no script, no external asset. */
export function renderHtml(report: ReviewReport): string {
  const sections = report.sections
    .map((s, i) => `<section${i === 0 ? ' class="recommendation"' : ''}>\n<h2>${escape(s.heading)}</h2>\n${s.blocks.map(block).join('\n')}\n</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(`${report.title}: ${report.recommendation}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escape(report.title)}</h1>
<p class="subtitle">${escape(report.subtitle)}</p>
${sections}
</body>
</html>
`;
}
