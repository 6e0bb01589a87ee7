import { provide } from '@lit/context';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { signInContext, type SignInContext } from '../context.js';
import {
  ClerkMfaCodeSentEvent,
  ClerkMfaCompleteEvent,
  ClerkMfaErrorEvent,
  ClerkMfaReadyEvent,
  ClerkMfaStatusChangeEvent,
} from '../events.js';
import { applicationNameOf, type ClerkLike } from '../flow/clerk-adapter/index.js';
import { DeferredSignInFlow } from '../flow/deferred-sign-in-flow.js';
import type { FlowNotice, FlowState, Step } from '../flow/types.js';
import { DefaultStepsController } from '../controllers/default-steps-controller.js';
import { LanguageController } from '../controllers/language-controller.js';
import { SetupTaskController } from '../controllers/setup-task-controller.js';
import { SignInFlowController } from '../controllers/sign-in-flow-controller.js';
import { canLoadClerk, ensureLoaded, loadClerk } from '../load-clerk.js';
import { safeUrl } from '../safe-url.js';
import {
  createTranslator,
  loadedSignInMessages,
  localeForLanguage,
  type LocaleResource,
  type LocalizationResource,
  type Translate,
} from '../messages.js';
import { adoptStyles, signInStyles } from '../styles.js';
import { panelView, setupTaskFooter, type PanelActions } from './panel-views.js';
import { passiveSteps } from './step-element.js';

/** Steps that show a panel of this element instead of a step element's form. */
const panelSteps: ReadonlySet<Step> = new Set([
  'signed-in',
  'complete',
  'unsupported',
  'load-error',
  'session-task',
]);

