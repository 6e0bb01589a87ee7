/**
 * `<clerk-mfa-sign-in>` inside a Vue 3 application, written with `h()` and no template.
 *
 * Vue 3 sets a prop on an element as a DOM property when `key in element` is true
 * (`clerk`), and as an attribute otherwise (`redirect-url`, `resend-delay`). An `on…`
 * prop is an event listener: Vue hyphenates the camel-case name after `on`, so
 * `onClerkMfaComplete` (what a template's `@clerk-mfa-complete` compiles to) listens for
 * `clerk-mfa-complete`; `'on:clerk-mfa-complete'` would name the event exactly as well.
 */
import { expect } from '@open-wc/testing';
import { createApp, h, ref, type App } from 'vue';
import type { ClerkMfaCompleteEvent } from '../../src/events.js';
import {
  clearRedirectHash,
  expectConfiguredByHost,
  expectKeptAcrossRerender,
  expectRemountedWithoutSecondCode,
  expectSignedInThroughHost,
  fakeClerkWithSmsSecondFactor,
  hostResendDelaySeconds,
  recordConsoleWarnings,
  renderedSignIn,
} from './host-harness.js';

const redirectHash = '#signed-in-with-vue';

describe('<clerk-mfa-sign-in> in a Vue 3 application', () => {
  let container: HTMLElement;
  let app: App | undefined;
  let consoleWarnings: ReturnType<typeof recordConsoleWarnings>;

  beforeEach(() => {
    consoleWarnings = recordConsoleWarnings();
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    app?.unmount();
    app = undefined;
    container.remove();
    consoleWarnings.stop();
    clearRedirectHash();
  });

  it('gets Clerk and its attributes from Vue, signs in with key presses, reports completion to the Vue handler, survives a re-render and unmounts cleanly', async () => {
    const clerk = fakeClerkWithSmsSecondFactor();
    const completions: ClerkMfaCompleteEvent[] = [];
    const vueProblems: string[] = [];
    const renderCount = ref(1);
    app = createApp({
      setup() {
        return () =>
          h('main', [
            h('p', { id: 'render-count' }, `Rendered ${renderCount.value} times`),
            h('clerk-mfa-sign-in', {
              clerk,
              'redirect-url': redirectHash,
              'resend-delay': hostResendDelaySeconds,
              // A new function on every render, as an inline handler is.
              onClerkMfaComplete: (event: ClerkMfaCompleteEvent) => completions.push(event),
            }),
          ]);
      },
    });
    app.config.warnHandler = (message) => vueProblems.push(`warning: ${message}`);
    app.config.errorHandler = (error) => vueProblems.push(`error: ${String(error)}`);
    app.mount(container);

    const element = await renderedSignIn(container);
    expectConfiguredByHost(element, clerk, redirectHash);
    await expectKeptAcrossRerender(element, container, () => (renderCount.value += 1), 'Vue');
    await expectSignedInThroughHost(element, clerk, completions, redirectHash);

    app.unmount();
    app = undefined;
    expect(element.isConnected).to.equal(false);
    expect(container.childElementCount).to.equal(0);
    expect(vueProblems).to.deep.equal([]);
    expect([...consoleWarnings]).to.deep.equal([]);
  });

  it('unmounted at the code step and mounted again, sends no second SMS, leaves no listener behind and signs in with the new sign-in', async () => {
    const clerk = fakeClerkWithSmsSecondFactor(2);
    const completions: ClerkMfaCompleteEvent[] = [];
    await expectRemountedWithoutSecondCode(
      {
        mount() {
          app = createApp({
            setup: () => () =>
              h('clerk-mfa-sign-in', {
                clerk,
                'redirect-url': redirectHash,
                'resend-delay': hostResendDelaySeconds,
                onClerkMfaComplete: (event: ClerkMfaCompleteEvent) => completions.push(event),
              }),
          });
          app.mount(container);
        },
        unmount() {
          app?.unmount();
          app = undefined;
        },
      },
      container,
      clerk,
      completions,
      redirectHash,
    );
    expect([...consoleWarnings]).to.deep.equal([]);
  });
});
