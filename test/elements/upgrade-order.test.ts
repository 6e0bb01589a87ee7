/**
 * Steps written in the page before the script loads (the CDN and CMS case) show their
 * form whatever the order in which the elements are defined and upgraded: each order
 * runs in a page of its own (`fixtures/markup-first.html`), in an iframe. Steps an
 * author adds after the sign-in has upgraded replace its default pair.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/index.js';
import type { ClerkMfaSignIn } from '../../src/elements/clerk-mfa-sign-in.js';
import { FakeClerk } from '../fakes/fake-clerk.js';
import { waitForStep } from './element-harness.js';

/** Opens the page with its markup first, defined in `order`; resolves its sign-in element. */
async function openMarkupFirstPage(order: string): Promise<ClerkMfaSignIn> {
  const frame = document.createElement('iframe');
  frame.src = `/test/elements/fixtures/markup-first.html?order=${order}`;
  document.body.append(frame);
  after(() => frame.remove());
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const page = frame.contentDocument!;
  const signIn = page.querySelector('clerk-mfa-sign-in') as ClerkMfaSignIn;
  await waitUntil(
    () => signIn.state?.step === 'credentials',
    `the ${order} page reaches the credentials step`,
    { timeout: 10_000 },
  );
  return signIn;
}

describe('steps in the page before the script', () => {
  for (const order of [
    'define-modules',
    'steps-then-sign-in',
    'sign-in-then-steps',
    'single-file',
  ]) {
    it(`show the form when defined as ${order}`, async () => {
      const signIn = await openMarkupFirstPage(order);
      const page = signIn.ownerDocument;
      const credentials = page.querySelectorAll('clerk-credentials-step');
      expect(credentials, 'only the author\u2019s step, no default one').to.have.length(1);
      const emailInput = () =>
        credentials[0].querySelector<HTMLInputElement>('input[autocomplete="username"]');
      await waitUntil(() => emailInput() !== null, 'the credentials step renders its form');
      expect(credentials[0].hidden).to.equal(false);
      const email = emailInput();
      expect(email?.labels?.[0]?.textContent?.trim()).to.equal('Email address');
      expect(credentials[0].closest('.layout'), 'the author\u2019s layout stays').to.not.equal(
        null,
      );
      expect(page.querySelector('clerk-code-step')!.hidden).to.equal(true);
    });
  }

  it('lets steps added after the sign-in upgraded replace the default pair', async () => {
    const element = await fixture<ClerkMfaSignIn>(
      html`<clerk-mfa-sign-in .clerk=${new FakeClerk()}></clerk-mfa-sign-in>`,
    );
    await waitForStep(element, 'credentials');
    expect(element.querySelectorAll('clerk-credentials-step')).to.have.length(1);
    const layout = document.createElement('div');
    layout.className = 'layout';
    layout.append(document.createElement('clerk-credentials-step'));
    element.append(layout, document.createElement('clerk-code-step'));
    await waitUntil(() => element.querySelectorAll('clerk-credentials-step').length === 1);
    expect(element.querySelector('clerk-credentials-step')!.parentElement).to.equal(layout);
    expect(element.querySelectorAll('clerk-code-step')).to.have.length(1);
  });
});
