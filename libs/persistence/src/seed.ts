import { DataSource } from 'typeorm';
import productCategories from './reference-data/product-categories.json';
import { FacilityEntity, OrganisationEntity, ProductCategoryEntity, Role, UserEntity } from './entities';
import { hashPassword } from './password-hash';
import { CHAIN_STREAMS } from './chain-streams';
import { appendFirstStreamEvent, appendRecordEvent } from './record-chain';

export const DEMO_PASSWORD = 'demo-password';

/** The README's demo sign-ins; seeded only when SEED_DEMO_USERS=true, never in production. */
export const DEMO_USERS: { email: string; role: Role; displayName: string }[] = [
  { email: 'investigator@example.gov', role: 'investigator', displayName: 'Ina Investigator' },
  { email: 'investigator2@example.gov', role: 'investigator', displayName: 'Ivo Investigator' },
  { email: 'supervisor@example.gov', role: 'supervisor', displayName: 'Sam Supervisor' },
  { email: 'supervisor2@example.gov', role: 'supervisor', displayName: 'Sara Supervisor' },
  { email: 'policy@example.gov', role: 'policy', displayName: 'Pat Policy' },
  { email: 'importer@example.com', role: 'importer', displayName: 'Acme Imports LLC' },
  { email: 'importer2@example.com', role: 'importer', displayName: 'Bolt Trading Inc' },
  { email: 'admin@example.gov', role: 'admin', displayName: 'Ada Admin' },
];

const DEMO_FACILITIES = [
  { id: '5d1f6a3e-0000-4000-8000-000000000001', name: 'Shandong Province Prison No. 4 (Jinan Hydraulic Press Works)', province: 'Shandong' },
  { id: '5d1f6a3e-0000-4000-8000-000000000002', name: 'Beishu Labor Reform Camp (graphite works)', province: 'Shandong' },
  { id: '5d1f6a3e-0000-4000-8000-000000000003', name: 'Red Star Tea Farm', province: 'Hunan' },
];

/** Reference data every installation needs; idempotent. */
export async function seedReferenceData(ds: DataSource): Promise<void> {
  await ds.transaction(async (em) => {
    const inserted = await em.createQueryBuilder().insert().into(ProductCategoryEntity).values(productCategories.categories).orIgnore().returning(['code']).execute();
    for (const row of inserted.raw as { code: string }[]) await appendRecordEvent(em, 'product-category', row.code, 'CATEGORY_CREATED', null, { seeded: true });
  });
}

/** Demo users and facilities for a first look; idempotent. */
export async function seedDemoData(ds: DataSource): Promise<void> {
  const users = ds.getRepository(UserEntity);
  const organisations = ds.getRepository(OrganisationEntity);
  for (const demo of DEMO_USERS) {
    if (await users.existsBy({ email: demo.email })) continue;
    // Each demo importer acts for an importer of its own name.
    let organisationId: string | null = null;
    if (demo.role === 'importer') {
      await ds.transaction(async (em) => {
        const created = await em.getRepository(OrganisationEntity).createQueryBuilder().insert().values({ name: demo.displayName }).orIgnore().returning('id').execute();
        const id = (created.raw as { id: string }[])[0]?.id;
        if (id) await appendRecordEvent(em, 'organisation', id, 'ORGANISATION_CREATED', null, { name: demo.displayName, seeded: true });
      });
      organisationId = (await organisations.findOneByOrFail({ name: demo.displayName })).id;
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await ds.transaction(async (em) => {
      const inserted = await em.getRepository(UserEntity).insert({ ...demo, organisationId, passwordHash });
      await appendRecordEvent(em, 'user', String(inserted.identifiers[0].id), 'USER_CREATED', null, { email: demo.email, role: demo.role, seeded: true });
    });
  }
  await ds.transaction(async (em) => {
    const inserted = await em.createQueryBuilder().insert().into(FacilityEntity).values(DEMO_FACILITIES).orIgnore().returning(['id', 'name']).execute();
    for (const row of inserted.raw as { id: string; name: string }[]) {
      await appendFirstStreamEvent(em, CHAIN_STREAMS.facility, row.id, { type: 'FACILITY_CREATED', actorId: 'system', payload: { name: row.name, seeded: true } });
    }
  });
}
