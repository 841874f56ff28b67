/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF or LF; a field in double quotes may
 * hold commas, line breaks and doubled quotes (""). A leading byte-order mark is skipped. A quote
 * inside an unquoted field, text after a closing quote, or a quote never closed is an error that
 * names the line, never a guess.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let quoted = false; // inside a quoted field
  let wasQuoted = false; // the current field was quoted and has closed
  const endField = () => {
    record.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    // A blank line is no record.
    if (!(record.length === 1 && record[0] === '')) records.push(record);
    record = [];
  };
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          wasQuoted = true;
        }
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === ',') endField();
    else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      endRecord();
      line++;
    } else if (c === '"') {
      if (field !== '' || wasQuoted) throw new Error(`CSV line ${line}: a quote inside an unquoted field; quote the whole field and double the quote ("")`);
      quoted = true;
    } else {
      if (wasQuoted) throw new Error(`CSV line ${line}: text after a closing quote`);
      field += c;
    }
  }
  if (quoted) throw new Error(`CSV line ${line}: a quoted field is never closed`);
  if (field !== '' || wasQuoted || record.length) endRecord();
  return records;
}
