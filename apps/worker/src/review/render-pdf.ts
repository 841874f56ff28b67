import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { ReportBlock, ReportChart, ReportTable, ReviewReport } from './report-model';
import { TONE_COLORS } from './tone-colors';

type Doc = PDFKit.PDFDocument;

const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';
/** The embedded font, for any text Helvetica cannot print (a facility's Chinese name, a ≥). */
const UNICODE = 'Unicode';

/** The embedded font unless configured: Noto Sans SC Regular, installed with the project's packages. */
export const DEFAULT_REPORT_FONT: ReportFont = { path: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf') };
export interface ReportFont {
  /** A TrueType or OpenType font file, or a collection (.ttc). */
  path: string;
  /** The PostScript name of the face to use when the file is a collection. */
  face?: string;
}

/**
 * Helvetica (a PDF base font, not embedded) prints Windows-1252 only; anything else, Chinese
 * above all, needs the embedded font, which pdfkit subsets to the glyphs used.
 */
const BEYOND_HELVETICA = /[^\u0000-\u00ff\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/u;

/** Sets the font for `text`: the base font asked for, or the embedded one when the text needs it. */
function face(doc: Doc, base: string, text: string): Doc {
  return doc.font(BEYOND_HELVETICA.test(text) ? UNICODE : base);
}
const BODY = 9.5;
const PAD = 3;

const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;
const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** Starts a new page when `height` more points would not fit. */
function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

/**
 * Column widths: each column gets its natural width when all fit; otherwise every column keeps
 * an even share, and the room left goes to the columns that need more, in proportion to their need.
 */
function columnWidths(doc: Doc, t: ReportTable, total: number): number[] {
  const natural = t.columns.map((c, i) => {
    doc.fontSize(BODY);
    let w = face(doc, BOLD, c).widthOfString(c);
    for (const row of t.rows) w = Math.max(w, face(doc, REGULAR, row[i] ?? '').widthOfString(row[i] ?? ''));
    return w + 2 * PAD + 1;
  });
  if (natural.reduce((a, b) => a + b, 0) <= total) return natural;
  const share = total / t.columns.length;
  const base = natural.map((w) => Math.min(w, share));
  const left = total - base.reduce((a, b) => a + b, 0);
  const need = natural.map((w, i) => w - base[i]);
  const needed = need.reduce((a, b) => a + b, 0);
  return base.map((w, i) => w + (needed > 0 ? (left * need[i]) / needed : 0));
}

function tableRow(doc: Doc, cells: string[], widths: number[], bold: boolean): void {
  doc.fontSize(BODY);
  const base = bold ? BOLD : REGULAR;
  const heights = cells.map((c, i) => face(doc, base, c).heightOfString(c, { width: widths[i] - 2 * PAD }));
  const height = Math.max(...heights) + 2 * PAD;
  ensureRoom(doc, height);
  const y = doc.y;
  let x = doc.page.margins.left;
  cells.forEach((c, i) => {
    if (bold) doc.rect(x, y, widths[i], height).fillAndStroke('#eeeeee', '#999999').fillColor('black');
    else doc.rect(x, y, widths[i], height).strokeColor('#999999').stroke();
    face(doc, base, c).fillColor('black').text(c, x + PAD, y + PAD, { width: widths[i] - 2 * PAD });
    x += widths[i];
  });
  doc.x = doc.page.margins.left;
  doc.y = y + height;
}

/** A table that breaks across pages, repeating its header row on each. */
function table(doc: Doc, t: ReportTable): void {
  const widths = columnWidths(doc, t, contentWidth(doc));
  tableRow(doc, t.columns, widths, true);
  for (const row of t.rows) {
    doc.fontSize(BODY);
    const height = Math.max(...row.map((c, i) => face(doc, REGULAR, c).heightOfString(c, { width: widths[i] - 2 * PAD }))) + 2 * PAD;
    if (doc.y + height > bottom(doc)) {
      doc.addPage();
      tableRow(doc, t.columns, widths, true);
    }
    tableRow(doc, row, widths, false);
  }
  doc.moveDown(0.6);
}

const LABEL_W = 150;
const ROW_H = 15;

/** Horizontal stacked bars drawn on the page, with each bar's total and a legend. */
function chart(doc: Doc, c: ReportChart): void {
  const barWidth = contentWidth(doc) - LABEL_W - 40;
  const totals = c.groups.map((g) => g.values.reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  ensureRoom(doc, c.groups.length * ROW_H + 50);
  face(doc, BOLD, `${c.title} (${c.unit})`).fontSize(BODY).text(`${c.title} (${c.unit})`);
  doc.moveDown(0.3);
  const left = doc.page.margins.left;
  let y = doc.y;
  doc.font(REGULAR).fontSize(8.5);
  c.groups.forEach((g, i) => {
    face(doc, REGULAR, g.label).fillColor('black').text(g.label, left, y + 3, { width: LABEL_W - 6, align: 'right', lineBreak: false });
    let x = left + LABEL_W;
    g.values.forEach((v, s) => {
      const w = (v / max) * barWidth;
      if (w > 0) doc.rect(x, y + 2, w, ROW_H - 4).fill(TONE_COLORS[c.series[s].tone]);
      x += w;
    });
    doc.font(REGULAR).fillColor('black').text(String(totals[i]), x + 4, y + 3, { lineBreak: false });
    y += ROW_H;
  });
  y += 4;
  let x = left;
  for (const s of c.series) {
    const w = face(doc, REGULAR, s.label).widthOfString(s.label) + 20;
    if (x + w > left + contentWidth(doc)) {
      x = left;
      y += 12;
    }
    doc.rect(x, y + 1, 8, 8).fill(TONE_COLORS[s.tone]);
    doc.fillColor('black').text(s.label, x + 11, y, { lineBreak: false });
    x += w;
  }
  doc.x = left;
  doc.y = y + 18;
}

function block(doc: Doc, b: ReportBlock): void {
  doc.fillColor('black');
  switch (b.kind) {
    case 'paragraph':
      face(doc, b.strong ? BOLD : REGULAR, b.text).fontSize(b.strong ? 12 : BODY).text(b.text, { width: contentWidth(doc) });
      doc.moveDown(0.5);
      return;
    case 'list':
      doc.font(REGULAR).fontSize(BODY);
      for (const item of b.items) {
        ensureRoom(doc, face(doc, REGULAR, item).heightOfString(item, { width: contentWidth(doc) - 12 }));
        const y = doc.y;
        doc.font(REGULAR).text('-', doc.page.margins.left, y, { lineBreak: false });
        face(doc, REGULAR, item).text(item, doc.page.margins.left + 12, y, { width: contentWidth(doc) - 12 });
        doc.moveDown(0.2);
      }
      doc.x = doc.page.margins.left;
      doc.moveDown(0.4);
      return;
    case 'table':
      table(doc, b.table);
      return;
    case 'chart':
      chart(doc, b.chart);
      return;
  }
}

/**
 * The report as a PDF (pdfkit): the same sections as the Markdown and HTML, in Helvetica, with the
 * embedded font (subset) for whatever Helvetica cannot print, so a facility's Chinese name prints
 * as itself. A missing font file stops the rendering with its path and the setting that names it.
 */
export function renderPdf(report: ReviewReport, createdAt: Date, font: ReportFont = DEFAULT_REPORT_FONT): Promise<Buffer> {
  if (!existsSync(font.path)) {
    throw new Error(
      `The report font ${font.path} was not found: run npm ci (it installs @expo-google-fonts/noto-sans-sc) or set REPORT_FONT_PATH to a TrueType/OpenType font that covers Chinese.`,
    );
  }
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 54,
    bufferPages: true,
    info: { Title: `${report.title}: ${report.recommendation}`, Subject: report.subtitle, Author: 'MOU Casework', CreationDate: createdAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(UNICODE, font.path, font.path.toLowerCase().endsWith('.ttc') ? (font.face ?? DEFAULT_REPORT_FONT.face) : undefined);
  face(doc, BOLD, report.title).fontSize(17).text(report.title);
  face(doc, REGULAR, report.subtitle).fontSize(BODY).fillColor('#444444').text(report.subtitle);
  doc.moveDown(1);
  for (const section of report.sections) {
    ensureRoom(doc, 60);
    face(doc, BOLD, section.heading).fillColor('black').fontSize(section === report.sections[0] ? 16 : 13).text(section.heading);
    doc.moveDown(0.3);
    for (const b of section.blocks) block(doc, b);
    doc.moveDown(0.5);
  }
  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.start + i);
    // Writing below the bottom margin would make pdfkit start a page; the footer lives there.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - margin + 20;
    doc.font(REGULAR).fontSize(7.5).fillColor('#666666').text(`${report.reviewId} - page ${i + 1} of ${pages.count}`, doc.page.margins.left, y, { lineBreak: false });
    doc.page.margins.bottom = margin;
  }
  doc.end();
  return done;
}
