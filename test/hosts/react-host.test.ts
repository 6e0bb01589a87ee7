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
import { expect, waitUntil } from '@open-wc/testing';
import { createElement, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ClerkMfaCompleteEvent } from '../../src/events.js';
import { FakeClerk, fakeSessionId, fakeUser } from '../fakes/fake-clerk.js';
import { input, typeInto } from '../elements/element-harness.js';
import {
  clearRedirectHash,
  defaultSteps,
  expectResendDelay,
  fakeClerkWithSmsSecondFactor,
  finishSignInWithSmsCode,
  hostEmail,
  hostPassword,
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
      'resend-delay': 5,
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
    expect(element.clerk, 'clerk, set as a property').to.equal(clerk);
    expect(element.hasAttribute('clerk')).to.equal(false);
    expect(element.getAttribute('redirect-url')).to.equal(redirectHash);
    expect(element.redirectUrl).to.equal(redirectHash);
    expect(element.resendDelay).to.equal(5);

    const stepsBeforeRerender = defaultSteps(element);
    expect(stepsBeforeRerender.map((step) => step.localName)).to.deep.equal([
      'clerk-credentials-step',
      'clerk-code-step',
    ]);
    await typeInto(input(element, 'identifier'), hostEmail);
    rerender();
    await waitUntil(
      () => container.querySelector('#render-count')?.textContent === 'Rendered 2 times',
      'React did not re-render the page',
    );
    expect(container.querySelector('clerk-mfa-sign-in')).to.equal(element);
    expect(defaultSteps(element)).to.deep.equal(stepsBeforeRerender);
    expect(input(element, 'identifier').value).to.equal(hostEmail);

    const sent = await finishSignInWithSmsCode(element);
    expectResendDelay(sent, 5);
    expect(clerk.callsTo('signIn.create')[0]?.params).to.include({
      identifier: hostEmail,
      password: hostPassword,
    });
    expect(completions).to.have.length(1);
    expect(completions[0]?.detail).to.deep.equal({
      sessionId: fakeSessionId,
      userId: fakeUser.id,
    });
    await waitUntil(() => window.location.hash === redirectHash, 'no redirect to redirect-url');

    root.unmount();
    root = undefined;
    expect(element.isConnected).to.equal(false);
    expect(container.childElementCount).to.equal(0);
    expect([...consoleWarnings]).to.deep.equal([]);
  });
});
