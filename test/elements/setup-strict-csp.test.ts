/**
 * `<clerk-mfa-setup>` under a strict Content Security Policy (`style-src 'self'`, no
 * inline style of any kind): its forms are styled from the adopted stylesheet and the
 * QR code, drawn in the browser from the lazily imported module, is an SVG without a
 * style attribute. This file installs the policy for its own page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/clerk-mfa-setup.js';
import type { ClerkMfaSetup } from '../../src/elements/clerk-mfa-setup.js';
import { FakeMfaUser, fakeClerkWithUser } from '../fakes/fake-user.js';

const violations: string[] = [];

before(() => {
  const policy = document.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = "style-src 'self'";
  document.head.append(policy);
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.violatedDirective}: ${event.sample || event.blockedURI}`);
  });
});

describe('<clerk-mfa-setup> under a strict CSP', () => {
  it('reports an inline style, so the policy is in force', async () => {
    const probe = document.createElement('div');
    probe.innerHTML = '<style>.never-applied { color: red }</style>';
    document.body.append(probe);
    await waitUntil(() => violations.length > 0, 'the policy reports inline styles');
    probe.remove();
    violations.length = 0;
  });

  it('draws the QR code and styles the enrolment without a violation', async () => {
    const clerk = fakeClerkWithUser(new FakeMfaUser(), {
      totp: true,
      phoneCode: false,
      backupCode: true,
    });
    const element = await fixture<ClerkMfaSetup>(
      html`<clerk-mfa-setup required .clerk=${clerk}></clerk-mfa-setup>`,
    );
    await waitUntil(() => element.querySelector('svg.clerk-mfa-qr'), 'no QR code drawn');
    await element.updateComplete;
    const modules = element.querySelector('.clerk-mfa-qr-modules')!;
    expect(getComputedStyle(modules).fill).to.equal('rgb(0, 0, 0)');
    const verify = element.querySelector<HTMLButtonElement>('button[type=submit]')!;
    expect(getComputedStyle(verify).backgroundColor).to.equal('rgb(47, 59, 214)');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations).to.deep.equal([]);
    expect(element.querySelectorAll('style, [style]')).to.have.length(0);
  });
});
