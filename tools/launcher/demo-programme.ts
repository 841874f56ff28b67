/**
 * A demo programme for a first start: when `npm start` finds no case and no entry, it loads a
 * realistic programme through the same import as `npm run import` (POST /imports) and the same
 * routes as users, so each role's first screen shows work: investigators cases in every stage and
 * on every clock, supervisors clocks at risk and overdue and an approval waiting, policy staff a
 * programme year ready for review, importers detained and released entries. DEMO_PROGRAMME=false
 * turns it off; in production it never runs.
 */
import { AppConfig } from '@mou/config';
import { createDataSource, DEMO_PASSWORD } from '@mou/persistence';
import { importThroughApi, ImportReport, signIn } from '../import/api-import';
import type { ImportFile } from '../import/import-file';

const DAY = 86_400_000;

type Fact = { type: string; daysAgo: number; scheduledInDays?: number; fullAccess?: boolean; outcome?: string; note?: string };
type DemoCase = { facility: string; province: string; summary: string; categories: string[]; investigator?: string; openedDaysAgo: number; facts: Fact[] };

const INVESTIGATOR = 'investigator@example.gov';
const SECOND_INVESTIGATOR = 'investigator2@example.gov';

/** Cases dated relative to today: each clock in the state its name says. */
const CASES: DemoCase[] = [
  { facility: 'Shaoguan Metal Clip Works', province: 'Guangdong', summary: 'Binder clips assembled by inmates, sold through a trading company', categories: ['METAL_CLIPS'], openedDaysAgo: 3, facts: [] },
  {
    facility: 'Xinjiang Cotton Farm No. 7',
    province: 'Xinjiang',
    summary: 'Cotton picked by prison labor, spun for export',
    categories: ['GARMENTS'],
    openedDaysAgo: 12,
    facts: [{ type: 'REQUEST_INVESTIGATION', daysAgo: 10, note: 'Request sent through the embassy' }],
  },
  {
    facility: 'Hunan Tea Plantation Camp',
    province: 'Hunan',
    summary: 'Tea harvested in a reform-through-labor camp',
    categories: ['TEA'],
    openedDaysAgo: 55,
    facts: [{ type: 'REQUEST_INVESTIGATION', daysAgo: 52, note: 'The PRC has acknowledged the request' }],
  },
  {
    facility: 'Qinghai Carpet Factory',
    province: 'Qinghai',
    summary: 'Hand-knotted carpets from a laogai workshop',
    categories: ['CARPETS'],
    openedDaysAgo: 80,
    facts: [{ type: 'REQUEST_VISIT', daysAgo: 75, note: 'No answer to the request or to two reminders' }],
  },
  {
    facility: 'Hebei Umbrella Works',
    province: 'Hebei',
    summary: 'Umbrella frames assembled in a detention centre',
    categories: ['UMBRELLAS'],
    investigator: SECOND_INVESTIGATOR,
    openedDaysAgo: 30,
    facts: [{ type: 'REQUEST_VISIT', daysAgo: 28 }],
  },
  {
    facility: 'Jiangxi Garment Workshop',
    province: 'Jiangxi',
    summary: 'Shirts sewn in a women’s prison',
    categories: ['GARMENTS'],
    openedDaysAgo: 70,
    facts: [
      { type: 'REQUEST_INVESTIGATION', daysAgo: 68 },
      { type: 'RECORD_PRC_REPORT', daysAgo: 20, note: 'The PRC report denies any export from the facility' },
    ],
  },
  {
    facility: 'Guangxi Artificial Flower Plant',
    province: 'Guangxi',
    summary: 'Artificial flowers assembled by detainees',
    categories: ['ARTIFICIAL_FLOWERS'],
    openedDaysAgo: 45,
    facts: [
      { type: 'REQUEST_VISIT', daysAgo: 40 },
      { type: 'SCHEDULE_VISIT', daysAgo: 5, scheduledInDays: 10, note: 'Date proposed by the Ministry of Justice' },
    ],
  },
  {
    facility: 'Shandong Rubber Glove Factory',
    province: 'Shandong',
    summary: 'Gloves made in a provincial prison',
    categories: [],
    openedDaysAgo: 100,
    facts: [
      { type: 'REQUEST_VISIT', daysAgo: 95 },
      { type: 'RECORD_VISIT', daysAgo: 40, fullAccess: false, note: 'Inspectors were kept out of two workshops' },
    ],
  },
  {
    facility: 'Zhejiang Christmas Lights Plant',
    province: 'Zhejiang',
    summary: 'Light strings wired in a labor camp',
    categories: ['CHRISTMAS_LIGHTS'],
    investigator: SECOND_INVESTIGATOR,
    openedDaysAgo: 120,
    facts: [
      { type: 'REQUEST_VISIT', daysAgo: 110 },
      { type: 'RECORD_VISIT', daysAgo: 70, fullAccess: true },
      { type: 'ISSUE_US_REPORT', daysAgo: 25, note: 'Report sent to the PRC and to CBP' },
    ],
  },
  {
    facility: 'Yunnan Tea Processing Camp',
    province: 'Yunnan',
    summary: 'Tea processed by inmates for a trading company',
    categories: ['TEA'],
    openedDaysAgo: 140,
    facts: [
      { type: 'REQUEST_INVESTIGATION', daysAgo: 138 },
      { type: 'RECORD_PRC_REPORT', daysAgo: 60 },
      { type: 'BEGIN_ENFORCEMENT_REVIEW', daysAgo: 30 },
    ],
  },
  {
    facility: 'Fujian Shoe Factory',
    province: 'Fujian',
    summary: 'Shoe uppers stitched in a prison',
    categories: ['SHOES'],
    openedDaysAgo: 90,
    facts: [
      { type: 'REQUEST_VISIT', daysAgo: 85 },
      { type: 'RECORD_ACCESS_DENIED', daysAgo: 15, note: 'The Ministry refused the visit in writing' },
    ],
  },
  {
    facility: 'Henan Brick Kiln',
    province: 'Henan',
    summary: 'Bricks fired by forced labor',
    categories: [],
    openedDaysAgo: 200,
    facts: [
      { type: 'REQUEST_INVESTIGATION', daysAgo: 198 },
      { type: 'RECORD_PRC_REPORT', daysAgo: 150 },
      { type: 'CLOSE', daysAgo: 120, outcome: 'NO_ACTION', note: 'The report showed the kiln closed in 2019' },
    ],
  },
  {
    facility: 'Anhui Tea Towel Workshop',
    province: 'Anhui',
    summary: 'An allegation withdrawn by its source',
    categories: [],
    investigator: SECOND_INVESTIGATOR,
    openedDaysAgo: 40,
    facts: [{ type: 'WITHDRAW', daysAgo: 35, note: 'The witness withdrew the allegation' }],
  },
];

