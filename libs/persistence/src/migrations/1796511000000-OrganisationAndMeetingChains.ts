import { MigrationInterface, QueryRunner } from 'typeorm';
import { chainUnchainedRecords } from '../record-chain';

/** Importer organisations and bilateral meetings join the chained records: each one stored starts its chain here. */
export class OrganisationAndMeetingChains1796511000000 implements MigrationInterface {
  name = 'OrganisationAndMeetingChains1796511000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await chainUnchainedRecords(queryRunner, ['organisation', 'bilateral-meeting']);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const kind of ['organisation', 'bilateral-meeting']) {
      await queryRunner.query(`DELETE FROM record_events WHERE record_kind = $1`, [kind]);
      await queryRunner.query(`DELETE FROM record_heads WHERE record_kind = $1`, [kind]);
    }
  }
}
