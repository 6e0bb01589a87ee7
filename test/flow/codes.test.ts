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

    it('takes the code out of a longer text, and no more than six digits of a longer run', () => {
      expect(normalizeCode('totp', 'Your code is 123 456. It expires in 10 minutes.')).to.equal(
        '123456',
      );
      expect(normalizeCode('totp', '1234567')).to.equal('1234567');
      expect(normalizeCode('phone_code', '12345610')).to.equal('12345610');
    });

    it('reads the digits of any script as ASCII digits', () => {
      expect(normalizeCode('totp', '\u0661\u0662\u0663\u0664\u0665\u0666')).to.equal('123456');
      expect(normalizeCode('totp', '\u06F0\u06F9\u06F8 \u06F7\u06F6\u06F5')).to.equal('098765');
      expect(normalizeCode('totp', '\u0967\u0968\u0969\u096A\u096B\u096C')).to.equal('123456');
      expect(normalizeCode('totp', '\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16')).to.equal('123456');
      expect(
        normalizeCode('totp', '\u{1D7CF}\u{1D7D0}\u{1D7D1}\u{1D7E2}\u{1D7E3}\u{1D7E4}'),
      ).to.equal('123012');
    });

    it('trims, lower-cases and removes spaces from a backup code, keeping its other characters', () => {
      expect(normalizeCode('backup_code', '  AB12 CD34\t')).to.equal('ab12cd34');
      expect(normalizeCode('backup_code', 'ab12-cd34')).to.equal('ab12-cd34');
      expect(normalizeCode('backup_code', '   ')).to.equal('');
    });
  });
});
