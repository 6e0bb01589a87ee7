/**
 * The elements' half of the bad-input corpus (`corpus.json`, key `elements`): each case
 * puts a value in the email, password or code field of `<clerk-mfa-sign-in>` (on a fake
 * Clerk) and submits the form. Either the form refuses it with its error, sending
 * nothing, or it sends what Clerk expects (the value as the field holds it; a code
 * normalised). A refused value stays in its field; no markup in a value becomes an
 * element; and a password or code reaches no event and no attribute.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { ClerkMfaSignIn } from '../../src/elements/clerk-mfa-sign-in.js';
import type { CodeStrategy } from '../../src/flow/types.js';
import { FakeClerk, fakeFactors, needsSecondFactor, signInComplete } from '../fakes/fake-clerk.js';
import {
  input,
  recordSignInEvents,
  renderSignIn,
  settle,
  waitForStep,
} from '../elements/element-harness.js';

interface ElementCase {
  readonly name: string;
  readonly field: 'identifier' | 'password' | 'code';
  readonly strategy?: CodeStrategy;
  readonly value?: string;
  readonly repeat?: { readonly text: string; readonly times: number };
  /** The error the form shows, sending nothing; or what it sends (`as typed`: the field's value). */
  readonly expect: { readonly error?: string; readonly sent?: string };
}

/** The corpus, served by the test server beside this file. */
const corpus = (await (await fetch(new URL('./corpus.json', import.meta.url))).json()) as {
  readonly emulator: readonly unknown[];
  readonly elements: readonly ElementCase[];
};
const cases = corpus.elements;

const factorOf: Readonly<Record<CodeStrategy, (typeof fakeFactors)[keyof typeof fakeFactors]>> = {
  totp: fakeFactors.totp,
  backup_code: fakeFactors.backupCode,
  phone_code: fakeFactors.phoneCode,
  email_code: fakeFactors.emailCode,
  reset_password_email_code: fakeFactors.resetEmailCode,
  reset_password_phone_code: fakeFactors.resetPhoneCode,
};

function valueOf(testCase: ElementCase): string {
  return testCase.repeat ? testCase.repeat.text.repeat(testCase.repeat.times) : testCase.value!;
}

/** Sets a field as the user would leave it, and submits its form. */
function fillAndSubmit(field: HTMLInputElement, value: string): string {
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  field.form!.requestSubmit();
  // What the browser keeps of the value (an email or password field drops line breaks).
  return field.value;
}

/** Elements that markup in a value would have made. */
function injectedElements(element: ClerkMfaSignIn): number {
  return element.querySelectorAll('img, script, b').length;
}

/** Every attribute value in the element's subtree, its shadow root included. */
function attributeText(element: ClerkMfaSignIn): string {
  const all = [...element.querySelectorAll('*'), ...element.shadowRoot!.querySelectorAll('*')];
  return all.flatMap((node) => [...node.attributes].map((attribute) => attribute.value)).join('\n');
}

describe('bad input in the elements', () => {
  it('has at least 60 cases in the corpus as a whole', () => {
    expect(cases.length + corpus.emulator.length).to.be.at.least(60);
  });

  for (const testCase of cases) {
    it(`${testCase.field}: ${testCase.name}`, async () => {
      const value = valueOf(testCase);
      const clerk = new FakeClerk();
      const strategy = testCase.strategy ?? 'totp';
      clerk.respond('signIn.create', needsSecondFactor(factorOf[strategy]));
      clerk.respond('signIn.prepareSecondFactor', needsSecondFactor(factorOf[strategy]));
      clerk.respond('signIn.attemptSecondFactor', signInComplete());
      const { element } = await renderSignIn(clerk);
      const events = recordSignInEvents(element);

      let held: string;
      if (testCase.field === 'code') {
        input(element, 'identifier').value = 'ada@example.com';
        fillAndSubmit(input(element, 'password'), 'correct-password');
        await waitForStep(element, 'second-factor');
        await waitUntil(() => !element.state.busy);
        held = fillAndSubmit(input(element, 'code'), value);
      } else {
        const other = testCase.field === 'identifier' ? 'password' : 'identifier';
        input(element, other).value = other === 'password' ? 'correct-password' : 'ada@example.com';
        held = fillAndSubmit(input(element, testCase.field), value);
      }
      await waitUntil(() => !element.state.busy, 'the submit is answered');
      await settle(element);
      events.stop();

      const call = testCase.field === 'code' ? 'signIn.attemptSecondFactor' : 'signIn.create';
      const calls = clerk.callsTo(call).map((made) => made.params as Record<string, string>);
      if (testCase.expect.error) {
        expect(element.state.error?.code).to.equal(testCase.expect.error);
        expect(calls, 'nothing sent').to.deep.equal([]);
      } else {
        const sentValue =
          testCase.expect.sent === 'as typed'
            ? testCase.field === 'identifier'
              ? held.trim()
              : held
            : testCase.expect.sent;
        expect(calls, 'sent once').to.have.length(1);
        expect(calls[0][testCase.field]).to.equal(sentValue);
      }
      // A refused value stays in its field for the user to correct.
      if (testCase.expect.error) {
        expect(input(element, testCase.field).value, 'the field keeps what was typed').to.equal(
          held,
        );
      }
      expect(injectedElements(element), 'no markup became an element').to.equal(0);
      if (testCase.field !== 'identifier' && held.trim().length > 0) {
        expect(JSON.stringify(events)).not.to.contain(held);
        expect(attributeText(element)).not.to.contain(held);
      }
    });
  }
});
