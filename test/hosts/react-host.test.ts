/**
 * `<clerk-mfa-sign-in>` inside a React 19 application, written without JSX.
 *
 * React 19 renders a custom element's prop as a DOM property when the element has a
 * property of that name (`clerk`), and as an attribute otherwise (`redirect-url`,
 * `resend-delay`). A prop named `on` + the exact event name (`onclerk-mfa-complete`)
 * becomes an `addEventListener` for that event; React 19 does not turn a camel-case
 * name (`onClerkMfaComplete`) into the dashed event name, it would listen for an event
 * called `ClerkMfaComplete`.
 */
import { expect } from '@open-wc/testing';
import { createElement, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ClerkMfaCompleteEvent } from '../../src/events.js';
import { FakeClerk } from '../fakes/fake-clerk.js';
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

const redirectHash = '#signed-in-with-react';

interface SignInPageProps {
  readonly clerk: FakeClerk;
  readonly onComplete: (event: ClerkMfaCompleteEvent) => void;
  /** Receives the page's state setter, so the test can make React re-render the page. */
  readonly exposeRerender: (rerender: () => void) => void;
}

/** A page of a React application with a sign-in on it and a state of its own. */
function SignInPage({ clerk, onComplete, exposeRerender }: SignInPageProps) {
  const [renderCount, setRenderCount] = useState(1);
  exposeRerender(() => setRenderCount((count) => count + 1));
  return createElement(
    'main',
    null,
    createElement('p', { id: 'render-count' }, `Rendered ${renderCount} times`),
    createElement('clerk-mfa-sign-in', {
      clerk,
      'redirect-url': redirectHash,
      'resend-delay': hostResendDelaySeconds,
      // A new function on every render, as an inline handler is: React swaps the listener.
      'onclerk-mfa-complete': (event: ClerkMfaCompleteEvent) => onComplete(event),
    }),
  );
}

describe('<clerk-mfa-sign-in> in a React 19 application', () => {
  let container: HTMLElement;
  let root: Root | undefined;
  let consoleWarnings: ReturnType<typeof recordConsoleWarnings>;

  beforeEach(() => {
    consoleWarnings = recordConsoleWarnings();
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    root?.unmount();
    root = undefined;
    container.remove();
    consoleWarnings.stop();
    clearRedirectHash();
  });

  it('gets Clerk and its attributes from React, signs in with key presses, reports completion to the React handler, survives a re-render and unmounts cleanly', async () => {
    const clerk = fakeClerkWithSmsSecondFactor();
    const completions: ClerkMfaCompleteEvent[] = [];
    let rerender: () => void = () => {
      throw new Error('the page has not rendered');
    };
    root = createRoot(container);
    root.render(
      createElement(SignInPage, {
        clerk,
        onComplete: (event) => completions.push(event),
        exposeRerender: (rerenderPage) => (rerender = rerenderPage),
      }),
    );

    const element = await renderedSignIn(container);
    expectConfiguredByHost(element, clerk, redirectHash);
    await expectKeptAcrossRerender(element, container, () => rerender(), 'React');
    await expectSignedInThroughHost(element, clerk, completions, redirectHash);

    root.unmount();
    root = undefined;
    expect(element.isConnected).to.equal(false);
    expect(container.childElementCount).to.equal(0);
    expect([...consoleWarnings]).to.deep.equal([]);
  });

  it('unmounted at the code step and mounted again, sends no second SMS, leaves no listener behind and signs in with the new sign-in', async () => {
    const clerk = fakeClerkWithSmsSecondFactor(2);
    const completions: ClerkMfaCompleteEvent[] = [];
    await expectRemountedWithoutSecondCode(
      {
        mount() {
          root = createRoot(container);
          root.render(
            createElement(SignInPage, {
              clerk,
              onComplete: (event) => completions.push(event),
              exposeRerender: () => undefined,
            }),
          );
        },
        unmount() {
          root?.unmount();
          root = undefined;
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
