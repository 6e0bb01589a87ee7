/**
 * A sign-in form written in the page's HTML (the README's "First screen in the page's
 * HTML", read from the README itself): it shows before any script, submits nothing, and
 * `<clerk-credentials-step>` puts its own form in its place with what was typed and the
 * focus. Each page is an iframe of its own, typed into before the elements load
 * (`fixtures/page-form.ts`). This file defines no element in its own page, so that the
 * form written in the page is tested there as it is before the script.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { ClerkMfaSignIn } from '../../src/elements/clerk-mfa-sign-in.js';
import type { FakeClerk } from '../fakes/fake-clerk.js';
import { readmeForm } from './readme-form.js';

/** Opens a page holding `markup` (and `head`), before any script; resolves its document. */
async function openPage(markup: string, head = ''): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '600px';
  frame.style.height = '800px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${markup}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  after(() => frame.remove());
  await loaded;
  return frame.contentDocument!;
}

/** Loads the elements into `page` as `fixtures/page-form.ts` does with `load`, once it says it has. */
async function loadElements(page: Document, load: string): Promise<void> {
  const script = page.createElement('script');
  script.type = 'module';
  script.src = `/test/elements/fixtures/page-form.ts?load=${load}`;
  const loaded = new Promise((resolve) =>
    page.addEventListener('page-form-elements-loaded', resolve, { once: true }),
  );
  page.head.append(script);
  await loaded;
}

/** Types into the page's form as a user would have before the script: values, focus, selection. */
function typeBeforeTheScript(page: Document): void {
  const email = page.querySelector<HTMLInputElement>('input[name="identifier"]')!;
  const password = page.querySelector<HTMLInputElement>('input[name="password"]')!;
  email.value = 'ada@example.com';
  password.value = 'correct horse';
  password.focus();
  password.setSelectionRange(2, 5, 'backward');
}

/** The tag, classes and form attributes of each element of `form`, the empty error paragraphs left out. */
function formShape(form: Element): string[] {
  const formAttributes = [
    'name',
    'type',
    'autocomplete',
    'autocapitalize',
    'spellcheck',
    'required',
  ];
  return [form, ...form.querySelectorAll('*')]
    .filter(
      (element) => !element.matches('.clerk-mfa-field-error:empty, .clerk-mfa-form-error:empty'),
    )
    .map((element) =>
      [
        element.localName,
        ...[...element.classList].sort().map((name) => `.${name}`),
        ...formAttributes
          .filter((name) => element.hasAttribute(name))
          .map((name) => `${name}=${element.getAttribute(name)}`),
      ].join(' '),
    );
}

const pageLeft = (page: Document) => page.defaultView!.location.href !== 'about:srcdoc';