/**
 * Clerk email + password sign-in with a second factor. Provides one Clerk sign-in
 * flow to the step elements inside it and reports every change as a DOM event.
 *
 * With no step elements inside, it creates a `<clerk-credentials-step>`, a
 * `<clerk-code-step>` and a `<clerk-new-password-step>` (and, in a layout of the
 * author's own, whichever of them it leaves out). The form is usable at once; a submit made before Clerk has
 * loaded waits for it. Clerk comes from the `clerk` property, else `window.Clerk`,
 * else clerk-js's browser build loaded by script tag from `clerk-js-url` or from
 * `{proxy-url | https://<frontend api>}/npm/@clerk/clerk-js@6/dist/clerk.browser.js`.
 * Configuration may arrive after the element is connected; Clerk is requested as soon
 * as it allows. A Clerk instance given later replaces the one in use; a key or URL
 * changed once clerk-js is loading cannot be applied (clerk-js is one per page) and
 * is reported with a console warning, except after a failed load, whose retry uses it.
 *
 * @summary Clerk sign-in with an authenticator app, backup code or SMS code as second factor.
 *
 * @slot - The step elements (`<clerk-credentials-step>`, `<clerk-code-step>`, `<clerk-new-password-step>`) and any other content.
 * @slot header - Content above the steps, such as a logo.
 * @slot footer - Content below the steps, such as a sign-up link.
 * @slot signed-in - Replaces the default signed-in view (who is signed in and a sign-out button).
 *
 * @csspart panel - The signed-in, complete, unsupported, session-task and load-error views.
 * @csspart panel-heading - The heading of a view.
 * @csspart sign-out-button - The sign-out button of the signed-in and session-task views.
 * @csspart retry-button - The retry button shown when Clerk could not be loaded.
 * @csspart back-button - The back button shown when sign-in cannot continue here.
 * @csspart signed-in-error - An error met while signed in, such as a failed sign-out.
 * @csspart task-footer - Below the second-factor setup of a `setup-mfa` task: who is signing in, and the sign-out button.
 *
 * @attr nonce - The page's Content Security Policy nonce, given to the clerk-js script tag this element adds (and to clerk-js for the scripts it adds), for a policy such as `script-src 'nonce-…'`.
 * @attr {'light' | 'dark'} color-scheme - Forces the light or the dark default colors; without it they follow the user's `prefers-color-scheme`.
 *
 * @cssprop [--clerk-color-primary=#2f3bd6; dark #9ea6ff] - Clerk's `colorPrimary`: submit button and links.
 * @cssprop [--clerk-color-primary-foreground=#ffffff; dark #10132e] - Clerk's `colorPrimaryForeground` (formerly `colorTextOnPrimaryBackground`): text on the primary color.
 * @cssprop [--clerk-color-danger=#b3261e; dark #ff9b91] - Clerk's `colorDanger`: errors and invalid inputs.
 * @cssprop [--clerk-color-success=#1d7a3c; dark #72d68f] - Clerk's `colorSuccess`: the heading of a completed sign-in.
 * @cssprop [--clerk-color-warning=#8f5b00; dark #f3c35a] - Clerk's `colorWarning`: the heading of a sign-in this form cannot finish.
 * @cssprop [--clerk-color-neutral=#15171c; dark #f4f5f7] - Clerk's `colorNeutral`: borders are mixed from it and the background.
 * @cssprop [--clerk-color-foreground=#1b1d22; dark #eceef3] - Clerk's `colorForeground` (formerly `colorText`): text.
 * @cssprop [--clerk-color-muted-foreground=#575d6b; dark #abb1be] - Clerk's `colorMutedForeground` (formerly `colorTextSecondary`): secondary text.
 * @cssprop [--clerk-color-background=#ffffff; dark #1b1c21] - Clerk's `colorBackground`: background of the element.
 * @cssprop --clerk-color-input - Clerk's `colorInput` (formerly `colorInputBackground`): background of inputs; the background color by default.
 * @cssprop --clerk-color-input-foreground - Clerk's `colorInputForeground` (formerly `colorInputText`): text of inputs; the text color by default.
 * @cssprop --clerk-color-border - Clerk's `colorBorder`: borders of inputs and buttons; by default the neutral color mixed half and half with the background.
 * @cssprop --clerk-color-ring - Clerk's `colorRing`: focus rings; the primary color by default.
 * @cssprop [--clerk-font-family=inherit] - Clerk's `fontFamily`.
 * @cssprop [--clerk-font-size=inherit] - Clerk's `fontSize`.
 * @cssprop [--clerk-border-radius=0.5rem] - Clerk's `borderRadius`: corners of the element, inputs and buttons.
 * @cssprop [--clerk-spacing=1rem] - Clerk's `spacing` (formerly `spacingUnit`): space between fields; paddings are fractions of it.
 * @cssprop --clerk-mfa-color-frame - Border color around the whole element; by default 18% of the neutral color in the background.
 * @cssprop [--clerk-mfa-max-width=24rem] - Maximum width of the element.
 * @cssprop [--clerk-mfa-font=inherit] - Font shorthand for the whole element; `--clerk-font-family` and `--clerk-font-size` win over it.
 * @cssprop --clerk-mfa-color-primary - Earlier name of `--clerk-color-primary`; still read, and wins over it.
 * @cssprop --clerk-mfa-color-on-primary - Earlier name of `--clerk-color-primary-foreground`; still read, and wins over it.
 * @cssprop --clerk-mfa-color-text - Earlier name of `--clerk-color-foreground`; still read, and wins over it.
 * @cssprop --clerk-mfa-color-muted - Earlier name of `--clerk-color-muted-foreground`; still read, and wins over it.
 * @cssprop --clerk-mfa-color-danger - Earlier name of `--clerk-color-danger`; still read, and wins over it.
 * @cssprop --clerk-mfa-color-border - Earlier name of `--clerk-color-border`; still read, and wins over it.
 * @cssprop --clerk-mfa-color-background - Earlier name of `--clerk-color-background`; still read, and wins over it.
 * @cssprop --clerk-mfa-radius - Earlier name of `--clerk-border-radius`; still read, and wins over it.
 * @cssprop --clerk-mfa-spacing - Earlier name of `--clerk-spacing`; still read, and wins over it.
 *
 * @fires {ReadyDetail} clerk-mfa-ready - Clerk has loaded. Detail: `{}`.
 * @fires {StatusChangeDetail} clerk-mfa-status-change - The step, sign-in status or strategy changed. Detail: `{ step, previousStep, status, previousStatus, strategy, factors }`.
 * @fires {CodeSentDetail} clerk-mfa-code-sent - An SMS or email code was sent. Detail: `{ strategy, safeIdentifier, resendAvailableAt }`.
 * @fires {ErrorDetail} clerk-mfa-error - An error was shown, or Clerk failed to load. Detail: `{ code, message, field?, step, retryAt? }`.
 * @fires {CompleteDetail} clerk-mfa-complete - The session is created and active; cancelable (cancel = no redirect). Detail: `{ sessionId, userId }`.
 */
