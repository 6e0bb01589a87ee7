/**
 * Theming of `<clerk-mfa-sign-in>` in a browser that prefers the light colour scheme
 * (the test browsers' default): the light palette, the dark one forced by the
 * `color-scheme` attribute, Clerk's appearance variables as CSS custom properties, the
 * earlier `--clerk-mfa-*` properties, page CSS winning over the defaults, and readable
 * contrast. `prefers-dark.test.ts` covers a browser that prefers dark.
 */
import { expect } from '@open-wc/testing';
import {
  FakeClerk,
  fakeFactors,
  needsSecondFactor,
  signInComplete,
  signInWithStatus,
} from '../fakes/fake-clerk.js';
import {
  input,
  renderSignIn,
  settle,
  submitCredentials,
  typeInto,
  waitForStep,
} from '../elements/element-harness.js';
import {
  darkPalette,
  expectColor,
  expectPalette,
  expectReadableContrast,
  lightPalette,
  mix,
  showFieldError,
  submitButton,
} from './theme-harness.js';

/** A page stylesheet for one test, removed afterwards. */
function addPageStyles(cssText: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  pageSheets.push(sheet);
}
const pageSheets: CSSStyleSheet[] = [];

afterEach(() => {
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter(
    (sheet) => !pageSheets.includes(sheet),
  );
  pageSheets.length = 0;
});

