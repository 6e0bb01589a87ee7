import { expect } from '@open-wc/testing';

import {
  clientTrustOrder,
  isSentCodeStrategy,
  offeredFactors,
  secondFactorOrder,
} from '../../src/flow/factors.js';
import { fakeFactors } from '../fakes/fake-clerk.js';

describe('factors', () => {
  describe('offeredFactors', () => {
    it('keeps the second factors this flow finishes, in the order totp, phone_code, backup_code', () => {
      const offered = offeredFactors(
        [fakeFactors.emailLink, fakeFactors.backupCode, fakeFactors.phoneCode, fakeFactors.totp],
        secondFactorOrder,
      );
      expect(offered).to.deep.equal([
        { factor: { strategy: 'totp' } },
        {
          factor: { strategy: 'phone_code', safeIdentifier: '+1******0123' },
          sendParams: { strategy: 'phone_code', phoneNumberId: 'idn_fake_phone' },
        },
        { factor: { strategy: 'backup_code' } },
      ]);
    });

    it('offers email_code before phone_code for a new-device check', () => {
      const offered = offeredFactors(
        [fakeFactors.phoneCode, fakeFactors.emailCode],
        clientTrustOrder,
      );
      expect(offered.map((entry) => entry.factor.strategy)).to.deep.equal([
        'email_code',
        'phone_code',
      ]);
      expect(offered[0]).to.deep.equal({
        factor: { strategy: 'email_code', safeIdentifier: 'a***@example.com' },
        sendParams: { strategy: 'email_code', emailAddressId: 'idn_fake_email' },
      });
    });

    it('offers nothing when Clerk lists no factor', () => {
      expect(offeredFactors(null, secondFactorOrder)).to.deep.equal([]);
      expect(offeredFactors(undefined, secondFactorOrder)).to.deep.equal([]);
      expect(offeredFactors([], secondFactorOrder)).to.deep.equal([]);
    });

    it('takes the first of two phone numbers when none is marked default', () => {
      const offered = offeredFactors(
        [
          { strategy: 'phone_code', phoneNumberId: 'idn_first' },
          { strategy: 'phone_code', phoneNumberId: 'idn_second' },
        ],
        secondFactorOrder,
      );
      expect(offered).to.deep.equal([
        {
          factor: { strategy: 'phone_code' },
          sendParams: { strategy: 'phone_code', phoneNumberId: 'idn_first' },
        },
      ]);
    });

    it('leaves out ids Clerk did not list', () => {
      const offered = offeredFactors(
        [{ strategy: 'email_code', emailAddressId: null }, { strategy: 'phone_code' }],
        clientTrustOrder,
      );
      expect(offered).to.deep.equal([
        { factor: { strategy: 'email_code' }, sendParams: { strategy: 'email_code' } },
        { factor: { strategy: 'phone_code' }, sendParams: { strategy: 'phone_code' } },
      ]);
    });
  });

  it('tells the codes Clerk sends from the codes the user already has', () => {
    expect(isSentCodeStrategy('phone_code')).to.equal(true);
    expect(isSentCodeStrategy('email_code')).to.equal(true);
    expect(isSentCodeStrategy('totp')).to.equal(false);
    expect(isSentCodeStrategy('backup_code')).to.equal(false);
    expect(isSentCodeStrategy(null)).to.equal(false);
  });
});
