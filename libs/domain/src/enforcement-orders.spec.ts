import { enforcementChangeRefusal, enforcementDecisionRefusal, enforcementLegalActions } from './enforcement-orders';

describe('the register of orders and findings', () => {
  it('admits a change or revocation only on an order in force with nothing waiting', () => {
    expect(enforcementChangeRefusal('ACTIVE', 'MODIFY', false)).toBeNull();
    expect(enforcementChangeRefusal('ACTIVE', 'REVOKE', false)).toBeNull();
    expect(enforcementChangeRefusal('ACTIVE', 'REVOKE', true)).toBe('A request on this order already waits for a second supervisor.');
    expect(enforcementChangeRefusal('REVOKED', 'REVOKE', false)).toBe('The order is already revoked.');
    expect(enforcementChangeRefusal('REVOKED', 'MODIFY', false)).toBe('The order is already revoked.');
    expect(enforcementChangeRefusal('PROPOSED', 'REVOKE', true)).toBe('The order was never issued: only an order in force can be modified or revoked.');
    expect(enforcementChangeRefusal('REJECTED', 'MODIFY', false)).toBe('The order was never issued: only an order in force can be modified or revoked.');
  });

  it('offers the changes it admits', () => {
    expect(enforcementLegalActions('ACTIVE', false)).toEqual(['MODIFY', 'REVOKE']);
    expect(enforcementLegalActions('ACTIVE', true)).toEqual([]);
    expect(enforcementLegalActions('REVOKED', false)).toEqual([]);
    expect(enforcementLegalActions('PROPOSED', false)).toEqual([]);
  });

  it('keeps four-eyes: neither the person who asked nor anyone investigating the facility decides', () => {
    expect(enforcementDecisionRefusal({ requestedBy: 'sup-1' }, 'sup-2', ['inv-1'])).toBeNull();
    expect(enforcementDecisionRefusal({ requestedBy: 'sup-1' }, 'sup-1', [])).toBe('You requested this step; a second supervisor must decide it.');
    expect(enforcementDecisionRefusal({ requestedBy: 'system' }, 'sup-2', ['inv-1', 'sup-2'])).toBe(
      'You investigate a case on this facility; a supervisor who does not must decide it.',
    );
  });
});
