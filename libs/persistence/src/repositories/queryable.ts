/** What a repository reads and writes through: a DataSource, or an EntityManager inside a transaction. */
export interface Queryable {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows are typed by each repository method
  query(sql: string, params?: unknown[]): Promise<any>;
}
