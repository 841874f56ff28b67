import { mayHoldCases } from './case-holders';

describe(mayHoldCases.name, () => {
  it('lets investigators and supervisors hold cases, and no other role', () => {
    expect(['investigator', 'supervisor', 'policy', 'importer', 'admin'].filter(mayHoldCases)).toEqual(['investigator', 'supervisor']);
  });
});
