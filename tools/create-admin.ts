/**
 * Creates the first administrator of an installation (no demo users exist in production) and
 * prints a one-time link to set their password. Usage:
 *   npm run create-admin -- admin@agency.gov "Ada Admin"
 *   (in the container: node dist/tools/create-admin.js admin@agency.gov "Ada Admin")
 * Reads the same environment as the API (DATABASE_URL, PUBLIC_URL, PASSWORD_LINK_TTL_HOURS, …).
 * Run again for an administrator who never set a password, it prints a new link.
 */
import { ConfigError, loadConfig } from '@mou/config';
import { appendAuditChain, appendRecordEvent, AuditEventEntity, createDataSource, PasswordLinkRepository, UserEntity } from '@mou/persistence';
import { setPasswordUrl } from '../apps/api/src/users/password-link-mail';

async function main(): Promise<void> {
  const [emailArg, ...nameParts] = process.argv.slice(2);
  const email = emailArg?.trim().toLowerCase();
  const displayName = nameParts.join(' ').trim();
  if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || !displayName) {
    console.error('Usage: npm run create-admin -- <e-mail> "<display name>"');
    process.exit(2);
  }
  const config = loadConfig();
  const ds = await createDataSource(config.DATABASE_URL).initialize();
  try {
    const users = ds.getRepository(UserEntity);
    let user = await users.findOneBy({ email });
    if (user && (user.role !== 'admin' || user.passwordHash || !user.active)) {
      console.error(`${email} already has an account; an administrator can change it in the browser.`);
      process.exitCode = 1;
      return;
    }
    user ??= await ds.transaction(async (em) => {
      const created = await em.getRepository(UserEntity).save(users.create({ email, displayName, role: 'admin', passwordHash: null, active: true, organisationId: null }));
      await appendRecordEvent(em, 'user', created.id, 'USER_CREATED', null, { email, role: 'admin' });
      return created;
    });
    const link = await new PasswordLinkRepository(ds).issue(user.id, 'invitation', null, config.PASSWORD_LINK_TTL_HOURS);
    const admin = user;
    await ds.transaction(async (em) => {
      const audited = await em.getRepository(AuditEventEntity).insert({ actorId: null, action: 'user.create-admin', outcome: 'success', target: email, ip: null, details: { userId: admin.id } });
      await appendAuditChain(em, String(audited.identifiers[0].id));
    });
    console.log(`Administrator ${displayName} <${email}> is ready.`);
    console.log(`Set the password here (works once, until ${link.expiresAt.toISOString()}):`);
    console.log(setPasswordUrl(config, link.token));
  } finally {
    await ds.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
