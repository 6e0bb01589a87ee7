import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CodeInputController } from '../controllers/code-input-controller.js';
import { LanguageController } from '../controllers/language-controller.js';
import { applicationNameOf, type ClerkLike } from '../flow/clerk-adapter/index.js';
import type { MfaSetupNotice } from '../flow/mfa-setup-events.js';
import { MfaSetupFlow } from '../flow/mfa-setup-flow.js';
import {
  initialSetupState,
  type MfaSetupSnapshot,
  type MfaSetupStep,
  type SetupMessageKey,
} from '../flow/mfa-setup-states.js';
import { englishMessages } from '../english.js';
import { canLoadClerk, ensureLoaded, loadClerk } from '../load-clerk.js';
import {
  createTranslator,
  localeForLanguage,
  type LocaleResource,
  type LocalizationResource,
  type Translate,
} from '../messages.js';
import { mfaSetupMessages } from '../mfa-setup-messages.js';
import {
  ClerkMfaBackupCodesCreatedEvent,
  ClerkMfaFactorAddedEvent,
  ClerkMfaFactorRemovedEvent,
  ClerkMfaSetupCompleteEvent,
} from '../setup-events.js';
import { adoptStyles } from '../styles.js';
import { downloadTextFile } from './download-text-file.js';
import { createIdFactory } from './ids.js';
import { setupStyles } from './mfa-setup-styles.js';
import { setupView, type SetupActions } from './mfa-setup-views.js';
import type { qrCodeSvg } from './qr-code.js';

/** The sign-in's messages and the setup's own, in one table. */
const setupEnglish = { ...englishMessages, ...mfaSetupMessages };

/**
 * Sets up and manages second factors for the signed-in user: an authenticator app (QR
 * code drawn in the browser, key for manual entry, first code), SMS codes to a phone
 * number (reserved for second factor, made the default), backup codes (shown once, with
 * copy and download), removing and regenerating after a confirmation, and the
 * reverification Clerk may ask for first (password or second factor, inline).
 *
 * With `required`, it is the sign-in's setup-mfa task: it offers the second factors the
 * instance allows, sets up the one chosen, shows the backup codes, then fires
 * `clerk-mfa-setup-complete`. `<clerk-mfa-sign-in>` shows it itself at that step.
 *
 * Clerk comes from the `clerk` property, else `window.Clerk`, else clerk-js loaded once
 * per page from `clerk-js-url`, `proxy-url` or the publishable key's Frontend API, as for
 * `<clerk-mfa-sign-in>`. Its forms render in light DOM, so password managers and
 * one-time-code autofill see the inputs; it is themed by the same custom properties.
 *
 * Styling hooks (light DOM): `.clerk-mfa-panel`, `.clerk-mfa-form`, `.clerk-mfa-factors`,
 * `.clerk-mfa-qr`, `.clerk-mfa-secret`, `.clerk-mfa-backup-codes`, `.clerk-mfa-error`.
 *
 * @summary Set up and manage second factors: authenticator app, SMS codes, backup codes.
 *
 * @attr {'light' | 'dark'} color-scheme - Forces the light or the dark default colors; without it they follow the user's `prefers-color-scheme`.
 *
 * @fires {FactorDetail} clerk-mfa-factor-added - A second factor was added. Detail: `{ strategy }`.
 * @fires {FactorDetail} clerk-mfa-factor-removed - A second factor was removed. Detail: `{ strategy }`.
 * @fires {BackupCodesCreatedDetail} clerk-mfa-backup-codes-created - Backup codes were made and shown. Detail: `{ count }`.
 * @fires {SetupCompleteDetail} clerk-mfa-setup-complete - The required setup is done. Detail: `{}`.
 */
export class ClerkMfaSetup extends LitElement {
  /** The setup-mfa task of a sign-in: set up one second factor, then `clerk-mfa-setup-complete`. */
  @property({ type: Boolean, reflect: true })
  required = false;

