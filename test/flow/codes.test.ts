import { expect } from '@open-wc/testing';

import { normalizeCode } from '../../src/flow/codes.js';

describe('codes', () => {
  describe('normalizeCode', () => {
    for (const strategy of ['totp', 'phone_code', 'email_code'] as const) {
      it(`keeps only the digits of a ${strategy} code`, () => {
        expect(normalizeCode(strategy, '123 456')).to.equal('123456');
        expect(normalizeCode(strategy, '123-456')).to.equal('123456');
        expect(normalizeCode(strategy, 'Your code is 123456')).to.equal('123456');
        expect(normalizeCode(strategy, 'abc')).to.equal('');
      });
    }

    it('trims, lower-cases and removes spaces from a backup code, keeping its other characters', () => {
      expect(normalizeCode('backup_code', '  AB12 CD34\t')).to.equal('ab12cd34');
      expect(normalizeCode('backup_code', 'ab12-cd34')).to.equal('ab12-cd34');
      expect(normalizeCode('backup_code', '   ')).to.equal('');
    });
  });
});