describe('a sign-in form written in the page', () => {
  it('is accessible before the script', async () => {
    const element = await fixture<HTMLElement>(await readmeForm());
    expect(customElements.get('clerk-mfa-sign-in'), 'no element defined here').to.equal(undefined);
    await expect(element).to.be.accessible();
  });

  it('shows before the script and submitting it sends nothing', async () => {
    const page = await openPage(await readmeForm());
    const form = page.querySelector('form')!;
    expect(form.getBoundingClientRect().height).to.be.greaterThan(100);
    typeBeforeTheScript(page);
    form.requestSubmit();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pageLeft(page), 'the page stays, nothing went to a URL').to.equal(false);
  });

  for (const load of ['define-modules', 'single-file']) {
    it(`gives way to the step's own form with what was typed and the focus (${load})`, async () => {
      const page = await openPage(await readmeForm());
      const pageForm = page.querySelector('form')!;
      typeBeforeTheScript(page);
      await loadElements(page, load);
      const signIn = page.querySelector('clerk-mfa-sign-in') as ClerkMfaSignIn;
      await waitUntil(() => !pageForm.isConnected, 'the page\u2019s form is replaced');
      expect(signIn.state.step).to.be.oneOf(['loading', 'credentials']);
      const forms = page.querySelectorAll('form');
      // Booleans and numbers only: chai cannot describe another window's nodes.
      expect(forms.length, 'one form: the step\u2019s own').to.equal(1);
      const email = page.querySelector<HTMLInputElement>('input[name="identifier"]')!;
      const password = page.querySelector<HTMLInputElement>('input[name="password"]')!;
      expect(email.value).to.equal('ada@example.com');
      expect(password.value).to.equal('correct horse');
      expect(password.hasAttribute('value'), 'the password is no attribute').to.equal(false);
      expect(page.activeElement === password, 'focus is in the password').to.equal(true);
      expect([password.selectionStart, password.selectionEnd]).to.deep.equal([2, 5]);
      expect(page.querySelector('clerk-credentials-step')!.hidden).to.equal(false);

      await waitUntil(() => signIn.state.step === 'credentials', 'Clerk has loaded');
      forms[0].requestSubmit();
      const clerk = page.defaultView!.Clerk as unknown as FakeClerk;
      await waitUntil(() => clerk.callsTo('signIn.create').length === 1, 'the sign-in is sent');
      expect(clerk.callsTo('signIn.create')[0].params).to.deep.include({
        identifier: 'ada@example.com',
        password: 'correct horse',
      });
      expect(pageLeft(page)).to.equal(false);
    });
  }

  it('has the elements, classes and attributes of the step\u2019s own form', async () => {
    const markup = await readmeForm();
    const page = await openPage(markup);
    const pageFormShape = formShape(page.querySelector('form')!);
    await loadElements(page, 'define-modules');
    const signIn = page.querySelector('clerk-mfa-sign-in') as ClerkMfaSignIn;
    await waitUntil(() => signIn.state?.step === 'credentials', 'the step\u2019s form shows');
    await signIn.updateComplete;
    expect(formShape(page.querySelector('form')!)).to.deep.equal(pageFormShape);
  });

  it('keeps its place and look when the step\u2019s form replaces it, with first-screen.css', async () => {
    const page = await openPage(
      await readmeForm(),
      '<link rel="stylesheet" href="/dist/browser/first-screen.css" />',
    );
    const boxes = () =>
      ['input[name="identifier"]', 'input[name="password"]', 'button[type="submit"]'].map(
        (selector) => {
          const { top, left, height } = page.querySelector(selector)!.getBoundingClientRect();
          return {
            selector,
            top: Math.round(top),
            left: Math.round(left),
            height: Math.round(height),
          };
        },
      );
    const before = boxes();
    expect(before[0].left, 'the frame\u2019s padding is there before the script').to.be.greaterThan(
      16,
    );
    await loadElements(page, 'define-modules');
    const signIn = page.querySelector('clerk-mfa-sign-in') as ClerkMfaSignIn;
    await waitUntil(() => signIn.state?.step === 'credentials', 'the step\u2019s form shows');
    await signIn.updateComplete;
    expect(boxes()).to.deep.equal(before);
  });

  it('keeps a form without method="dialog" from submitting once the step is defined, and says so', async () => {
    const page = await openPage((await readmeForm()).replace(' method="dialog"', ''));
    const warnings: string[] = [];
    page.defaultView!.console.warn = (...parts: unknown[]) => warnings.push(parts.join(' '));
    typeBeforeTheScript(page);
    await loadElements(page, 'credentials-step');
    const step = page.querySelector('clerk-credentials-step')!;
    await (step as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(step.hidden, 'the page\u2019s form shows until a sign-in answers').to.equal(false);
    page.querySelector('form')!.requestSubmit();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pageLeft(page), 'the page stays, nothing went to a URL').to.equal(false);
    const ours = warnings.filter((warning) => warning.includes('<clerk-credentials-step>'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.contain('method="dialog"');
    expect(ours[0]).to.not.contain('correct horse');
    expect(ours[0]).to.not.contain('ada@example.com');
  });
});
