import type { ImportFile } from './import-file';

export interface ImportReport {
  created: { externalReference: string; caseId: string; reference: string; stage: string; facts: number }[];
  existing: { externalReference: string; caseId: string }[];
  refused: { index: number; externalReference: string | null; reasons: string[] }[];
  failed: { externalReference: string; caseId: string; factsRecorded: number; reason: string }[];
}

/** Cases per request: well under the API's body limit for cases of ordinary size. */
const BATCH = 40;

async function call(url: string, init: RequestInit): Promise<unknown> {
  const res = await fetch(url, init);
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url} answered ${res.status}: ${JSON.stringify(body)}`);
  return body;
}

/** A token for `email`, signed in through the API. */
export async function signIn(apiUrl: string, email: string, password: string): Promise<string> {
  const body = (await call(`${apiUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })) as { accessToken: string };
  return body.accessToken;
}

/** Sends the file to `POST /imports` in batches and puts the reports together (indices as in the file). */
export async function importThroughApi(apiUrl: string, token: string, file: ImportFile): Promise<ImportReport> {
  const report: ImportReport = { created: [], existing: [], refused: [], failed: [] };
  for (let start = 0; start < file.cases.length; start += BATCH) {
    const part = (await call(`${apiUrl}/api/v1/imports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ cases: file.cases.slice(start, start + BATCH) }),
    })) as ImportReport;
    report.created.push(...part.created);
    report.existing.push(...part.existing);
    report.refused.push(...part.refused.map((r) => ({ ...r, index: r.index + start })));
    report.failed.push(...part.failed);
  }
  return report;
}
