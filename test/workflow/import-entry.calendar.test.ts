import { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import { US_FEDERAL_CALENDAR } from '@mou/domain';
import { calendarChangedUpdate, entryStateQuery } from '@mou/workflows';
import { entryInput, entryWorker, nearMatchInput, RecordedEntryEvents } from './entry-harness';
import { DAY, recordHistory, timeSkippingEnvironment } from './harness';

const admin = { id: '00000000-0000-4000-8000-0000000000a1', role: 'admin' };

/** The next day after `day` ('YYYY-MM-DD') that is neither a weekend nor a federal holiday, counted here by hand. */
function nextBusinessDay(day: string): string {
  let at = Date.parse(`${day}T00:00:00Z`);
  for (;;) {
    at += DAY;
    const iso = new Date(at).toISOString().slice(0, 10);
    const weekday = new Date(at).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !US_FEDERAL_CALENDAR.holidays.includes(iso)) return iso;
  }
}
const endOfDay = (day: string) => `${day}T23:59:59.999Z`;

describe('importEntry and a new holiday calendar version (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  const recorded = new RecordedEntryEvents();
  const taskQueue = 'entries-calendar';

  beforeEach(async () => {
    env = await timeSkippingEnvironment();
  });
  afterEach(() => env?.teardown());

  it('re-projects an open decision window when a closure day falls inside it, and acts at the new instant, once', async () => {
    await (await entryWorker(env, taskQueue, recorded)).runUntil(async () => {
      const now = await env.currentTimeMs();
      const entryId = randomUUID();
      // A near match of the manufacturer's name waits for a decision in the window (a clean entry is released at once).
      const handle = await env.client.workflow.start('importEntry', { args: [nearMatchInput(entryId, now - (now % DAY))], taskQueue, workflowId: `entry-${entryId}` });
      await handle.executeUpdate('entryScreened');
      const events = () => recorded.of(entryId);
      const screened = events().find((e) => e.type === 'ENTRY_SCREENED')!;
      const before = screened.deadlines.find((d) => d.kind === 'ENTRY_DECISION')!;
      expect(before.explanation).toMatchObject({ calendarId: 'us-federal', calendarVersion: 1 });
      const lastDay = before.dueAt!.slice(0, 10);

      // An unscheduled federal closure on the window's last day: version 2 of the calendar.
      const v2 = { id: 'us-federal', version: 2, holidays: [...US_FEDERAL_CALENDAR.holidays, lastDay].sort() };
      await handle.executeUpdate(calendarChangedUpdate, { args: [{ calendar: v2, actor: admin }] });
      const moved = nextBusinessDay(lastDay);
      const reprojected = events().filter((e) => e.type === 'DEADLINE_REPROJECTED');
      expect(reprojected.map((e) => e.payload)).toEqual([
        { kind: 'ENTRY_DECISION', calendar: { id: 'us-federal', from: 1, to: 2 }, dueAt: { from: endOfDay(lastDay), to: endOfDay(moved) } },
      ]);
      expect(reprojected[0].actorId).toBe(admin.id);
      const after = reprojected[0].deadlines.find((d) => d.kind === 'ENTRY_DECISION')!;
      expect(after.dueAt).toBe(endOfDay(moved));
      expect(after.explanation).toMatchObject({ calendarVersion: 2 });

      // The same version again changes nothing.
      await handle.executeUpdate(calendarChangedUpdate, { args: [{ calendar: v2, actor: admin }] });
      expect(events().filter((e) => e.type === 'DEADLINE_REPROJECTED')).toHaveLength(1);

      // The old due date passes with the goods still held for the decision; undecided, they are detained when the new one is over.
      await env.sleep(Date.parse(endOfDay(lastDay)) + 2 * 3_600_000 - (await env.currentTimeMs()));
      expect((await handle.query(entryStateQuery)).status).toBe('PENDING_SCREENING');
      await env.sleep(Date.parse(endOfDay(moved)) + 3 * DAY - (await env.currentTimeMs()));
      expect((await handle.query(entryStateQuery)).status).toBe('DETAINED');
      const detained = events().filter((e) => e.type === 'ENTRY_DETAINED');
      // At the first instant after the new last day, and once.
      expect(detained.map((e) => e.occurredAt)).toEqual([new Date(Date.parse(endOfDay(moved)) + 1).toISOString()]);
      expect(events().map((e) => e.type)).toEqual(['ENTRY_FILED', 'ENTRY_SCREENED', 'DEADLINE_REPROJECTED', 'ENTRY_DETAINED']);
      await recordHistory(handle, 'entry-calendar-closure-moves-decision');
    });
  });

  it('refuses a calendar of another id, changing nothing', async () => {
    await (await entryWorker(env, taskQueue, recorded)).runUntil(async () => {
      const now = await env.currentTimeMs();
      const entryId = randomUUID();
      const handle = await env.client.workflow.start('importEntry', { args: [entryInput(entryId, now - (now % DAY))], taskQueue, workflowId: `entry-${entryId}` });
      await handle.executeUpdate('entryScreened');
      await expect(
        handle.executeUpdate(calendarChangedUpdate, { args: [{ calendar: { id: 'uk-bank', version: 2, holidays: [] }, actor: admin }] }),
      ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/counts on calendar us-federal, not uk-bank/) } });
      expect(recorded.of(entryId).map((e) => e.type)).toEqual(['ENTRY_FILED', 'ENTRY_SCREENED']);
    });
  });
});
