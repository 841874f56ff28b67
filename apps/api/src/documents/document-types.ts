/**
 * Whether the bytes are what their media type says, by their first bytes (PDF, PNG, JPEG) or, for
 * plain text, by being UTF-8 without NUL bytes: a file is not taken on its name alone.
 */
export function contentMatchesType(type: string, bytes: Buffer): boolean {
  switch (type) {
    case 'application/pdf':
      return bytes.subarray(0, 5).toString('latin1') === '%PDF-';
    case 'image/png':
      return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    case 'image/jpeg':
      return bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
    case 'text/plain':
      return !bytes.includes(0) && Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes);
    default:
      // A type configured without a signature check here is taken as declared.
      return true;
  }
}
