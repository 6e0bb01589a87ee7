/**
 * `<clerk-mfa-sign-in>` inside an Angular application: the page
 * `angular/sign-in-page.component.ts`, compiled ahead of time by Angular's compiler
 * (`scripts/framework-host-bundles.mjs`), created in a zoneless application.
 *
 * Angular binds `[attr.redirect-url]` and `[attr.resend-delay]` after it has inserted
 * the element into the page, and `[clerk]` as a DOM property; `(clerk-mfa-complete)`
 * listens for the event by its exact name.
 */
import { expect } from '@open-wc/testing';
import {
  createComponent,
  provideZonelessChangeDetection,
  type ApplicationRef,
  type ComponentRef,
} from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import type { ClerkMfaCompleteEvent } from '../../src/events.js';
import type { FakeClerk } from '../fakes/fake-clerk.js';
import { SignInPageComponent } from './angular/sign-in-page.component.js';
import {
  clearRedirectHash,
  expectConfiguredByHost,
  expectKeptAcrossRerender,
  expectRemountedWithoutSecondCode,
  expectSignedInThroughHost,
  fakeClerkWithSmsSecondFactor,
  hostResendDelaySeconds,
  recordAttributesSetAfterInsertion,
  recordConsoleWarnings,
  renderedSignIn,
} from './host-harness.js';

const redirectHash = '#signed-in-with-angular';

describe('<clerk-mfa-sign-in> in an Angular application', () => {
  let container: HTMLElement;
  let application: ApplicationRef | undefined;
  let page: ComponentRef<SignInPageComponent> | undefined;
  let consoleWarnings: ReturnType<typeof recordConsoleWarnings>;

  /** Creates the page in the container, with its inputs, and attaches it to the application. */
  function mountPage(
    app: ApplicationRef,
    clerk: FakeClerk,
    completions: ClerkMfaCompleteEvent[],
  ): ComponentRef<SignInPageComponent> {
    const hostElement = document.createElement('sign-in-page');
    container.append(hostElement);
    const created = createComponent(SignInPageComponent, {
      environmentInjector: app.injector,
      hostElement,
    });
    created.setInput('clerk', clerk);
    created.setInput('redirectUrl', redirectHash);
    created.setInput('resendDelay', hostResendDelaySeconds);
    created.instance.completed.subscribe((event) => completions.push(event));
    app.attachView(created.hostView);
    app.tick();
    page = created;
    return created;
  }

  /** Destroys the page, which removes its host element from the container. */
  function unmountPage(): void {
    page?.destroy();
    page = undefined;
  }

  beforeEach(async () => {
    consoleWarnings = recordConsoleWarnings();
    container = document.createElement('div');
    document.body.append(container);
    application = await createApplication({ providers: [provideZonelessChangeDetection()] });
  });

  afterEach(() => {
    unmountPage();
    application?.destroy();
    application = undefined;
    container.remove();
    consoleWarnings.stop();
    clearRedirectHash();
  });

  it('gets Clerk from Angular and its attributes after insertion, signs in with key presses, reports completion to the Angular output, survives change detection and unmounts cleanly', async () => {
    const clerk = fakeClerkWithSmsSecondFactor();
    const completions: ClerkMfaCompleteEvent[] = [];
    const attributes = recordAttributesSetAfterInsertion(container);
    const mounted = mountPage(application!, clerk, completions);

    const element = await renderedSignIn(container);
    expect(attributes.of(element)).to.include.members(['redirect-url', 'resend-delay']);
    attributes.stop();
    expectConfiguredByHost(element, clerk, redirectHash);
    await expectKeptAcrossRerender(
      element,
      container,
      () => mounted.instance.rerender(),
      'Angular',
    );
    await expectSignedInThroughHost(element, clerk, completions, redirectHash);

    unmountPage();
    expect(element.isConnected).to.equal(false);
    expect(container.childElementCount).to.equal(0);
    expect([...consoleWarnings]).to.deep.equal([]);
  });

  it('unmounted at the code step and mounted again, sends no second SMS, leaves no listener behind and signs in with the new sign-in', async () => {
    const clerk = fakeClerkWithSmsSecondFactor(2);
    const completions: ClerkMfaCompleteEvent[] = [];
    await expectRemountedWithoutSecondCode(
      { mount: () => void mountPage(application!, clerk, completions), unmount: unmountPage },
      container,
      clerk,
      completions,
      redirectHash,
    );
    expect([...consoleWarnings]).to.deep.equal([]);
  });
});