  /** Clerk publishable key (`pk_test_…` or `pk_live_…`). */
  @property({ attribute: 'publishable-key' })
  publishableKey?: string;

  /** URL of a proxy for Clerk's Frontend API, absolute or relative (e.g. `/__clerk`). */
  @property({ attribute: 'proxy-url' })
  proxyUrl?: string;

  /** URL of clerk-js's `clerk.browser.js`, when it is not to be loaded from the Frontend API or proxy. */
  @property({ attribute: 'clerk-js-url' })
  clerkJsUrl?: string;

  /** A Clerk instance to use instead of `window.Clerk` or loading clerk-js. */
  @property({ attribute: false })
  clerk?: ClerkLike;

  /** Overrides of the messages, shaped like `@clerk/localizations` resources. */
  @property({ attribute: false })
  localization?: LocalizationResource;

  /** Locale modules (`clerk-mfa-elements/locales/fr-FR`, …) to choose from by the nearest `lang`. */
  @property({ attribute: false })
  locales?: readonly LocaleResource[];

  /** The current step (read-only): `overview`, `choose`, `totp`, `phone-code`, `reverify`, `complete`, … */
  get step(): MfaSetupStep {
    return this.snapshot.step;
  }

  @state() private language = '';
  @state() private applicationName: string | undefined;
  @state() private snapshot: MfaSetupSnapshot = { ...initialSetupState('manage'), error: null };
  @state() private qrCode: typeof qrCodeSvg | null = null;
  @state() private copied: 'secret' | 'codes' | null = null;

  private translator: Translate<SetupMessageKey> = createTranslator(setupEnglish);
  private flowOfMode: MfaSetupFlow | undefined;
  private attached = false;
  private stopListening: Array<() => void> = [];
  private focusHeading = false;
  private readonly elementId = createIdFactory();
  private readonly codeInput = new CodeInputController(
    this,
    (code) => void this.flow.submitCode(code),
    () => !this.snapshot.busy,
  );

  constructor() {
    super();
    new LanguageController(this, (language) => (this.language = language));
  }

