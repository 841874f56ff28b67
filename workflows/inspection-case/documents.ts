import type { CaseContext } from './case-context';
import type { AttachedDocument } from './messages';

/**
 * Runs a move's recording with its documents added to the payload of the event it records, so the
 * event (and the chain over it) covers their SHA-256. The event is recorded as `run` is called,
 * before any await, so restoring `record` right after cannot hand the documents to another move.
 * Without documents the move records exactly as before.
 */
export function withDocuments<T>(ctx: CaseContext, documents: AttachedDocument[] | undefined, run: () => T): T {
  if (!documents?.length) return run();
  const plain = ctx.record;
  let attached = false;
  ctx.record = (type, actorId, payload, ...rest) => {
    const first = !attached;
    attached = true;
    return plain(type, actorId, first ? { ...payload, documents } : payload, ...rest);
  };
  try {
    return run();
  } finally {
    ctx.record = plain;
  }
}
