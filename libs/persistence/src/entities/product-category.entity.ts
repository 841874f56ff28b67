import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Reference data: product categories reported as made with prison labor (docs/domain.md §6). */
@Entity({ name: 'product_categories' })
export class ProductCategoryEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  /** Harmonized Tariff Schedule heading or chapter the goods usually fall under. */
  @Column({ type: 'text' })
  hts: string;

  @Column({ type: 'text' })
  source: string;

  /** Reported as made with prison labor: an entry of it from a facility under investigation is detained. */
  @Column({ name: 'high_risk', type: 'boolean', default: true })
  highRisk: boolean;

  /** When the category stopped being offered for new entries, and on what source; null while in use. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  @Column({ name: 'retired_source', type: 'text', nullable: true })
  retiredSource: string | null;
}
