/**
 * The single-file build on a page that holds `<clerk-mfa-setup>` when the script runs:
 * the build defines it too (loading its module then). This file imports nothing else of
 * the package, so the tag comes from the bundle alone.
 */
import { expect, waitUntil } from '@open-wc/testing';

const bundleUrl = '/dist/browser/clerk-mfa-elements.js';

describe('the single-file browser build with <clerk-mfa-setup> in the page', () => {
  it('defines <clerk-mfa-setup> when the page holds one as it runs', async () => {
    const setup = document.createElement('clerk-mfa-setup');
    document.body.append(setup);
    expect(customElements.get('clerk-mfa-setup')).to.equal(undefined);
    await import(/* @vite-ignore */ bundleUrl);
    await waitUntil(
      () => customElements.get('clerk-mfa-setup'),
      'the setup element is not defined',
    );
    expect(customElements.get('clerk-mfa-sign-in'), 'the sign-in as well').to.be.a('function');
    setup.remove();
  });
});
