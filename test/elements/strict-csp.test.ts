/**
 * The elements under a strict Content Security Policy: `style-src 'self'` forbids
 * every inline style (style elements and style attributes). This file installs the
 * policy for its own page, so it runs in a page of its own.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { FakeClerk, fakeFactors, needsSecondFactor } from '../fakes/fake-clerk.js';
import { input, renderSignIn, settle, submitCredentials, waitForStep } from './element-harness.js';

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

describe('strict CSP (style-src \u2019self\u2019)', () => {
  it('reports an inline style, so the policy is in force', async () => {
    const probe = document.createElement('div');
    probe.innerHTML = '<style>.never-applied { color: red }</style>';
    document.body.append(probe);
    await waitUntil(() => violations.length > 0, 'the policy reports inline styles');
    probe.remove();
    violations.length = 0;
  });

  it('renders and styles every step without a violation', async () => {
    const clerk = new FakeClerk().respond('signIn.create', needsSecondFactor(fakeFactors.totp));
    const { element } = await renderSignIn(clerk);
    const submit = element.querySelector<HTMLButtonElement>(
      'clerk-credentials-step button[type=submit]',
    )!;
    // The default accent color, from the constructed stylesheet adopted by the document.
    expect(getComputedStyle(submit).backgroundColor).to.equal('rgb(47, 59, 214)');
    expect(getComputedStyle(element).display).to.equal('block');
    await submitCredentials(element, 'ada@example.com', 'secret-password');
    await waitForStep(element, 'second-factor');
    await settle(element);
    expect(getComputedStyle(input(element, 'code')).letterSpacing).to.not.equal('normal');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations).to.deep.equal([]);
    expect(element.querySelectorAll('style, [style]')).to.have.length(0);
  });
});
