import pdfParse from 'pdf-parse/lib/pdf-parse.js';

/** The text of a PDF, as a reader's copy-and-paste would give it; throws when the file does not open. */
export async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const parsed = await pdfParse(pdf);
  return { text: parsed.text, pages: parsed.numpages };
}
