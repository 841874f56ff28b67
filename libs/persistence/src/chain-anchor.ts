import { createHmac, randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CHAIN_STREAMS, type ChainStreamKind } from './chain-streams';
import { canonicalJson, type ChainBreakKind } from './event-chain';
import { ChainRepository, type ChainHeadRow } from './repositories/chain.repository';
import type { Queryable } from './repositories/queryable';

/**
 * An anchor: the head of every chain at one instant, their digest, and an HMAC-SHA-256 of the
 * digest under a key kept outside the database. Kept as a file and mailed to the administrators,
 * it catches someone who rewrites a chain and its head together: the anchored event is no longer there.
 */
export interface ChainAnchor {
  format: 'mou-chain-anchor/1';
  anchoredAt: string;
  heads: ChainHeadRow[];
  /** SHA-256 of the canonical JSON of `{ anchoredAt, heads }`. */
  digest: string;
  algorithm: 'HMAC-SHA256';
  /** The first 16 hex digits of the key's SHA-256, to tell keys apart. */
  keyId: string;
  signature: string;
}

export interface AnchorMismatch {
  subject: string;
  id: string;
  anchoredSequence: number;
  anchoredHash: string;
  breakKind: ChainBreakKind;
  reason: string;
}

export interface AnchorCheck {
  file: string | null;
  anchoredAt: string;
  /** The digest matches the heads in the file and the signature matches the digest under the key. */
  signatureValid: boolean;
  chains: number;
  valid: boolean;
  mismatches: AnchorMismatch[];
}

/** The key anchors are signed with: the file named, or outside production ./data/anchor.key, made on first use. */
export function loadAnchorKey(options: { keyFile?: string; production: boolean }): Buffer {
  const path = resolve(options.keyFile ?? './data/anchor.key');
  if (!existsSync(path)) {
    if (options.keyFile || options.production) throw new Error(`The anchor key file ${path} does not exist (CHAIN_ANCHOR_KEY_FILE)`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'utf8');
  if (key.length < 32) throw new Error(`The anchor key in ${path} is shorter than 32 bytes`);
  return key;
}

const keyId = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 16);
const digestOf = (anchoredAt: string, heads: ChainHeadRow[]) => createHash('sha256').update(canonicalJson({ anchoredAt, heads })).digest('hex');
const sign = (key: Buffer, digest: string) => createHmac('sha256', key).update(digest).digest('hex');

/** The heads of every chain now, signed. */
export async function createAnchor(db: Queryable, key: Buffer, at = new Date()): Promise<ChainAnchor> {
  const heads = await new ChainRepository(db).heads();
  const anchoredAt = at.toISOString();
  const digest = digestOf(anchoredAt, heads);
  return { format: 'mou-chain-anchor/1', anchoredAt, heads, digest, algorithm: 'HMAC-SHA256', keyId: keyId(key), signature: sign(key, digest) };
}

/** Writes the anchor as `anchor-<instant>.json` in the directory; returns its path. */
export function writeAnchor(dir: string, anchor: ChainAnchor): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `anchor-${anchor.anchoredAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(path, `${JSON.stringify(anchor, null, 2)}\n`);
  return path;
}

/** The newest anchor file in the directory, or null when there is none. */
export function latestAnchorFile(dir: string): string | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => /^anchor-.*\.json$/.test(f)).sort();
  return files.length ? join(dir, files[files.length - 1]) : null;
}

export function readAnchor(path: string): ChainAnchor {
  return JSON.parse(readFileSync(path, 'utf8')) as ChainAnchor;
}

function signatureValid(anchor: ChainAnchor, key: Buffer): boolean {
  if (digestOf(anchor.anchoredAt, anchor.heads) !== anchor.digest) return false;
  const expected = Buffer.from(sign(key, anchor.digest), 'hex');
  const given = Buffer.from(String(anchor.signature), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Checks today's chains against an anchor: every anchored head must still be an event of its
 * chain with the same hash (the chain may have grown since). A chain rewritten with its head, or
 * cut back, no longer holds the anchored event.
 */
export async function checkAnchor(db: Queryable, anchor: ChainAnchor, key: Buffer, file: string | null = null): Promise<AnchorCheck> {
  const valid = signatureValid(anchor, key);
  const mismatches: AnchorMismatch[] = [];
  const bySubject = new Map<string, ChainHeadRow[]>();
  for (const head of anchor.heads) {
    if (head.sequence === 0) continue;
    bySubject.set(head.subject, [...(bySubject.get(head.subject) ?? []), head]);
  }
  for (const [subject, heads] of bySubject) {
    const stream = subject in CHAIN_STREAMS ? CHAIN_STREAMS[subject as ChainStreamKind] : null;
    const rows: { id: string; sequence: number; hash: string }[] = stream
      ? await db.query(
          `SELECT a.id, a.sequence, e.hash FROM unnest($1::text[], $2::int[]) AS a(id, sequence)
             LEFT JOIN ${stream.events} e ON e.${stream.streamColumn}::text = a.id AND e.sequence = a.sequence`,
          [heads.map((h) => h.id), heads.map((h) => h.sequence)],
        )
      : await db.query(
          `SELECT a.id, a.sequence, e.hash FROM unnest($1::text[], $2::int[]) AS a(id, sequence)
             LEFT JOIN record_events e ON e.record_kind = $3 AND e.record_id = a.id AND e.sequence = a.sequence`,
          [heads.map((h) => h.id), heads.map((h) => h.sequence), subject],
        );
    const found = new Map(rows.map((r) => [`${r.id}#${r.sequence}`, r.hash]));
    for (const head of heads) {
      const hash = found.get(`${head.id}#${head.sequence}`);
      const base = { subject, id: head.id, anchoredSequence: head.sequence, anchoredHash: head.hash };
      if (!hash) mismatches.push({ ...base, breakKind: 'missing', reason: `event ${head.sequence}, the head anchored at ${anchor.anchoredAt}, is gone` });
      else if (hash !== head.hash) mismatches.push({ ...base, breakKind: 'edited', reason: `event ${head.sequence} is not the one anchored at ${anchor.anchoredAt}: the chain was rewritten` });
    }
  }
  return { file, anchoredAt: anchor.anchoredAt, signatureValid: valid, chains: anchor.heads.length, valid: valid && mismatches.length === 0, mismatches };
}
