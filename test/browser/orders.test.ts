import { browserSuite } from './browser';

describe('web app: the register of orders and findings', () => {
  const b = browserSuite('web_orders');
  const { newPage, heading, bearer } = b;

  it('a supervisor proposes an order, a second approves it on its page, and policy staff see the register in aggregate', async () => {
    const name = `Browser Register Works ${Date.now()}`;
    const facility = (await b.sys.http.post('/api/v1/facilities').set(await bearer('supervisor@example.gov')).send({ name }).expect(201)).body as { id: string };

    const first = await newPage();
    await b.signIn(first, 'supervisor@example.gov');
    await first.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Orders and findings' }).click();
    await heading(first, 'Orders and findings').waitFor();
    const proposal = first.getByRole('form', { name: 'Propose an order' });
    // Refused without a reason: the API's message lands beside the field.
    await proposal.getByLabel('Facility').selectOption({ label: name });
    await proposal.getByRole('button', { name: 'Propose' }).click();
    await proposal.locator('[aria-invalid="true"]').first().waitFor();
    expect(await proposal.getByLabel(/^Reason/).getAttribute('aria-invalid')).toBe('true');
    await proposal.getByLabel('Garments').check();
    await proposal.getByLabel(/^Reason/).fill('Credible reports of prison labor');
    await proposal.getByRole('button', { name: 'Propose' }).click();
    await heading(first, /: Withhold Release Order$/).waitFor();
    const reference = ((await first.getByRole('heading', { level: 1 }).textContent()) ?? '').split(':')[0];
    expect(reference).toMatch(/^WRO-\d{4}-\d{4}$/);
    expect(await first.locator('.badge').first().textContent()).toBe('Proposed');
    // Four-eyes: the page gives the API's reason instead of a decision form.
    expect(await first.locator('.warning').textContent()).toBe('You requested this step; a second supervisor must decide it.');
    expect(await first.getByRole('form', { name: 'Decide the request' }).count()).toBe(0);

    const second = await newPage();
    await b.signIn(second, 'supervisor2@example.gov');
    await second.goto(`${b.baseUrl}${new URL(first.url()).pathname}`);
    await heading(second, `${reference}: Withhold Release Order`).waitFor();
    const decision = second.getByRole('form', { name: 'Decide the request' });
    await decision.getByLabel(/^Reason for the decision/).fill('Reports verified');
    await decision.getByRole('button', { name: 'Approve' }).click();
    await second.getByRole('status').filter({ hasText: 'Approved' }).waitFor();
    expect(await second.locator('.badge').first().textContent()).toBe('Active');
    expect(await second.getByRole('form', { name: 'Ask to revoke' }).count()).toBe(1);
    // The facility's page leads to its orders in the register.
    await second.getByRole('link', { name }).click();
    await heading(second, name).waitFor();
    await second.getByRole('link', { name: 'Orders and findings on this facility' }).click();
    await heading(second, 'Orders and findings').waitFor();
    expect(new URL(second.url()).search).toBe(`?facilityId=${facility.id}`);
    const rows = second.locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(reference);

    const policy = await newPage();
    await b.signIn(policy, 'policy@example.gov');
    await policy.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Orders and findings' }).click();
    await heading(policy, 'Orders and findings in aggregate').waitFor();
    const byStatus = policy.locator('table', { has: policy.locator('caption', { hasText: 'By status' }) });
    expect(await byStatus.locator('tr', { hasText: 'Active' }).locator('td').textContent()).toBe('1');
    expect(await policy.content()).not.toContain(reference);
  });
});
