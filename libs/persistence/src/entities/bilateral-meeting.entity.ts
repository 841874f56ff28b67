import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A bilateral meeting with the PRC, by its date (docs/domain.md §5). The senior escalation of a PRC
 * clock puts its case on the agenda of the next one; with none set, items wait for "the next meeting".
 */
@Entity({ name: 'bilateral_meetings' })
@Index('UQ_bilateral_meetings_held_on', ['heldOn'], { unique: true })
export class BilateralMeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The meeting's date, YYYY-MM-DD. */
  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ name: 'set_by', type: 'uuid' })
  setBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
