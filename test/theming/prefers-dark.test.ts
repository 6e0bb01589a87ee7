/**
 * Theming of `<clerk-mfa-sign-in>` in a browser whose user prefers the dark colour
 * scheme. The test runner's `prefers-dark` group launches each engine that way
 * (`web-test-runner.config.mjs`), as no engine lets every one of them emulate the
 * preference from inside a page.
 */
import { expect } from '@open-wc/testing';
import { FakeClerk, fakeFactors, needsSecondFactor } from '../fakes/fake-clerk.js';
import { renderSignIn, submitCredentials, waitForStep } from '../elements/element-harness.js';
import {
  darkPalette,
  expectPalette,
  expectReadableContrast,
  lightPalette,
  showFieldError,
} from './theme-harness.js';

describe('theming of <clerk-mfa-sign-in> for a user who prefers dark', () => {
  it('runs in a browser that prefers the dark colour scheme', () => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
  });

  it('uses the dark palette by default', async () => {
    const { element } = await renderSignIn();
    expectPalette(element, darkPalette);
  });

  it('uses the light palette when color-scheme="light" forces it', async () => {
    const { element } = await renderSignIn();
    element.setAttribute('color-scheme', 'light');
    expectPalette(element, lightPalette);
    element.removeAttribute('color-scheme');
    expectPalette(element, darkPalette);
  });

  it('keeps every text readable (axe colour contrast), with an error shown and in the code step', async () => {
    const clerk = new FakeClerk().respond(
      'signIn.create',
      needsSecondFactor(fakeFactors.phoneCode),
    );
    clerk.respond('signIn.prepareSecondFactor', needsSecondFactor(fakeFactors.phoneCode));
    const { element } = await renderSignIn(clerk);
    await showFieldError(element);
    await expectReadableContrast(element, 'dark, credentials with an error');
    await submitCredentials(element, 'ada@example.com', 'secret-password');
    await waitForStep(element, 'second-factor');
    await expectReadableContrast(element, 'dark, code step');
  });
});