  /** The flow, made on first use in the mode the element has then. */
  private get flow(): MfaSetupFlow {
    this.flowOfMode ??= new MfaSetupFlow({
      translate: this.translator,
      mode: this.required ? 'required' : 'manage',
    });
    return this.flowOfMode;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this.getRootNode());
    adoptStyles(this.getRootNode(), setupStyles);
    const flow = this.flow;
    this.stopListening = [
      flow.subscribe((snapshot) => (this.snapshot = snapshot)),
      flow.onNotice((notice) => this.announce(notice)),
    ];
    this.snapshot = flow.state;
    this.attached = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const stop of this.stopListening) stop();
    this.stopListening = [];
    this.flow.detach();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const changedKeys = changed as Map<PropertyKey, unknown>;
    if (
      ['localization', 'locales', 'language', 'applicationName'].some((key) => changedKeys.has(key))
    ) {
      this.translator = createTranslator(setupEnglish, {
        locale: localeForLanguage(this.locales, this.language),
        localization: this.localization,
        applicationName: this.applicationName,
      });
      this.flow.setTranslate(this.translator);
    }
    // The QR code's module is fetched only when an enrolment is shown.
    if (this.snapshot.step === 'totp' && !this.qrCode) {
      void import('./qr-code.js').then((module) => (this.qrCode = module.qrCodeSvg));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.setAttribute('step', this.snapshot.step);
    if (this.focusHeading) {
      this.focusHeading = false;
      const target =
        this.querySelector<HTMLElement>('form input') ?? this.querySelector<HTMLElement>('h2');
      target?.focus();
    }
    this.useConfiguredClerk(changed);
  }

  protected override render(): TemplateResult {
    return html`${setupView(this.snapshot, {
      translate: this.translator,
      id: this.elementId,
      codeInput: this.codeInput,
      qrCode: this.qrCode,
      copied: this.copied,
      actions: this.actions,
    })}`;
  }

  private readonly actions: SetupActions = {
    addFactor: (strategy) => void this.flow.addFactor(strategy),
    submitCode: (event) => {
      const code = this.formValue(event, 'code');
      this.codeInput.submittedWithForm(code);
      void this.flow.submitCode(code);
    },
    submitPhoneNumber: (event) =>
      void this.flow.submitPhoneNumber(this.formValue(event, 'phoneNumber')),
    submitReverification: (event) => {
      const field =
        this.snapshot.step === 'reverify' && this.snapshot.strategy !== 'password'
          ? 'code'
          : 'secret';
      const secret = this.formValue(event, field);
      if (field === 'code') this.codeInput.submittedWithForm(secret);
      void this.flow.submitReverification(secret);
    },
    chooseReverification: (strategy) => void this.flow.chooseReverificationStrategy(strategy),
    resendCode: () => void this.flow.resendCode(),
    requestConfirmation: (confirmed) => void this.flow.requestConfirmation(confirmed),
    confirm: () => void this.flow.confirm(),
    makeDefault: (phoneId) => void this.flow.makeDefault(phoneId),
    back: () => void this.flow.back(),
    done: () => void this.flow.done(),
    retryLoad: () => void this.flow.retryLoad(),
    copy: (what) => void this.copy(what),
    downloadCodes: () => this.downloadCodes(),
  };

  private formValue(event: SubmitEvent, name: string): string {
    event.preventDefault();
    const value = new FormData(event.currentTarget as HTMLFormElement).get(name);
    return typeof value === 'string' ? value : '';
  }

  /** What the copy and download buttons hand over: the key, or the backup codes one a line. */
  private shownSecret(what: 'secret' | 'codes'): string {
    const shown = this.snapshot;
    if (what === 'secret') return shown.step === 'totp' ? shown.enrolment.secret : '';
    return shown.step === 'enrolled' || shown.step === 'backup-codes' ? shown.codes.join('\n') : '';
  }

  private async copy(what: 'secret' | 'codes'): Promise<void> {
    const text = this.shownSecret(what);
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      this.copied = what;
    } catch {
      // The browser refused the clipboard: the text stays on screen to be selected.
      this.copied = null;
    }
  }

  /** Saves the backup codes as a text file. */
  private downloadCodes(): void {
    const codes = this.shownSecret('codes');
    const heading = this.translator('clerkMfaElements.setup.backupCodesFile');
    if (codes) downloadTextFile('backup-codes.txt', `${heading}\n\n${codes}\n`);
  }

  /** Turns a notice of the flow into the matching DOM event. */
  private announce(notice: MfaSetupNotice): void {
    switch (notice.type) {
      case 'status-change':
        this.copied = null;
        this.codeInput.reset();
        this.focusHeading = notice.previousStep !== 'loading' || this.autofocus;
        return;
      case 'factor-added':
        this.dispatchEvent(new ClerkMfaFactorAddedEvent({ strategy: notice.strategy }));
        return;
      case 'factor-removed':
        this.dispatchEvent(new ClerkMfaFactorRemovedEvent({ strategy: notice.strategy }));
        return;
      case 'backup-codes-created':
        this.dispatchEvent(new ClerkMfaBackupCodesCreatedEvent({ count: notice.count }));
        return;
      case 'setup-complete':
        this.dispatchEvent(new ClerkMfaSetupCompleteEvent());
    }
  }

  /** Starts obtaining Clerk once there is enough configuration; a Clerk given later replaces it. */
  private useConfiguredClerk(changed: PropertyValues<this>): void {
    const clerk = this.clerk;
    if (this.attached && !(changed.has('clerk') && clerk)) return;
    if (clerk) this.attach(() => ensureLoaded(clerk).then(() => clerk));
    else if (canLoadClerk(this)) this.attach(() => loadClerk(this));
  }

  private attach(load: () => Promise<ClerkLike>): void {
    this.attached = true;
    this.flow.attach(async () => {
      const clerk = await load();
      this.applicationName = applicationNameOf(clerk);
      return clerk;
    });
  }
}
