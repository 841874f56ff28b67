import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * One version of the rules as settings (docs/domain.md §4): the administrator's clock-rule
 * overrides, review thresholds and review schedule. Versions are only added; a case names the version it opened on.
 * An empty table means version 1, the sourced defaults with any DEADLINE_RULES override.
 */
@Entity({ name: 'settings_versions' })
export class SettingsVersionEntity {
  @PrimaryColumn({ type: 'int' })
  version: number;

  /** Clock-rule overrides keyed by deadline kind, merged over the sourced defaults. */
  @Column({ type: 'jsonb' })
  rules: Record<string, unknown>;

  /** Review thresholds, complete. */
  @Column({ name: 'review_thresholds', type: 'jsonb' })
  reviewThresholds: Record<string, unknown>;

  /** When the review sends interim summaries and reminds for sign-off; `{}` (versions made before it was kept) is the default. */
  @Column({ name: 'review_schedule', type: 'jsonb', default: () => "'{}'" })
  reviewSchedule: Record<string, unknown>;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'text' })
  note: string;
}
