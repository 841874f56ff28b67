// pdf-parse ships no types; its library entry avoids index.js, which reads a sample file when run directly.
declare module 'pdf-parse/lib/pdf-parse.js' {
  function pdfParse(data: Buffer): Promise<{ text: string; numpages: number; info: Record<string, unknown> }>;
  export default pdfParse;
}
