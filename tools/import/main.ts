/**
 * `npm run import -- FILE`: loads historical cases (JSON, or CSV in the layout of import-file.ts)
 * through the running API's `POST /imports`, as an admin (permission import:run).
 *   MOU_API_URL       the API, default http://127.0.0.1:3000
 *   MOU_API_TOKEN     an admin's access token; or
 *   MOU_IMPORT_EMAIL + MOU_IMPORT_PASSWORD  an admin's sign-in
 * Prints what was created, what already existed and what was refused and why; exits 1 when a case
 * was refused or failed.
 */
import { readFileSync } from 'node:fs';
import { importThroughApi, ImportReport, signIn } from './api-import';
import { readImportFile } from './import-file';

export function describeReport(report: ImportReport): string {
  const lines = [`created ${report.created.length}, already imported ${report.existing.length}, refused ${report.refused.length}, failed ${report.failed.length}`];
  for (const c of report.created) lines.push(`  created  ${c.externalReference} → ${c.reference} (${c.stage}, ${c.facts} facts)`);
  for (const c of report.existing) lines.push(`  exists   ${c.externalReference} → case ${c.caseId}`);
  for (const r of report.refused) lines.push(`  refused  #${r.index} ${r.externalReference ?? '(no reference)'}:\n${r.reasons.map((x) => `             ${x}`).join('\n')}`);
  for (const f of report.failed) lines.push(`  failed   ${f.externalReference} → case ${f.caseId} after ${f.factsRecorded} facts: ${f.reason}`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  const fileName = process.argv[2];
  if (!fileName) {
    console.error('Usage: npm run import -- FILE (.json or .csv)');
    return 2;
  }
  const file = readImportFile(fileName, readFileSync(fileName, 'utf8'));
  const apiUrl = (process.env.MOU_API_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
  let token = process.env.MOU_API_TOKEN;
  if (!token) {
    const email = process.env.MOU_IMPORT_EMAIL;
    const password = process.env.MOU_IMPORT_PASSWORD;
    if (!email || !password) {
      console.error('Set MOU_API_TOKEN, or MOU_IMPORT_EMAIL and MOU_IMPORT_PASSWORD, for an admin');
      return 2;
    }
    token = await signIn(apiUrl, email, password);
  }
  const report = await importThroughApi(apiUrl, token, file);
  console.log(describeReport(report));
  return report.refused.length || report.failed.length ? 1 : 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
