import { certificationProblems, isCertificationComplete, type EntryCertification } from './certification';

const importedAt = Date.parse('2026-01-15T10:30:00Z');

const complete = (): EntryCertification => ({
  supplierCertificateOfOrigin: { issuer: 'Ningbo Export Trading Co.', number: 'CO-2026-0042', issuedOn: '2026-01-02' },
  dueDiligenceStatement: {
    manufacturerName: 'Zhejiang Metal Clips Works',
    manufacturerAddress: '12 Industrial Road, Wenzhou',
    statement: 'We audited the supplier in November 2025 and traced the clips to the named factory; no prison labor was found.',
    signedBy: 'Jane Doe, Compliance Officer',
    signedOn: '2026-01-10',
  },
});

describe(certificationProblems.name, () => {
  it('finds nothing wrong with a complete certification', () => {
    expect(certificationProblems(complete(), importedAt)).toEqual([]);
    expect(isCertificationComplete(complete(), importedAt)).toBe(true);
  });

  it('says which document is missing', () => {
    expect(certificationProblems({ ...complete(), supplierCertificateOfOrigin: null }, importedAt)).toEqual([
      'The supplier certificate of origin is missing.',
    ]);
    expect(certificationProblems({ supplierCertificateOfOrigin: null, dueDiligenceStatement: null }, importedAt)).toEqual([
      'The supplier certificate of origin is missing.',
      'The due-diligence statement is missing.',
    ]);
  });

  it('refuses a due-diligence statement that does not name the manufacturer', () => {
    const certification = complete();
    certification.dueDiligenceStatement = { ...certification.dueDiligenceStatement!, manufacturerName: '  ' };
    expect(certificationProblems(certification, importedAt)).toEqual(['The due-diligence statement does not name the manufacturer.']);
    expect(isCertificationComplete(certification, importedAt)).toBe(false);
  });

  it('accepts a certificate issued on the day of importation, refuses one dated the day after', () => {
    const dated = (issuedOn: string): EntryCertification => ({
      ...complete(),
      supplierCertificateOfOrigin: { ...complete().supplierCertificateOfOrigin!, issuedOn },
    });
    expect(certificationProblems(dated('2026-01-15'), importedAt)).toEqual([]);
    expect(certificationProblems(dated('2026-01-16'), importedAt)).toEqual([
      'The supplier certificate of origin is dated 2026-01-16, after the goods were imported on 2026-01-15; it must be issued on or before the day of importation.',
    ]);
  });

  it('accepts a due-diligence statement signed after importation', () => {
    const certification = complete();
    certification.dueDiligenceStatement = { ...certification.dueDiligenceStatement!, signedOn: '2026-02-20' };
    expect(certificationProblems(certification, importedAt)).toEqual([]);
  });

  it('lists every gap of a filled-in but careless certification', () => {
    const certification: EntryCertification = {
      supplierCertificateOfOrigin: { issuer: '', number: '', issuedOn: '2026-02-30' },
      dueDiligenceStatement: { manufacturerName: 'Works No. 3', statement: '', signedBy: '', signedOn: '15/01/2026' },
    };
    expect(certificationProblems(certification, importedAt)).toEqual([
      'The supplier certificate of origin does not name who issued it.',
      'The supplier certificate of origin has no number.',
      'The supplier certificate of origin\'s issue date, "2026-02-30", is not a date in the form YYYY-MM-DD.',
      'The due-diligence statement has no text: it must describe what was done to make sure the goods were not made with prison labor.',
      'The due-diligence statement is not signed.',
      'The due-diligence statement\'s signing date, "15/01/2026", is not a date in the form YYYY-MM-DD.',
    ]);
  });
});
