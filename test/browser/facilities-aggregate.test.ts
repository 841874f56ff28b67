import { browserSuite } from './browser';

describe('web app: policy staff see facilities in aggregate', () => {
  const b = browserSuite('web_facility_aggregate');
  const { newPage, heading } = b;

  it('reaches the aggregate from the navigation: counts by status and each facility since when, no case and no detail page', async () => {
    const supervisor = await b.bearer('supervisor@example.gov');
    const name = `Aggregate Garment Works ${Date.now()}`;
    const facility = (await b.sys.http.post('/api/v1/facilities').set(supervisor).send({ name, province: 'Hebei' }).expect(201)).body as { id: string };
    await b.sys.http
      .post('/api/v1/cases')
      .set(supervisor)
      .send({ facilityId: facility.id, allegation: { summary: 'Garments sewn in a prison workshop', source: 'NGO', productCategories: ['GARMENTS'] } })
      .expect(201);
    const deadline = Date.now() + 20_000;
    while ((await b.sys.http.get(`/api/v1/facilities/${facility.id}`).set(supervisor)).body.status !== 'UNDER_INVESTIGATION') {
      if (Date.now() > deadline) throw new Error('the facility never went under investigation');
      await new Promise((r) => setTimeout(r, 250));
    }

    const page = await newPage();
    await b.signIn(page, 'policy@example.gov');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Facilities' }).click();
    await heading(page, 'Facilities in aggregate').waitFor();
    const counts = page.getByRole('table', { name: 'Facilities by status' });
    const underInvestigation = counts.getByRole('row').filter({ hasText: 'Under investigation' });
    expect(Number(await underInvestigation.getByRole('cell').first().textContent())).toBeGreaterThanOrEqual(1);
    const row = page.getByRole('row').filter({ hasText: name });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(2).textContent()).toBe('Under investigation');
    expect((await row.getByRole('cell').nth(3).locator('time').getAttribute('datetime'))?.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    // Names only: no link to a facility's detail, its cases or its reasons.
    expect(await row.getByRole('link').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toMatch(/MOU-\d{4}|Case opened/);
    await b.screenshot(page, 'policy-facilities-aggregate');

    await page.goto(`/facilities/${facility.id}`);
    await heading(page, 'Not allowed').waitFor();
  });
});