export class ClerkMfaSignIn extends LitElement {
  static override styles = signInStyles;

  /** Clerk publishable key (`pk_test_…` or `pk_live_…`). */
  @property({ attribute: 'publishable-key' })
  publishableKey?: string;

  /** URL of a proxy for Clerk's Frontend API, absolute or relative (e.g. `/__clerk`). */
  @property({ attribute: 'proxy-url' })
  proxyUrl?: string;

  /** URL of clerk-js's `clerk.browser.js`, when it is not to be loaded from the Frontend API or proxy. */
  @property({ attribute: 'clerk-js-url' })
  clerkJsUrl?: string;

  /** Where to go after a successful sign-in (http, https or relative), unless `clerk-mfa-complete` is canceled. */
  @property({ attribute: 'redirect-url' })
  redirectUrl?: string;

  /** Seconds before an SMS or email code can be sent again. */
  @property({ attribute: 'resend-delay', type: Number })
  resendDelay = 30;

  /** A Clerk instance to use instead of `window.Clerk` or loading clerk-js; loaded if it is not yet; may be replaced. */
  @property({ attribute: false })
  clerk?: ClerkLike;

  /**
   * Overrides of the messages, shaped like `@clerk/localizations` resources; they win over
   * the locale chosen from `locales` and over English.
   */
  @property({ attribute: false })
  localization?: LocalizationResource;

  /**
   * Locale modules (`clerk-mfa-elements/locales/fr-FR`, …) to choose from by the nearest
   * `lang` attribute (on the element or an ancestor): the one with that tag, else one of
   * the same language, else English.
   */
  @property({ attribute: false })
  locales?: readonly LocaleResource[];

  /** The current sign-in state (read-only). */
  get state(): FlowState {
    return this.flow.state;
  }

  /** The nearest `lang`, followed as it changes. */
  @state()
  private language = '';

  /** The application's name in the Clerk instance's display configuration, once Clerk has loaded. */
  @state()
  private applicationName: string | undefined;

  private translator: Translate = createTranslator(loadedSignInMessages);
  private readonly flow = new DeferredSignInFlow({ translate: this.translator });
  private readonly connection = new SignInFlowController(this, this.flow, {
    state: (flowState) => {
      this.signInContext = this.createContextValue(flowState);
    },
    notice: (notice) => this.announce(notice),
  });
  /** The Clerk instance in use, once loaded. */
  private loadedClerk: ClerkLike | undefined;
  /** Whether the panel heading takes focus after the next render: the user arrived at a panel. */
  private focusPanelHeading = false;

  @provide({ context: signInContext })
  @state()
  private signInContext: SignInContext = this.createContextValue(this.flow.state);

