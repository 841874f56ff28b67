import { parseIsoDate, toIsoDate } from '../iso-date';

/**
 * What an importer files with every entry (docs/domain.md §6), modelled on 19 CFR 12.43: (a) a
 * certificate of origin from the foreign supplier, and (b) the importer's own statement of the
 * efforts made to learn where and by whom the goods were made, naming the manufacturer.
 */
export interface EntryCertification {
  supplierCertificateOfOrigin: SupplierCertificateOfOrigin | null;
  dueDiligenceStatement: DueDiligenceStatement | null;
}

export interface SupplierCertificateOfOrigin {
  issuer: string;
  number: string;
  /** 'YYYY-MM-DD' */
  issuedOn: string;
}

export interface DueDiligenceStatement {
  manufacturerName: string;
  manufacturerAddress?: string;
  facilityId?: string;
  statement: string;
  signedBy: string;
  /** 'YYYY-MM-DD' */
  signedOn: string;
}

/**
 * One thing wrong with a certification. MISSING: a whole document was not filed; INCOMPLETE: it
 * was filed but cannot be relied on. Screening records the two differently (screening.ts).
 */
export interface CertificationFinding {
  kind: 'MISSING' | 'INCOMPLETE';
  text: string;
}

function isBlank(value: string | undefined | null): boolean {
  return value == null || value.trim() === '';
}

function isIsoDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

function certificateFindings(certificate: SupplierCertificateOfOrigin | null, importedOn: string): CertificationFinding[] {
  if (!certificate) return [{ kind: 'MISSING', text: 'The supplier certificate of origin is missing.' }];
  const findings: string[] = [];
  if (isBlank(certificate.issuer)) findings.push('The supplier certificate of origin does not name who issued it.');
  if (isBlank(certificate.number)) findings.push('The supplier certificate of origin has no number.');
  if (!isIsoDate(certificate.issuedOn)) {
    findings.push(`The supplier certificate of origin's issue date, "${certificate.issuedOn}", is not a date in the form YYYY-MM-DD.`);
  } else if (certificate.issuedOn > importedOn) {
    // The supplier certifies where goods already shipped were made: a certificate dated after
    // importation was not the document the goods travelled under (19 CFR 12.43(a)).
    findings.push(
      `The supplier certificate of origin is dated ${certificate.issuedOn}, after the goods were imported on ${importedOn}; it must be issued on or before the day of importation.`,
    );
  }
  return findings.map((text) => ({ kind: 'INCOMPLETE', text }));
}

function statementFindings(statement: DueDiligenceStatement | null): CertificationFinding[] {
  if (!statement) return [{ kind: 'MISSING', text: 'The due-diligence statement is missing.' }];
  const findings: string[] = [];
  // Screening matches the named manufacturer against the facility register (docs/domain.md §6).
  if (isBlank(statement.manufacturerName)) findings.push('The due-diligence statement does not name the manufacturer.');
  if (isBlank(statement.statement)) {
    findings.push('The due-diligence statement has no text: it must describe what was done to make sure the goods were not made with prison labor.');
  }
  if (isBlank(statement.signedBy)) findings.push('The due-diligence statement is not signed.');
  // Signing after importation is fine: 19 CFR 12.43 lets the importer furnish its statement
  // after the goods arrive (within the proof period), so only the date's form is checked.
  if (!isIsoDate(statement.signedOn)) {
    findings.push(`The due-diligence statement's signing date, "${statement.signedOn}", is not a date in the form YYYY-MM-DD.`);
  }
  return findings.map((text) => ({ kind: 'INCOMPLETE', text }));
}

/**
 * Everything wrong with a certification, each finding classified; empty when it is complete.
 * `importedAt` is compared as its UTC day, like every date in the domain.
 */
export function certificationFindings(certification: EntryCertification, importedAt: number): CertificationFinding[] {
  return [
    ...certificateFindings(certification.supplierCertificateOfOrigin, toIsoDate(importedAt)),
    ...statementFindings(certification.dueDiligenceStatement),
  ];
}

/** What is wrong with a certification, as sentences the importer reads; empty when complete. */
export function certificationProblems(certification: EntryCertification, importedAt: number): string[] {
  return certificationFindings(certification, importedAt).map((finding) => finding.text);
}

export function isCertificationComplete(certification: EntryCertification, importedAt: number): boolean {
  return certificationFindings(certification, importedAt).length === 0;
}
