import { TestSystem } from '../support/system';
import { waitFor } from '../support/wait-for';
import { auth, DAY } from './support';

/** The demo sign-ins by role; the second of a role is the one who must not see the first's records. */
export const USERS = {
  investigator: 'investigator@example.gov',
  investigator2: 'investigator2@example.gov',
  supervisor: 'supervisor@example.gov',
  supervisor2: 'supervisor2@example.gov',
  policy: 'policy@example.gov',
  importer: 'importer@example.com',
  importer2: 'importer2@example.com',
  admin: 'admin@example.gov',
} as const;
export type DemoUser = keyof typeof USERS;

/** Records of every kind, so that routes with ids reach their real code paths. */
export interface Fixtures {
  tokens: Record<DemoUser, string>;
  userIds: Record<DemoUser, string>;
  facilityId: string;
  /** The investigator's case: a backdated visit request, overdue, with a reminder and a breach. */
  caseId: string;
  deadlineKey: string;
  escalationId: string;
  /** A supervisor's case where access was refused: a pending BLOCK_FACILITY approval. */
  approvalCaseId: string;
  approvalId: string;
  /** The importer's entry (detained: no certification) and one of the importer's notifications. */
  entryId: string;
  notificationId: string;
}

export async function createFixtures(sys: TestSystem): Promise<Fixtures> {
  const tokens = {} as Record<DemoUser, string>;
  const userIds = {} as Record<DemoUser, string>;
  for (const [who, email] of Object.entries(USERS) as [DemoUser, string][]) {
    tokens[who] = await sys.login(email);
    userIds[who] = (await sys.http.get('/api/v1/auth/me').set(auth(tokens[who])).expect(200)).body.id;
  }
  const as = (who: DemoUser) => auth(tokens[who]);
  const facilityId = (await sys.http.post('/api/v1/facilities').set(as('supervisor')).send({ name: 'Fixture Works', province: 'Hebei' }).expect(201)).body.id;
  const allegation = { summary: 'Garments sewn in a prison workshop', source: 'Former inmate', productCategories: ['GARMENTS'] };

  const caseId = (await sys.http.post('/api/v1/cases').set(as('investigator')).send({ facilityId, allegation }).expect(201)).body.id;
  await sys.http
    .post(`/api/v1/cases/${caseId}/visit-requests`)
    .set(as('investigator'))
    .send({ requestedAt: new Date(Date.now() - 70 * DAY).toISOString() })
    .expect(200);
  await waitFor(async () => (await sys.http.get(`/api/v1/cases/${caseId}`).set(as('investigator'))).body.escalationLevel === 2);
  const detail = (await sys.http.get(`/api/v1/cases/${caseId}`).set(as('supervisor')).expect(200)).body;
  const escalations = (await sys.http.get('/api/v1/escalations').set(as('supervisor')).expect(200)).body as { id: string; caseId: string }[];

  const approvalCaseId = (await sys.http.post('/api/v1/cases').set(as('supervisor')).send({ facilityId, allegation }).expect(201)).body.id;
  await sys.http.post(`/api/v1/cases/${approvalCaseId}/visit-requests`).set(as('supervisor')).send({}).expect(200);
  const denied = await sys.http.post(`/api/v1/cases/${approvalCaseId}/access-denied`).set(as('supervisor')).send({ note: 'Refused at the gate' }).expect(200);

  const today = new Date().toISOString().slice(0, 10);
  const entry = await sys.http
    .post('/api/v1/entries')
    .set(as('importer'))
    .send({ manufacturer: { name: 'Fixture Shoe Works' }, productCategory: 'SHOES', htsCode: '6403', quantity: 10, valueUsd: 100, importedOn: today, certification: {} })
    .expect(201);
  await waitFor(async () => (await sys.http.get('/api/v1/notifications').set(as('importer'))).body.items.length > 0);
  const notifications = (await sys.http.get('/api/v1/notifications').set(as('importer')).expect(200)).body.items as { id: string }[];

  return {
    tokens,
    userIds,
    facilityId,
    caseId,
    deadlineKey: detail.deadlines[0].key,
    escalationId: escalations.find((e) => e.caseId === caseId)!.id,
    approvalCaseId,
    approvalId: denied.body.approvals[0].id,
    entryId: entry.body.id,
    notificationId: notifications[0].id,
  };
}

/** A real id for each path parameter, chosen by the resource the route belongs to. */
export function pathValue(f: Fixtures, resource: string, param: string): string {
  if (param === 'deadlineKey') return f.deadlineKey;
  if (param === 'code') return 'GARMENTS';
  switch (resource) {
    case 'cases':
      return f.caseId;
    case 'approvals':
      return f.approvalId;
    case 'escalations':
      return f.escalationId;
    case 'entries':
      return f.entryId;
    case 'notifications':
      return f.notificationId;
    case 'facilities':
      return f.facilityId;
    case 'reviews':
      return 'mou-review-2026-01-01';
    default:
      return '00000000-0000-4000-8000-000000000000';
  }
}

/** Field values known to be valid, by field name, for building bodies from the OpenAPI schemas. */
export function knownFields(f: Fixtures): Record<string, unknown> {
  const today = new Date().toISOString().slice(0, 10);
  const past = new Date(Date.now() - 2 * DAY).toISOString();
  return {
    facilityId: f.facilityId,
    caseId: f.caseId,
    assigneeId: f.userIds.investigator2,
    productCategories: ['GARMENTS'],
    productCategory: 'GARMENTS',
    requestedAt: past,
    receivedAt: past,
    heldAt: past,
    issuedAt: past,
    deniedAt: past,
    scheduledFor: today,
    importedOn: today,
    issuedOn: today,
    signedOn: today,
    periodStart: '2025-01-01',
    from: '2025-01-01',
    to: '2026-01-01',
    htsCode: '6203.42',
    email: USERS.investigator,
    password: 'demo-password',
  };
}
