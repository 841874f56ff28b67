import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const FACILITY_STATUSES = ['NONE', 'UNDER_INVESTIGATION', 'ACCESS_DENIED', 'BLOCKED', 'CLEARED'] as const;
export type FacilityStatus = (typeof FACILITY_STATUSES)[number];

/** A suspect facility in the PRC; its status is shared by all of its cases (docs/domain.md §6). */
@Entity({ name: 'facilities' })
export class FacilityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Other names the facility is known by; screening matches every one (docs/domain.md §6). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  /** Its name in Chinese characters, as registered. */
  @Column({ name: 'chinese_name', type: 'text', nullable: true })
  chineseName: string | null;

  /** The pinyin of the Chinese name. */
  @Column({ type: 'text', nullable: true })
  pinyin: string | null;

  @Column({ type: 'text', nullable: true })
  province: string | null;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ type: 'text', default: 'NONE' })
  status: FacilityStatus;

  /** Head of the facility's event chain (facility_events). */
  @Column({ name: 'last_sequence', type: 'int', default: 0 })
  lastSequence: number;

  @Column({ name: 'last_hash', type: 'text', default: '0000000000000000000000000000000000000000000000000000000000000000' })
  lastHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
