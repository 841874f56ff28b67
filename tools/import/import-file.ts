import { parseCsv } from './csv';

/** The columns of the CSV layout: one row per fact; a case's own columns may be left empty after its first row. */
export const CSV_COLUMNS = [
  'externalReference',
  'investigator',
  'openedAt',
  'facilityName',
  'facilityProvince',
  'allegationSummary',
  'allegationSource',
  'productCategories',
  'factType',
  'at',
  'scheduledFor',
  'fullAccess',
  'outcome',
  'note',
] as const;

export interface ImportFile {
  about?: string;
  sources?: string[];
  cases: Record<string, unknown>[];
}

/**
 * A CSV file as the import's JSON. Rows are grouped by externalReference (in the order each first
 * appears); a row with an empty factType only carries the case. productCategories are separated by
 * `;`; fullAccess is `true` or `false`. Values are passed on as text: the API checks them.
 */
export function casesFromCsv(text: string): ImportFile {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('The CSV file is empty');
  const missing = CSV_COLUMNS.filter((c) => c !== 'facilityProvince' && c !== 'scheduledFor' && c !== 'outcome' && c !== 'note' && c !== 'fullAccess' && !header.includes(c));
  if (missing.length) throw new Error(`The CSV header lacks ${missing.join(', ')} (columns: ${CSV_COLUMNS.join(', ')})`);
  const unknown = header.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
  if (unknown.length) throw new Error(`The CSV header has unknown columns: ${unknown.join(', ')}`);

  const byReference = new Map<string, { fields: Record<string, string>; facts: Record<string, unknown>[] }>();
  rows.forEach((row, r) => {
    if (row.length !== header.length) throw new Error(`CSV record ${r + 2}: ${row.length} fields where the header has ${header.length}`);
    const value = Object.fromEntries(header.map((name, i) => [name, row[i].trim()])) as Record<string, string>;
    const key = value.externalReference;
    if (!key) throw new Error(`CSV record ${r + 2}: externalReference is empty`);
    let entry = byReference.get(key);
    if (!entry) byReference.set(key, (entry = { fields: value, facts: [] }));
    for (const column of ['investigator', 'openedAt', 'facilityName', 'facilityProvince', 'allegationSummary', 'allegationSource', 'productCategories']) {
      if (!entry.fields[column] && value[column]) entry.fields[column] = value[column];
    }
    if (!value.factType) return;
    const fact: Record<string, unknown> = { type: value.factType, at: value.at };
    if (value.scheduledFor) fact.scheduledFor = value.scheduledFor;
    if (value.fullAccess) fact.fullAccess = value.fullAccess === 'true' ? true : value.fullAccess === 'false' ? false : value.fullAccess;
    if (value.outcome) fact.outcome = value.outcome;
    if (value.note) fact.note = value.note;
    entry.facts.push(fact);
  });

  return {
    cases: [...byReference.entries()].map(([externalReference, { fields, facts }]) => ({
      externalReference,
      investigator: fields.investigator,
      openedAt: fields.openedAt,
      facility: { name: fields.facilityName, ...(fields.facilityProvince ? { province: fields.facilityProvince } : {}) },
      allegation: {
        summary: fields.allegationSummary,
        source: fields.allegationSource,
        productCategories: (fields.productCategories ?? '').split(';').map((c) => c.trim()).filter(Boolean),
      },
      facts,
    })),
  };
}

/** A file's text as the import's JSON: `.csv` by the CSV layout, anything else as JSON. */
export function readImportFile(name: string, text: string): ImportFile {
  if (name.toLowerCase().endsWith('.csv')) return casesFromCsv(text);
  const parsed = JSON.parse(text) as unknown;
  if (Array.isArray(parsed)) return { cases: parsed as Record<string, unknown>[] };
  if (!parsed || typeof parsed !== 'object' || !Array.isArray((parsed as ImportFile).cases)) throw new Error('A JSON import file is an array of cases or an object with "cases"');
  return parsed as ImportFile;
}
