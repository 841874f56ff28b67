import { EntityManager } from 'typeorm';
import type { AppendEntryEventInput } from '@mou/workflows';
import { enqueueNotification } from './outbox';

const IMPORTER_HEARS: Record<string, (p: Record<string, unknown>, status: string) => string> = {
  ENTRY_SCREENED: (p, status) =>
    p.decision === 'DETAIN'
      ? `Detained: ${(p.reasons as { text: string }[]).map((r) => r.text).join(' ')}`
      : p.decision === 'AWAIT_DECISION'
        ? `Held for CBP's decision: ${(p.reasons as { text: string }[]).map((r) => r.text).join(' ')}`
        : `Screened clear; status ${status}.`,
  ENTRY_RESCREENED: (p, status) => {
    const cause = p.cause as { text?: string } | undefined;
    return cause?.text ? `Screened again: ${cause.text}; status ${status}.` : `Screened again after a change to the manufacturer's status; status ${status}.`;
  },
  ENTRY_RELEASED: (p) => `Released. ${String(p.reason ?? '')}`,
  ENTRY_DETAINED: (p) => `Detained: ${String(p.reason ?? '')}.`,
  NAME_MATCH_CONFIRMED: (p, status) => `CBP confirmed the manufacturer as the registered facility ${String(p.facilityName ?? '')}; status ${status}.`,
  NAME_MATCH_CLEARED: (_p, status) => `CBP found the manufacturer is not the registered facility its name came close to; status ${status}.`,
  ENTRY_EXCLUDED: (p) => `Excluded. ${String(p.reason ?? '')} You have 60 days to export or protest (19 CFR 12.44(a)).`,
  ENTRY_ABANDONED: () => 'Deemed abandoned: no export or protest within 60 days of the exclusion (19 CFR 12.44(a)).',
  PROTEST_GRANTED: (p) => `Protest granted. ${String(p.reason ?? '')}`,
  PROTEST_DENIED: (p) => (p.deemed ? 'Protest deemed denied: no decision within 30 days (19 CFR 174.21(b)).' : `Protest denied. ${String(p.reason ?? '')}`),
  DEADLINE_REMINDER: (p) => `Reminder: a deadline on this entry is near (${String(p.kind)}).`,
  PROOF_DEADLINE_EXTENDED: (p) => `The deadline for proof was extended by 30 days. ${String(p.reason ?? '')}`,
};

/**
 * Who speaks for the entry's importer: every active user of the importer's organisation (several
 * users of one importer act on the same entries), or the user who filed it when it has none.
 */
async function importerRecipients(em: EntityManager, entryId: string, importerId: string): Promise<string[]> {
  const [entry] = (await em.query('SELECT importer_org_id AS "orgId" FROM entries WHERE id = $1', [entryId])) as { orgId: string | null }[];
  if (!entry?.orgId) return [importerId];
  const users = (await em.query(`SELECT id FROM users WHERE organisation_id = $1 AND role = 'importer' AND active ORDER BY email`, [entry.orgId])) as { id: string }[];
  return users.map((u) => u.id);
}

/** The importer hears of every decision on its entry and of its own deadlines: each of its users. */
export async function notifyEntryEvent(em: EntityManager, input: AppendEntryEventInput, reference: string, importerId: string): Promise<void> {
  const describe = IMPORTER_HEARS[input.type];
  if (!describe) return;
  await enqueueNotification(em, {
    cause: `entry:${input.entryId}:${input.sequence}`,
    recipientIds: await importerRecipients(em, input.entryId, importerId),
    kind: input.type,
    subject: `${reference}: ${input.type.replace(/_/g, ' ').toLowerCase()}`,
    body: describe(input.payload, input.status),
    link: `/entries/${input.entryId}`,
  });
}
