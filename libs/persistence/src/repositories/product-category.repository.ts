import type { ProductCategoryEntity } from '../entities/product-category.entity';
import { appendRecordEvent, inTransaction } from '../record-chain';
import type { Queryable } from './queryable';

const COLUMNS = 'code, name, hts, source, high_risk AS "highRisk", retired_at AS "retiredAt", retired_source AS "retiredSource"';

/** Reference data: the product categories reported as made with prison labor. */
export class ProductCategoryRepository {
  constructor(private readonly db: Queryable) {}

  /** By code; those still in use unless `includeRetired`. */
  list(includeRetired = false): Promise<ProductCategoryEntity[]> {
    return this.db.query(`SELECT ${COLUMNS} FROM product_categories ${includeRetired ? '' : 'WHERE retired_at IS NULL'} ORDER BY code`);
  }

  async find(code: string): Promise<ProductCategoryEntity | null> {
    const [row] = await this.db.query(`SELECT ${COLUMNS} FROM product_categories WHERE code = $1`, [code]);
    return row ?? null;
  }

  /** Adds the category; null when one with its code exists already. */
  async create(category: ProductCategoryEntity, by: string | null = null): Promise<ProductCategoryEntity | null> {
    return inTransaction(this.db, async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO product_categories (code, name, hts, source, high_risk) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (code) DO NOTHING RETURNING ${COLUMNS}`,
        [category.code, category.name, category.hts, category.source, category.highRisk],
      );
      if (row) await appendRecordEvent(tx, 'product-category', row.code, 'CATEGORY_CREATED', by, { name: row.name, hts: row.hts, source: row.source, highRisk: row.highRisk });
      return row ?? null;
    });
  }

  /** Writes the category's fields as given (its code names it). */
  async update(category: ProductCategoryEntity, by: string | null = null): Promise<ProductCategoryEntity> {
    return inTransaction(this.db, async (tx) => {
      const [[row]] = await tx.query(
        `UPDATE product_categories SET name = $2, hts = $3, source = $4, high_risk = $5 WHERE code = $1 RETURNING ${COLUMNS}`,
        [category.code, category.name, category.hts, category.source, category.highRisk],
      );
      await appendRecordEvent(tx, 'product-category', category.code, 'CATEGORY_UPDATED', by, { name: row.name, hts: row.hts, source: row.source, highRisk: row.highRisk });
      return row;
    });
  }

  /** Retires the category on a source; null when it is not there or retired already. */
  async retire(code: string, source: string, by: string | null = null): Promise<ProductCategoryEntity | null> {
    return inTransaction(this.db, async (tx) => {
      const [rows] = await tx.query(
        `UPDATE product_categories SET retired_at = now(), retired_source = $2 WHERE code = $1 AND retired_at IS NULL RETURNING ${COLUMNS}`,
        [code, source],
      );
      if (rows?.[0]) await appendRecordEvent(tx, 'product-category', code, 'CATEGORY_RETIRED', by, { source });
      return rows?.[0] ?? null;
    });
  }
}
