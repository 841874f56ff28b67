import { expectContract } from '../support/contract';
import { startTestSystem, TestSystem } from '../support/system';
import { waitFor } from '../support/wait-for';

const today = () => new Date().toISOString().slice(0, 10);

/** An entry naming its manufacturer only by the name declared, with a complete certification. */
function entryBody(manufacturerName: string, facilityId?: string) {
  return {
    manufacturer: { ...(facilityId ? { facilityId } : {}), name: manufacturerName },
    productCategory: 'MACHINE_PRESSES',
    htsCode: '8462.29',
    quantity: 12,
    valueUsd: 96000,
    importedOn: today(),
    certification: {
      supplierCertificateOfOrigin: { issuer: 'Jinan Trading Co.', number: `CO-${Math.random().toString(36).slice(2, 8)}`, issuedOn: today() },
      dueDiligenceStatement: { manufacturerName, statement: 'Supplier audited on site', signedBy: 'Ann Importer', signedOn: today() },
    },
  };
}

describe('screening matches every name a facility goes by', () => {
  let sys: TestSystem;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  let blocked: string;
  const registered = 'Jinan Hydraulic Press Works';

  beforeAll(async () => {
    sys = await startTestSystem('names');
    for (const who of ['supervisor@example.gov', 'supervisor2@example.gov', 'importer@example.com']) tokens[who.split('@')[0]] = await sys.login(who);
    blocked = (await sys.http.post('/api/v1/facilities').set(as('supervisor')).send({ name: registered }).expect(201)).body.id;
    // Blocked the way the register blocks: access refused on a case, confirmed by a second supervisor.
    const c = await sys.http.post('/api/v1/cases').set(as('supervisor')).send({ facilityId: blocked, allegation: { summary: 'Presses made in the prison workshop', source: 'NGO', productCategories: ['MACHINE_PRESSES'] } }).expect(201);
    await sys.http.post(`/api/v1/cases/${c.body.id}/visit-requests`).set(as('supervisor')).send({}).expect(200);
    const denied = await sys.http.post(`/api/v1/cases/${c.body.id}/access-denied`).set(as('supervisor')).send({}).expect(200);
    await sys.http.post(`/api/v1/approvals/${denied.body.approvals[0].id}/approve`).set(as('supervisor2')).send({ reason: 'Refusal documented' }).expect(200);
    await waitFor(async () => (await sys.http.get(`/api/v1/facilities/${blocked}`).set(as('supervisor'))).body.status === 'BLOCKED');
  });
  afterAll(() => sys?.stop());

  const file = async (name: string, facilityId?: string) => expectContract(await sys.http.post('/api/v1/entries').set(as('importer')).send(entryBody(name, facilityId)).expect(201)).body;
  const codes = (entry: { holdReasons: { code: string }[] }) => entry.holdReasons.map((r) => r.code);

  it('lets a supervisor set the aliases, Chinese name and pinyin, refusing bad ones with 400 naming each field and changing nothing', async () => {
    const bad = expectContract(
      await sys.http
        .put(`/api/v1/facilities/${blocked}/names`)
        .set(as('supervisor'))
        .send({ aliases: ['Prison No. 4 Workshop', '  --  ', 'PRISON NO 4 WORKSHOP', 'jinan hydraulic-press works'], chineseName: 'Jinan', pinyin: '济南' })
        .expect(400),
    );
    expect(bad.body.fields).toEqual({ chineseName: ['a Chinese name is written in Chinese characters'], pinyin: ['pinyin is written in Latin letters, with or without tone marks'] });
    const dupes = await sys.http.put(`/api/v1/facilities/${blocked}/names`).set(as('supervisor')).send({ aliases: ['Prison No. 4 Workshop', '  --  ', 'PRISON NO 4 WORKSHOP', 'jinan hydraulic-press works'] }).expect(400);
    expect(dupes.body.fields).toEqual({
      'aliases.1': ['an alias needs at least one letter or digit'],
      'aliases.2': ['the same name as aliases.0'],
      'aliases.3': ['the same as the registered name'],
    });
    await sys.http.put(`/api/v1/facilities/${blocked}/names`).set(as('importer')).send({ aliases: [] }).expect(403);
    expect((await sys.http.get(`/api/v1/facilities/${blocked}`).set(as('supervisor')).expect(200)).body).toMatchObject({ aliases: [], chineseName: null, pinyin: null });

    const set = expectContract(
      await sys.http
        .put(`/api/v1/facilities/${blocked}/names`)
        .set(as('supervisor'))
        .send({ aliases: ['Shandong Provincial Prison No. 4 Workshop'], chineseName: '济南液压机厂', pinyin: 'Jǐnán Yèyājī Chǎng' })
        .expect(200),
    );
    expect(set.body).toMatchObject({ aliases: ['Shandong Provincial Prison No. 4 Workshop'], chineseName: '济南液压机厂', pinyin: 'Jǐnán Yèyājī Chǎng' });
    const [audited] = await sys.db.query(`SELECT actor_id AS "actorId", details FROM audit_events WHERE action = 'facility.names' AND target = $1`, [blocked]);
    expect(audited.details).toMatchObject({ before: { aliases: [], chineseName: null }, after: { chineseName: '济南液压机厂' } });
  });

  it('detains an entry from the blocked facility declared by alias, by Chinese name, by pinyin and in full-width letters, showing which name matched and how', async () => {
    const cases: [string, string, string][] = [
      ['SHANDONG PROVINCIAL PRISON NO.4 WORKSHOP', 'ALIAS', 'NORMALISED'],
      ['济南液压机厂', 'CHINESE_NAME', 'EXACT'],
      ['Jinan Yeyaji Chang', 'PINYIN', 'NORMALISED'],
      ['Ｊｉｎａｎ　Ｈｙｄｒａｕｌｉｃ　Ｐｒｅｓｓ　Ｗｏｒｋｓ', 'NAME', 'NORMALISED'],
    ];
    for (const [declared, field, how] of cases) {
      const entry = await file(declared);
      expect({ declared, status: entry.status, codes: codes(entry) }).toEqual({ declared, status: 'DETAINED', codes: ['BLOCKED_MANUFACTURER'] });
      expect(entry.manufacturer).toEqual({ facilityId: blocked, name: declared });
      expect(entry.nameMatch).toMatchObject({ facilityId: blocked, facilityName: registered, field, how, awaitingReview: false, resolution: null });
    }
    // Filed with the facility's id, as before: no name to match.
    const byId = await file('Some trading name', blocked);
    expect(codes(byId)).toEqual(['BLOCKED_MANUFACTURER']);
    expect(byId.nameMatch).toBeNull();
  });

  it('holds a near miss for a supervisor, who confirms the facility: the entry is screened as it', async () => {
    const entry = await file('Jinan Hydraulic Pres Work');
    // Held for CBP's decision, within its 5-business-day window: a supervisor's to take.
    expect(entry.status).toBe('PENDING_SCREENING');
    expect(entry.clocks).toEqual([expect.objectContaining({ kind: 'ENTRY_DECISION', state: 'on_track' })]);
    expect(codes(entry)).toEqual(['NAME_NEAR_MATCH']);
    expect(entry.manufacturer.facilityId).toBeNull();
    expect(entry.nameMatch).toMatchObject({ facilityId: blocked, matchedName: registered, field: 'NAME', how: 'NEAR', edits: 2, awaitingReview: true });
    await sys.http.post(`/api/v1/entries/${entry.id}/name-match`).set(as('importer')).send({ confirm: true, reason: 'mine' }).expect(403);
    const bad = await sys.http.post(`/api/v1/entries/${entry.id}/name-match`).set(as('supervisor')).send({ confirm: 'yes' }).expect(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['confirm', 'reason']);

    const confirmed = expectContract(await sys.http.post(`/api/v1/entries/${entry.id}/name-match`).set(as('supervisor')).send({ confirm: true, reason: 'Same factory; the declaration drops a letter' }).expect(200));
    expect(confirmed.body.status).toBe('DETAINED');
    expect(codes(confirmed.body)).toEqual(['BLOCKED_MANUFACTURER']);
    expect(confirmed.body.manufacturer.facilityId).toBe(blocked);
    expect(confirmed.body.nameMatch).toMatchObject({ awaitingReview: false, resolution: { decision: 'CONFIRMED', reason: 'Same factory; the declaration drops a letter' } });
    expect(confirmed.body.timeline.at(-1)).toMatchObject({ type: 'NAME_MATCH_CONFIRMED', payload: { added: [{ code: 'BLOCKED_MANUFACTURER' }], removed: [{ code: 'NAME_NEAR_MATCH' }] } });
    // Decided once: a second decision is refused and changes nothing.
    const again = await sys.http.post(`/api/v1/entries/${entry.id}/name-match`).set(as('supervisor')).send({ confirm: false, reason: 'second thoughts' }).expect(409);
    expect(again.body.message).toMatch(/already confirmed/);
    // The entry now belongs to the facility: its list of entries shows it.
    const listed = await sys.http.get('/api/v1/entries').query({ facilityId: blocked }).set(as('supervisor')).expect(200);
    expect(listed.body.map((e: { id: string }) => e.id)).toContain(entry.id);
  });

  it('releases a near miss a supervisor clears when nothing else holds it', async () => {
    const entry = await file('Jinan Hydraulik Press Work');
    expect(codes(entry)).toEqual(['NAME_NEAR_MATCH']);
    expect(entry.status).toBe('PENDING_SCREENING');
    const cleared = expectContract(await sys.http.post(`/api/v1/entries/${entry.id}/name-match`).set(as('supervisor')).send({ confirm: false, reason: 'A different firm in Jinan' }).expect(200));
    expect(cleared.body.status).toBe('RELEASED');
    expect(cleared.body.holdReasons).toEqual([]);
    expect(cleared.body.manufacturer.facilityId).toBeNull();
    expect(cleared.body.nameMatch).toMatchObject({ how: 'NEAR', awaitingReview: false, resolution: { decision: 'CLEARED' } });
  });

  it('tells an importer checking before shipping of a near miss', async () => {
    const res = expectContract(await sys.http.get('/api/v1/screening').query({ manufacturer: 'Jinan Hydraulic Pres Work', category: 'MACHINE_PRESSES' }).set(as('importer')).expect(200));
    expect(res.body.reasons.map((r: { code: string }) => r.code)).toEqual(['NAME_NEAR_MATCH']);
    const byAlias = await sys.http.get('/api/v1/screening').query({ manufacturer: '济南液压机厂', category: 'MACHINE_PRESSES' }).set(as('importer')).expect(200);
    expect(byAlias.body).toMatchObject({ decision: 'DETAIN', manufacturer: { facilityId: blocked, status: 'BLOCKED' } });
  });
});