  constructor() {
    super();
    // Authors may place their own steps; without any, the default pair is created.
    new DefaultStepsController(this);
    new LanguageController(this, (language) => (this.language = language));
    new SetupTaskController(this, {
      step: () => this.flow.state.step,
      clerk: () => this.loadedClerk,
      localization: () => this.localization,
      locales: () => this.locales,
      complete: () => void this.flow.completeSessionTask(),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this.getRootNode());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The language and the application's name are private: their keys are not in `this`'s type.
    const changedKeys = changed as Map<PropertyKey, unknown>;
    if (
      ['localization', 'locales', 'language', 'applicationName'].some((key) => changedKeys.has(key))
    ) {
      this.translator = createTranslator(loadedSignInMessages, {
        locale: localeForLanguage(this.locales, this.language),
        localization: this.localization,
        applicationName: this.applicationName,
      });
      this.flow.setTranslate(this.translator);
      this.signInContext = this.createContextValue(this.flow.state);
    }
    if (changed.has('resendDelay')) this.flow.setResendDelay(this.resendDelay);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const { step, busy, error } = this.flow.state;
    this.setAttribute('step', step);
    this.toggleAttribute('busy', busy);
    this.toggleAttribute('invalid', error !== null);
    if (this.focusPanelHeading) {
      this.focusPanelHeading = false;
      this.renderRoot.querySelector<HTMLElement>('[part~="panel-heading"]')?.focus();
    }
    this.useConfiguredClerk(changed);
  }

  protected override render(): TemplateResult {
    return html`
      <slot name="header"></slot>
      ${panelView(this.signInContext.state, this.signInContext.translate, this.panelActions)}
      <slot></slot>
      ${setupTaskFooter(this.signInContext.state, this.signInContext.translate, this.panelActions)}
      <slot name="footer"></slot>
    `;
  }

  /**
   * Signs the user out and shows the form again, staying on the page; for a custom
   * `signed-in` view's own sign-out button. Never rejects: a failure is shown.
   */
  signOut(): Promise<void> {
    return this.flow.signOut();
  }

  private readonly panelActions: PanelActions = {
    signOut: () => void this.flow.signOut(),
    back: () => this.flow.back(),
    retryLoad: () => void this.flow.retryLoad(),
  };

  private createContextValue(flowState: FlowState): SignInContext {
    return { flow: this.flow, state: flowState, translate: this.translator };
  }

  /**
   * Starts obtaining Clerk as soon as there is enough configuration to do so. A Clerk
   * instance given later replaces the one in use; a changed key or URL cannot be applied
   * once clerk-js is loading (it is one instance per page), and says so.
   */
  private useConfiguredClerk(changed: PropertyValues<this>): void {
    const clerk = this.clerk;
    if (this.connection.attached) {
      if (changed.has('clerk') && clerk) {
        this.attachClerk(() => ensureLoaded(clerk).then(() => clerk));
        return;
      }
      const ignored = (['publishableKey', 'proxyUrl', 'clerkJsUrl'] as const).filter((name) =>
        changed.has(name),
      );
      // After a failed load, the retry reads the configuration again.
      if (ignored.length > 0 && !clerk && this.flow.state.step !== 'load-error') {
        console.warn(
          `<clerk-mfa-sign-in>: ${ignored.join(', ')} changed after Clerk started loading; ` +
            'the change is not applied (clerk-js is loaded once per page). Set it before the ' +
            'element is connected, or give the element a Clerk instance with its `clerk` property.',
        );
      }
      return;
    }
    if (clerk) {
      this.attachClerk(() => ensureLoaded(clerk).then(() => clerk));
    } else if (canLoadClerk(this.clerkLoadOptions())) {
      this.attachClerk(() => loadClerk(this.clerkLoadOptions()));
    }
  }

  /** Obtains Clerk with `load`, and reads the application's name from it once loaded. */
  private attachClerk(load: () => Promise<ClerkLike>): void {
    this.connection.attach(async () => {
      const clerk = await load();
      this.loadedClerk = clerk;
      this.applicationName = applicationNameOf(clerk);
      return clerk;
    });
  }

  private clerkLoadOptions() {
    return {
      publishableKey: this.publishableKey,
      proxyUrl: this.proxyUrl,
      clerkJsUrl: this.clerkJsUrl,
      // The `nonce` attribute: browsers empty it once the element is in a page whose CSP
      // came in a header, and keep its value in this property.
      nonce: this.nonce || undefined,
    };
  }

  /** Turns a notice of the flow into the matching DOM event, and follows it where it leads. */
  private announce(notice: FlowNotice): void {
    switch (notice.type) {
      case 'ready':
        this.dispatchEvent(new ClerkMfaReadyEvent());
        return;
      case 'status-change': {
        const { step, previousStep } = notice.detail;
        this.focusPanelHeading = panelSteps.has(step) && !passiveSteps.has(previousStep);
        this.dispatchEvent(new ClerkMfaStatusChangeEvent(notice.detail));
        return;
      }
      case 'code-sent':
        this.dispatchEvent(new ClerkMfaCodeSentEvent(notice.detail));
        return;
      case 'error':
        this.dispatchEvent(new ClerkMfaErrorEvent(notice.detail));
        return;
      case 'complete': {
        const event = new ClerkMfaCompleteEvent(notice.detail);
        this.dispatchEvent(event);
        if (!event.defaultPrevented) this.redirectAfterCompletion();
        return;
      }
    }
  }

  /** Goes to `redirect-url`, when it is one this element follows. */
  private redirectAfterCompletion(): void {
    const target = safeUrl(this.redirectUrl);
    if (target) window.location.assign(target);
  }
}
