/**
 * Node test of the demo's choice of Clerk instance (`publishable-key-choice.ts`).
 * Run: node --import tsx --test demo/publishable-key-choice.test.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { requestedPublishableKey } from './publishable-key-choice.js';

/** `pk_test_` + base64(`<host>$`), as Clerk encodes an instance's Frontend API host. */
function keyFor(host: string): string {
  return `pk_test_${Buffer.from(`${host}$`).toString('base64')}`;
}

describe('the demo page: which Clerk instance', () => {
  const development = keyFor('example-12.clerk.accounts.dev');
  const production = keyFor('clerk.example.com');

  it('takes a development key from the query string', () => {
    assert.equal(
      requestedPublishableKey(`/?publishable-key=${development}`, undefined),
      development,
    );
  });

  it('ignores a query-string key for any other host, so a link cannot pick the script host', () => {
    for (const host of [
      'clerk.example.com',
      'evil.example',
      'clerk.accounts.dev.evil.example',
      'x.clerk.accounts.dev:444',
    ]) {
      assert.equal(
        requestedPublishableKey(`/?publishable-key=${keyFor(host)}`, undefined),
        undefined,
        host,
      );
    }
    assert.equal(
      requestedPublishableKey('/?publishable-key=pk_test_garbage', undefined),
      undefined,
    );
  });

  it('takes any Frontend API host from the environment variable, and the query only for development', () => {
    assert.equal(requestedPublishableKey('/', production), production);
    assert.equal(
      requestedPublishableKey(`/?publishable-key=${keyFor('evil.example')}`, production),
      production,
    );
    assert.equal(
      requestedPublishableKey(`/?publishable-key=${development}`, production),
      development,
    );
  });

  it('uses the emulator when neither names a plain host', () => {
    assert.equal(requestedPublishableKey('/', undefined), undefined);
    assert.equal(requestedPublishableKey('/', keyFor('bad host$name')), undefined);
  });
});
