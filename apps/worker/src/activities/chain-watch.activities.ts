import { log } from '@temporalio/activity';
import { basename } from 'node:path';
import { DataSource } from 'typeorm';
import {
  ChainRepository,
  checkAnchor,
  createAnchor,
  latestAnchorFile,
  loadAnchorKey,
  readAnchor,
  writeAnchor,
} from '@mou/persistence';
import type { ChainSweepResult, ChainWatchActivities, ChainWatchSettings } from '@mou/workflows';
import { enqueueNotification, usersWithRole } from '../notifications/outbox';

interface FoundBreak {
  subject: string;
  recordId: string;
  label: string;
  breakKind: string;
  brokenAt: number;
  reason: string;
}

const keyOf = (b: { subject: string; recordId: string; breakKind: string; brokenAt: number }) => `${b.subject}|${b.recordId}|${b.breakKind}|${b.brokenAt}`;

/** The scheduled re-verification of every chain and the anchoring of their heads outside the database. */
export class ChainWatchActivityImpl implements ChainWatchActivities {
  constructor(private readonly dataSource: DataSource) {}

  reverifyChains = async (settings: ChainWatchSettings): Promise<ChainSweepResult> => {
    const chains = new ChainRepository(this.dataSource);
    const every = await chains.everyChain();
    const found: FoundBreak[] = [];
    for (const chain of every) {
      const v = await chains.verifyOne(chain.subject, chain.id);
      if (!v.valid) {
        found.push({ subject: chain.subject, recordId: chain.id, label: chain.label, breakKind: v.breakKind!, brokenAt: v.brokenAt ?? 0, reason: v.reason ?? '' });
      }
    }
    const file = latestAnchorFile(settings.anchorDir);
    if (file) {
      const check = await checkAnchor(this.dataSource, readAnchor(file), loadAnchorKey(settings), file);
      if (!check.signatureValid) {
        found.push({ subject: 'anchor', recordId: basename(file), label: file, breakKind: 'edited', brokenAt: 0, reason: 'the anchor does not match its signature under the key' });
      }
      for (const m of check.mismatches) {
        found.push({ subject: m.subject, recordId: m.id, label: m.id, breakKind: m.breakKind, brokenAt: m.anchoredSequence, reason: m.reason });
      }
    }
    const fresh = await this.dataSource.transaction(async (em) => {
      const added: (FoundBreak & { id: string })[] = [];
      for (const b of found) {
        const [row] = (await em.query(
          `INSERT INTO chain_breaks (subject, record_id, label, break_kind, broken_at, reason) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (subject, record_id, break_kind, broken_at) WHERE resolved_at IS NULL DO NOTHING RETURNING id`,
          [b.subject, b.recordId, b.label, b.breakKind, b.brokenAt, b.reason],
        )) as { id: string }[];
        if (row) added.push({ ...b, id: row.id });
      }
      const still = new Set(found.map(keyOf));
      const open = (await em.query(
        `SELECT id, subject, record_id AS "recordId", break_kind AS "breakKind", broken_at AS "brokenAt" FROM chain_breaks WHERE resolved_at IS NULL`,
      )) as { id: string; subject: string; recordId: string; breakKind: string; brokenAt: number }[];
      const gone = open.filter((b) => !still.has(keyOf(b))).map((b) => b.id);
      if (gone.length) await em.query(`UPDATE chain_breaks SET resolved_at = now() WHERE id = ANY($1::bigint[])`, [gone]);
      await em.query(`INSERT INTO chain_checks (kind, checked_at, chains, broken) VALUES ('verify', now(), $1, $2)`, [every.length, found.length]);
      if (added.length) {
        await enqueueNotification(em, {
          cause: `chain-break:${added[0].id}`,
          recipientIds: await usersWithRole(em, 'admin'),
          kind: 'CHAIN_BROKEN',
          subject: added.length === 1 ? `A hash chain is broken: ${added[0].subject} ${added[0].label}` : `${added.length} hash chains are broken`,
          body: [
            'The scheduled verification of the hash chains found a break that was not there before:',
            '',
            ...added.map((b) => `- ${b.subject} ${b.label} (${b.recordId}): ${b.breakKind} at ${b.brokenAt}: ${b.reason}`),
            '',
            'Something changed stored records outside the system. The verification page lists every open break.',
          ].join('\n'),
          link: '/admin/verification',
        });
      }
      return added;
    });
    if (found.length) log.warn('Broken hash chains', { broken: found.length, new: fresh.length });
    return { chains: every.length, broken: found.length, newBreaks: fresh.length };
  };

  anchorChains = async (settings: ChainWatchSettings): Promise<{ file: string; digest: string }> => {
    const key = loadAnchorKey(settings);
    const anchor = await createAnchor(this.dataSource, key);
    const file = writeAnchor(settings.anchorDir, anchor);
    await this.dataSource.transaction(async (em) => {
      await em.query(`INSERT INTO chain_checks (kind, checked_at, chains, broken, details) VALUES ('anchor', $1, $2, 0, $3)`, [
        anchor.anchoredAt,
        anchor.heads.length,
        JSON.stringify({ file, digest: anchor.digest, keyId: anchor.keyId }),
      ]);
      await enqueueNotification(em, {
        cause: `chain-anchor:${anchor.digest}`,
        recipientIds: await usersWithRole(em, 'admin'),
        channels: ['email'],
        kind: 'CHAIN_ANCHOR',
        subject: `Chain heads anchored at ${anchor.anchoredAt}`,
        body: [
          `The heads of ${anchor.heads.length} hash chains were signed at ${anchor.anchoredAt} and written to ${file}.`,
          '',
          `Digest:    ${anchor.digest}`,
          `Signature: ${anchor.signature} (${anchor.algorithm}, key ${anchor.keyId})`,
          '',
          'Keep this message. `npm run verify-anchor -- FILE` checks the stored chains against an anchor file',
          'whose digest matches the one above: a record rewritten since, together with its chain, is reported.',
        ].join('\n'),
        link: '/admin/verification',
      });
    });
    return { file, digest: anchor.digest };
  };
}
