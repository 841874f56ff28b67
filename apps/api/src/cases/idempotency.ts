import { BadRequestException, ConflictException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createHash } from 'node:crypto';
import { canonicalJson, IdempotencyKeyRepository } from '@mou/persistence';

const KEY_PATTERN = /^[\x21-\x7e]{8,200}$/;

/** Checks an Idempotency-Key header: 8–200 visible ASCII characters (a UUID is typical). */
export function parseIdempotencyKey(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!KEY_PATTERN.test(header)) {
    throw new BadRequestException({
      message: 'Invalid input: Idempotency-Key',
      fields: { 'Idempotency-Key': ['must be 8 to 200 visible ASCII characters'] },
    });
  }
  return header;
}

/**
 * The resource id a key stands for: the same user and key always name the same case, so
 * concurrent retries converge on one workflow id (`case-<id>`) before anything is written.
 */
export function idempotentResourceId(userId: string, operation: string, key: string): string {
  const hex = createHash('sha256').update(`${userId}\n${operation}\n${key}`).digest('hex');
  // Shaped as an RFC 4122 version-4/variant-1 UUID so it fits uuid columns.
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

/**
 * Binds the key to this request and returns the resource id it stands for; a reuse of the key
 * with a different body is a conflict (409), never a second resource.
 */
export async function claimIdempotencyKey(dataSource: DataSource, userId: string, operation: string, key: string, body: unknown): Promise<string> {
  const resourceId = idempotentResourceId(userId, operation, key);
  const hash = requestHash(body);
  const claimed = await new IdempotencyKeyRepository(dataSource).claim(userId, key, { operation, requestHash: hash, resourceId });
  if (claimed.requestHash !== hash || claimed.operation !== operation) {
    throw new ConflictException('This Idempotency-Key was already used with a different request');
  }
  return claimed.resourceId;
}