describe('theming of <clerk-mfa-sign-in>', () => {
  it('runs in a browser that prefers the light colour scheme', () => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(false);
  });

  it('uses the light palette by default', async () => {
    const { element } = await renderSignIn();
    expectPalette(element, lightPalette);
  });

  it('uses the dark palette when color-scheme="dark" forces it, and the light one again without it', async () => {
    const { element } = await renderSignIn();
    element.setAttribute('color-scheme', 'dark');
    expectPalette(element, darkPalette);
    element.setAttribute('color-scheme', 'light');
    expectPalette(element, lightPalette);
    element.removeAttribute('color-scheme');
    expectPalette(element, lightPalette);
  });

  it("takes each of Clerk's appearance variables from the CSS custom property Clerk reads for it", async () => {
    addPageStyles(`
      clerk-mfa-sign-in {
        --clerk-color-primary: rgb(10, 20, 200);
        --clerk-color-primary-foreground: rgb(250, 250, 200);
        --clerk-color-danger: rgb(160, 0, 20);
        --clerk-color-success: rgb(0, 100, 30);
        --clerk-color-warning: rgb(120, 70, 0);
        --clerk-color-neutral: rgb(0, 0, 255);
        --clerk-color-foreground: rgb(30, 30, 60);
        --clerk-color-muted-foreground: rgb(80, 80, 90);
        --clerk-color-background: rgb(250, 245, 235);
        --clerk-color-input: rgb(255, 255, 250);
        --clerk-color-input-foreground: rgb(20, 40, 20);
        --clerk-color-ring: rgb(200, 100, 0);
        --clerk-font-family: monospace;
        --clerk-font-size: 19px;
        --clerk-border-radius: 3px;
        --clerk-spacing: 10px;
      }
    `);
    const clerk = new FakeClerk().respond(
      'signIn.create',
      signInWithStatus('needs_protect_check'),
      needsSecondFactor(fakeFactors.totp),
    );
    clerk.respond('signIn.attemptSecondFactor', signInComplete());
    const { element } = await renderSignIn(clerk);
    const email = input(element, 'identifier');
    const submit = submitButton(element);
    const form = element.querySelector('clerk-credentials-step form')!;
    const host = getComputedStyle(element);

    expectColor(getComputedStyle(submit).backgroundColor, 'rgb(10, 20, 200)', 'colorPrimary');
    expectColor(getComputedStyle(submit).color, 'rgb(250, 250, 200)', 'colorPrimaryForeground');
    expectColor(host.color, 'rgb(30, 30, 60)', 'colorForeground');
    expectColor(host.backgroundColor, 'rgb(250, 245, 235)', 'colorBackground');
    expectColor(
      getComputedStyle(element.querySelector('.clerk-mfa-subtitle')!).color,
      'rgb(80, 80, 90)',
      'colorMutedForeground',
    );
    expectColor(getComputedStyle(email).backgroundColor, 'rgb(255, 255, 250)', 'colorInput');
    expectColor(getComputedStyle(email).color, 'rgb(20, 40, 20)', 'colorInputForeground');
    expectColor(
      getComputedStyle(email).borderTopColor,
      mix('rgb(0, 0, 255)', 0.5, 'rgb(250, 245, 235)'),
      'colorNeutral (the border, half neutral, half background)',
    );
    expect(getComputedStyle(email).fontFamily, 'fontFamily').to.equal('monospace');
    expect(getComputedStyle(email).fontSize, 'fontSize').to.equal('19px');
    expect(getComputedStyle(email).borderTopLeftRadius, 'borderRadius').to.equal('3px');
    expect(getComputedStyle(form).rowGap, 'spacing').to.equal('10px');
    email.focus();
    expectColor(getComputedStyle(email).outlineColor, 'rgb(200, 100, 0)', 'colorRing');

    await showFieldError(element);
    expectColor(
      getComputedStyle(element.querySelector('.clerk-mfa-field-error:not(:empty)')!).color,
      'rgb(160, 0, 20)',
      'colorDanger',
    );

    // A status this form cannot finish: its heading takes the warning colour.
    await submitCredentials(element, 'ada@example.com', 'secret-password');
    await waitForStep(element, 'unsupported');
    const heading = () => element.shadowRoot!.querySelector('[part~="panel-heading"]')!;
    expectColor(getComputedStyle(heading()).color, 'rgb(120, 70, 0)', 'colorWarning');

    // A completed sign-in: its heading takes the success colour.
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="back-button"]')!.click();
    await waitForStep(element, 'credentials');
    await submitCredentials(element, 'ada@example.com', 'secret-password');
    await waitForStep(element, 'second-factor');
    await typeInto(input(element, 'code'), '123456');
    await waitForStep(element, 'complete');
    await settle(element);
    expectColor(getComputedStyle(heading()).color, 'rgb(0, 100, 30)', 'colorSuccess');
  });

  it('takes colorBorder instead of the neutral mix when the page gives it', async () => {
    addPageStyles(`clerk-mfa-sign-in { --clerk-color-border: rgb(90, 0, 90); }`);
    const { element } = await renderSignIn();
    expectColor(
      getComputedStyle(input(element, 'identifier')).borderTopColor,
      'rgb(90, 0, 90)',
      'colorBorder',
    );
  });

  it('still reads the earlier --clerk-mfa-* properties, which win over Clerk\u2019s', async () => {
    addPageStyles(`
      clerk-mfa-sign-in {
        --clerk-color-primary: rgb(10, 20, 200);
        --clerk-mfa-color-primary: rgb(120, 0, 120);
        --clerk-mfa-color-background: rgb(240, 250, 240);
        --clerk-mfa-color-text: rgb(40, 20, 20);
        --clerk-mfa-color-border: rgb(0, 90, 90);
        --clerk-mfa-radius: 2px;
        --clerk-mfa-spacing: 12px;
      }
    `);
    const { element } = await renderSignIn();
    const email = input(element, 'identifier');
    expectColor(
      getComputedStyle(submitButton(element)).backgroundColor,
      'rgb(120, 0, 120)',
      'primary',
    );
    expectColor(getComputedStyle(element).backgroundColor, 'rgb(240, 250, 240)', 'background');
    expectColor(getComputedStyle(element).color, 'rgb(40, 20, 20)', 'text');
    expectColor(getComputedStyle(email).borderTopColor, 'rgb(0, 90, 90)', 'border');
    expect(getComputedStyle(email).borderTopLeftRadius).to.equal('2px');
    expect(getComputedStyle(element.querySelector('clerk-credentials-step form')!).rowGap).to.equal(
      '12px',
    );
  });

  it('lets page rules win over its defaults without !important, in either colour scheme', async () => {
    addPageStyles(`
      clerk-mfa-sign-in { background: rgb(1, 2, 3); border-radius: 0; }
      button { background: rgb(4, 5, 6); }
      .clerk-mfa-form input { border-color: rgb(7, 8, 9); }
      clerk-mfa-sign-in[color-scheme='dark'] { --clerk-color-foreground: rgb(200, 210, 220); }
    `);
    const { element } = await renderSignIn();
    const check = () => {
      expectColor(getComputedStyle(element).backgroundColor, 'rgb(1, 2, 3)', 'element background');
      expect(getComputedStyle(element).borderTopLeftRadius).to.equal('0px');
      expectColor(
        getComputedStyle(submitButton(element)).backgroundColor,
        'rgb(4, 5, 6)',
        'button',
      );
      expectColor(
        getComputedStyle(input(element, 'identifier')).borderTopColor,
        'rgb(7, 8, 9)',
        'input border',
      );
    };
    check();
    element.setAttribute('color-scheme', 'dark');
    check();
    expectColor(getComputedStyle(element).color, 'rgb(200, 210, 220)', 'dark text from the page');
  });

  it('keeps every text readable (axe colour contrast) in both palettes, with an error shown', async () => {
    const { element } = await renderSignIn();
    await showFieldError(element);
    await expectReadableContrast(element, 'light');
    element.setAttribute('color-scheme', 'dark');
    await expectReadableContrast(element, 'forced dark');
  });

  it('reports unreadable colours a page picks (the contrast check can fail)', async () => {
    addPageStyles(`clerk-mfa-sign-in { --clerk-color-muted-foreground: rgb(235, 235, 235); }`);
    const { element } = await renderSignIn();
    let failure: unknown;
    try {
      await expectReadableContrast(element, 'light grey on white');
    } catch (error) {
      failure = error;
    }
    expect(String(failure)).to.contain('contrast violations');
  });
});