/** The programme year that ended about two months ago: its review is ready for policy staff. */
const REVIEW_YEAR_DAYS_AGO = 433;
const reviewYearStart = (now: number) => new Date(now - REVIEW_YEAR_DAYS_AGO * DAY).toISOString().slice(0, 10);

/** Visit requests of that year: most never answered, one visit granted late. */
function reviewYearCases(): DemoCase[] {
  return Array.from({ length: 6 }, (_, i) => ({
    facility: `Laogai Camp ${['Tarim', 'Golmud', 'Shayar', 'Kashgar', 'Delingha', 'Korla'][i]}`,
    province: i % 2 ? 'Qinghai' : 'Xinjiang',
    summary: 'Goods for export from a prison camp, reported by a former inmate',
    categories: i % 2 ? ['CARPETS'] : ['GARMENTS'],
    openedDaysAgo: REVIEW_YEAR_DAYS_AGO - 20 - i * 40,
    facts: [{ type: 'REQUEST_VISIT', daysAgo: REVIEW_YEAR_DAYS_AGO - 20 - i * 40 }],
  }));
}

/** The demo programme as an import file, dated relative to `now`. */
export function demoProgramme(now: number): ImportFile {
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
  return {
    about: 'Demo programme loaded on first start',
    cases: [...CASES, ...reviewYearCases()].map((c, i) => ({
      externalReference: `DEMO-${String(i + 1).padStart(3, '0')}`,
      investigator: c.investigator ?? INVESTIGATOR,
      openedAt: at(c.openedDaysAgo),
      facility: { name: c.facility, province: c.province },
      allegation: { summary: c.summary, source: 'Laogai Research Foundation', productCategories: c.categories },
      facts: c.facts.map((f) => ({
        type: f.type,
        at: at(f.daysAgo),
        ...(f.scheduledInDays !== undefined && { scheduledFor: new Date(now + f.scheduledInDays * DAY).toISOString() }),
        ...(f.fullAccess !== undefined && { fullAccess: f.fullAccess }),
        ...(f.outcome !== undefined && { outcome: f.outcome }),
        ...(f.note !== undefined && { note: f.note }),
      })),
    })),
  };
}

