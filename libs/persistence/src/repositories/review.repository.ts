import type { Queryable } from './queryable';

/** A one-year review as its page and sign-off read it, with the name of whoever signed it off. */
export interface ReviewRow {
  id: string;
  periodStart: string;
  periodEnd: string;
  status: string;
  interim: Record<string, unknown>[];
  recommendation: string | null;
  flags: string[];
  decision: Record<string, unknown> | null;
  metrics: Record<string, unknown> | null;
  hasReport: boolean;
  signedOffBy: string | null;
  signedOffByName: string | null;
  signedOffAt: Date | null;
  signOffNote: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The stored report's forms, each in its own column. */
export type ReviewReportPart = 'md' | 'html' | 'pdf' | 'facts';

const REPORT_COLUMN: Record<ReviewReportPart, string> = { md: 'report_md', html: 'report_html', pdf: 'report_pdf', facts: 'report_facts_csv' };

/** The one-year reviews (docs/domain.md §7), written by their workflow and read here. */
export class ReviewRepository {
  constructor(private readonly db: Queryable) {}

  /** Every review, the latest programme year first. */
  list(): Promise<Record<string, unknown>[]> {
    return this.db.query(
      `SELECT id, period_start::text AS "periodStart", period_end::text AS "periodEnd", status, recommendation, flags,
              jsonb_array_length(interim) AS "interimSummaries", metrics, signed_off_at AS "signedOffAt", created_at AS "createdAt"
         FROM reviews ORDER BY period_start DESC`,
    );
  }

  async find(id: string): Promise<ReviewRow | undefined> {
    const [row] = await this.db.query(
      `SELECT r.id, r.period_start::text AS "periodStart", r.period_end::text AS "periodEnd", r.status, r.interim, r.recommendation, r.flags,
              r.decision, r.metrics, (r.report_pdf IS NOT NULL) AS "hasReport", r.signed_off_by AS "signedOffBy", u.display_name AS "signedOffByName",
              r.signed_off_at AS "signedOffAt", r.sign_off_note AS "signOffNote", r.created_at AS "createdAt", r.updated_at AS "updatedAt"
         FROM reviews r LEFT JOIN users u ON u.id = r.signed_off_by
        WHERE r.id = $1`,
      [id],
    );
    return row;
  }

  /** One form of the stored report (null until the year ends), with the day the year ends; undefined when there is no such review. */
  async report(id: string, part: ReviewReportPart): Promise<{ periodEnd: string; content: string | Buffer | null } | undefined> {
    const [row] = await this.db.query(`SELECT period_end::text AS "periodEnd", ${REPORT_COLUMN[part]} AS content FROM reviews WHERE id = $1`, [id]);
    return row;
  }
}