const HTS: Record<string, string> = { CARPETS: '5701.10', METAL_CLIPS: '8305.20', OFFICE_SUPPLIES: '9608.10' };

function entry(name: string, category: string, certification: 'complete' | 'missing', today: string) {
  return {
    manufacturer: { name },
    productCategory: category,
    htsCode: HTS[category],
    quantity: 400,
    valueUsd: 12_800,
    importedOn: today,
    certification: {
      ...(certification === 'complete' && { supplierCertificateOfOrigin: { issuer: `${name} Export Co.`, number: `CO-${name.length}${today.replace(/-/g, '')}`, issuedOn: today } }),
      dueDiligenceStatement: { manufacturerName: name, statement: 'Supplier audited on site', signedBy: 'Ann Importer', signedOn: today },
    },
  };
}

async function call(url: string, token: string, body: unknown): Promise<{ id?: string; status?: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  const json = (await res.json().catch(() => ({}))) as { id?: string; status?: string };
  if (!res.ok) throw new Error(`POST ${url} answered ${res.status}: ${JSON.stringify(json)}`);
  return json;
}

/** Loads the programme through the running API at `apiUrl`; what the import reports, with the entries filed. */
export async function loadDemoProgrammeThroughApi(apiUrl: string, now = Date.now()): Promise<{ report: ImportReport; entries: number }> {
  const api = `${apiUrl}/api/v1`;
  const admin = await signIn(apiUrl, 'admin@example.gov', DEMO_PASSWORD);
  const report = await importThroughApi(apiUrl, admin, demoProgramme(now));
  await call(`${api}/reviews`, admin, { periodStart: reviewYearStart(now) });

  const importer = await signIn(apiUrl, 'importer@example.com', DEMO_PASSWORD);
  const supervisor = await signIn(apiUrl, 'supervisor@example.gov', DEMO_PASSWORD);
  const today = new Date(now).toISOString().slice(0, 10);
  // Detained for a missing certificate of origin, and left for the importer to answer.
  await call(`${api}/entries`, importer, entry('Qinghai Carpet Factory', 'CARPETS', 'missing', today));
  // Detained, answered with proof, released by a supervisor.
  const answered = await call(`${api}/entries`, importer, entry('Shaoguan Metal Clip Works', 'METAL_CLIPS', 'missing', today));
  await call(`${api}/entries/${answered.id}/proof`, importer, { statement: 'Certificate of origin from the supplier, and its audit', documents: ['CO-2291.pdf'] });
  await call(`${api}/entries/${answered.id}/release`, supervisor, { reason: 'Certificate verified with the supplier' });
  // Fully certified from an unlisted manufacturer.
  await call(`${api}/entries`, importer, entry('Ningbo Stationery Co.', 'OFFICE_SUPPLIES', 'complete', today));
  return { report, entries: 3 };
}

/** Whether this start may load the demo programme: never in production, nor when turned off or without demo users. */
export function demoProgrammeWanted(config: Pick<AppConfig, 'NODE_ENV' | 'DEMO_PROGRAMME' | 'SEED_DEMO_USERS'>): boolean {
  return config.NODE_ENV !== 'production' && config.DEMO_PROGRAMME && config.SEED_DEMO_USERS;
}

/**
 * On an empty database (no case, no entry), unless DEMO_PROGRAMME=false, production, or no demo
 * users to act as: loads the demo programme and says what it loaded.
 */
export async function loadDemoProgramme(config: AppConfig, apiUrl: string, say: (line: string) => void): Promise<void> {
  if (!demoProgrammeWanted(config)) return;
  const ds = await createDataSource(config.DATABASE_URL).initialize();
  const [{ n }] = await ds.query(`SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM entries) AS n`);
  await ds.destroy();
  if (Number(n) > 0) return;
  say('empty database: loading the demo programme (DEMO_PROGRAMME=false turns this off)');
  try {
    const { report, entries } = await loadDemoProgrammeThroughApi(apiUrl);
    say(`demo programme: ${report.created.length} cases, ${entries} entries, one programme year under review`);
    for (const r of [...report.refused, ...report.failed]) say(`demo programme: not loaded ${JSON.stringify(r)}`);
  } catch (error) {
    say(`demo programme not loaded: ${error instanceof Error ? error.message : String(error)}`);
  }
}
