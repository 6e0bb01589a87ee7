import { provide } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { signInContext, type SignInContext } from '../context.js';
import {
  ClerkMfaCodeSentEvent,
  ClerkMfaCompleteEvent,
  ClerkMfaErrorEvent,
  ClerkMfaReadyEvent,
  ClerkMfaStatusChangeEvent,
} from '../events.js';
import type { ClerkLike } from '../flow/clerk-adapter.js';
import { SignInFlow } from '../flow/sign-in-flow.js';
import type { FlowNotice, FlowState, Step } from '../flow/types.js';
import { canLoadClerk, ensureLoaded, loadClerk } from '../load-clerk.js';
import { createTranslator, type LocalizationResource, type Translate } from '../messages.js';
import { adoptStyles, signInStyles } from '../styles.js';
import { passiveSteps } from './step-element.js';

/** Steps that show a panel of this element instead of a step element's form. */
const panelSteps: ReadonlySet<Step> = new Set([
  'signed-in',
  'complete',
  'unsupported',
  'load-error',
]);

/**
 * Clerk email + password sign-in with a second factor. Provides one Clerk sign-in
 * flow to the step elements inside it and reports every change as a DOM event.
 *
 * With no step elements inside, it creates a `<clerk-credentials-step>` and a
 * `<clerk-code-step>`. The form is usable at once; a submit made before Clerk has
 * loaded waits for it. Clerk comes from the `clerk` property, else `window.Clerk`,
 * else clerk-js's browser build loaded by script tag from `clerk-js-url` or from
 * `{proxy-url | https://<frontend api>}/npm/@clerk/clerk-js@6/dist/clerk.browser.js`.
 * Configuration may arrive after the element is connected; it is read when Clerk is
 * first needed and ignored once Clerk is loading.
 *
 * @summary Clerk sign-in with an authenticator app, backup code or SMS code as second factor.
 *
 * @slot - The step elements (`<clerk-credentials-step>`, `<clerk-code-step>`) and any other content.
 * @slot header - Content above the steps, such as a logo.
 * @slot footer - Content below the steps, such as a sign-up link.
 * @slot signed-in - Replaces the default signed-in view (who is signed in and a sign-out button).
 *
 * @csspart panel - The signed-in, complete, unsupported and load-error views.
 * @csspart panel-heading - The heading of a view.
 * @csspart sign-out-button - The sign-out button of the signed-in view.
 * @csspart retry-button - The retry button shown when Clerk could not be loaded.
 * @csspart back-button - The back button shown when sign-in cannot continue here.
 * @csspart signed-in-error - An error met while signed in, such as a failed sign-out.
 *
 * @cssprop --clerk-mfa-color-primary - Accent color of buttons, links and focus rings.
 * @cssprop --clerk-mfa-color-on-primary - Text color on the accent color.
 * @cssprop --clerk-mfa-color-text - Text color.
 * @cssprop --clerk-mfa-color-muted - Color of secondary text.
 * @cssprop --clerk-mfa-color-danger - Color of errors and invalid inputs.
 * @cssprop --clerk-mfa-color-border - Border color of inputs and buttons.
 * @cssprop --clerk-mfa-color-background - Background color.
 * @cssprop --clerk-mfa-color-frame - Border color around the whole element.
 * @cssprop --clerk-mfa-radius - Corner radius of the frame, inputs and buttons.
 * @cssprop --clerk-mfa-spacing - Space between fields.
 * @cssprop --clerk-mfa-font - Font shorthand; inherits by default.
 * @cssprop --clerk-mfa-max-width - Maximum width of the element.
 *
 * @fires {ClerkMfaReadyEvent} clerk-mfa-ready - Clerk has loaded. Detail: `{}`.
 * @fires {ClerkMfaStatusChangeEvent} clerk-mfa-status-change - The step, sign-in status or strategy changed. Detail: `{ step, previousStep, status, previousStatus, strategy, factors }`.
 * @fires {ClerkMfaCodeSentEvent} clerk-mfa-code-sent - An SMS or email code was sent. Detail: `{ strategy, safeIdentifier, resendAvailableAt }`.
 * @fires {ClerkMfaErrorEvent} clerk-mfa-error - An error was shown, or Clerk failed to load. Detail: `{ code, message, field?, step, retryAt? }`.
 * @fires {ClerkMfaCompleteEvent} clerk-mfa-complete - The session is created and active; cancelable (cancel = no redirect). Detail: `{ sessionId, userId }`.
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

  /** A Clerk instance to use instead of `window.Clerk` or loading clerk-js; loaded if it is not yet. */
  @property({ attribute: false })
  clerk?: ClerkLike;

  /** Overrides of the English messages, shaped like `@clerk/localizations` resources. */
  @property({ attribute: false })
  localization?: LocalizationResource;

  /** The current sign-in state (read-only). */
  get state(): FlowState {
    return this.flow.state;
  }

  private translator: Translate = createTranslator();
  private readonly flow = new SignInFlow({ translate: this.translator });
  /** How this element obtains Clerk, once its configuration allows; kept for reconnecting. */
  private clerkLoader?: () => Promise<ClerkLike>;

  @provide({ context: signInContext })
  @state()
  private signInContext: SignInContext = this.createContextValue(this.flow.state);

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this.getRootNode());
    this.flow.subscribe((flowState) => {
      this.signInContext = this.createContextValue(flowState);
    });
    this.flow.onNotice((notice) => this.announce(notice));
    // Moved in the document: the flow resumes where it was, without loading Clerk again.
    if (this.clerkLoader) this.flow.attach(this.clerkLoader);
    // The flow may have moved on while this element was out of the document.
    this.signInContext = this.createContextValue(this.flow.state);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Stops the flow's timers and drops this element's listeners until it is back.
    this.flow.detach();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('localization')) {
      this.translator = createTranslator(this.localization);
      this.flow.setTranslate(this.translator);
      this.signInContext = this.createContextValue(this.flow.state);
    }
    if (changed.has('resendDelay')) this.flow.setResendDelay(this.resendDelay);
    if (!this.hasUpdated) this.createDefaultSteps();
    this.requestClerkWhenConfigured();
  }

  protected override updated(changed: PropertyValues): void {
    const { step, busy, error } = this.flow.state;
    this.setAttribute('step', step);
    this.toggleAttribute('busy', busy);
    this.toggleAttribute('invalid', error !== null);
    if (changed.has('signInContext')) {
      const previous =
        (changed.get('signInContext') as SignInContext | undefined)?.state.step ?? null;
      if (previous !== step && panelSteps.has(step) && !passiveSteps.has(previous)) {
        this.renderRoot.querySelector<HTMLElement>('[part~="panel-heading"]')?.focus();
      }
    }
  }

  protected override render(): TemplateResult {
    return html`
      <slot name="header"></slot>
      ${this.renderPanel()}
      <slot></slot>
      <slot name="footer"></slot>
    `;
  }

  private renderPanel(): TemplateResult | typeof nothing {
    const { state: flowState, translate } = this.signInContext;
    switch (flowState.step) {
      case 'signed-in':
      case 'complete':
        return html`${this.renderSignedInError()}<slot name="signed-in">
            <div class="panel" part="panel">
              <h2 part="panel-heading" tabindex="-1">
                ${
                  flowState.step === 'complete'
                    ? translate('clerkMfaElements.complete')
                    : translate('clerkMfaElements.signedInAs', {
                        name: flowState.user?.displayName ?? '',
                      })
                }
              </h2>
              ${
                flowState.step === 'complete' && flowState.user
                  ? html`<p>
                      ${translate('clerkMfaElements.signedInAs', { name: flowState.user.displayName })}
                    </p>`
                  : nothing
              }
              <button
                type="button"
                part="sign-out-button"
                aria-disabled=${flowState.busy ? 'true' : 'false'}
                @click=${this.signOutFromPanel}
              >
                ${translate('clerkMfaElements.signOut')}
              </button>
            </div>
          </slot>`;
      case 'unsupported':
        return html`<div class="panel" part="panel">
          <div role="alert">
            <h2 part="panel-heading" tabindex="-1" class="error">
              ${flowState.error?.message ?? translate('clerkMfaElements.errors.unknown_error')}
            </h2>
          </div>
          <button type="button" part="back-button" @click=${this.goBack}>
            ${translate('backButton')}
          </button>
        </div>`;
      case 'load-error':
        return html`<div class="panel" part="panel">
          <div role="alert">
            <h2 part="panel-heading" tabindex="-1" class="error">
              ${flowState.error?.message ?? translate('clerkMfaElements.errors.clerk_load_failed')}
            </h2>
          </div>
          <button
            type="button"
            part="retry-button"
            aria-disabled=${flowState.busy ? 'true' : 'false'}
            @click=${this.retryLoad}
          >
            ${translate('clerkMfaElements.retry')}
          </button>
        </div>`;
      default:
        return nothing;
    }
  }

  /**
   * An error met while signed in (a failed sign-out, `session_exists`), outside the
   * `signed-in` slot so that a custom signed-in view shows it as well.
   */
  private renderSignedInError(): TemplateResult {
    const error = this.signInContext.state.error;
    return html`<p class="error" part="signed-in-error" role="alert">${error?.message ?? ''}</p>`;
  }

  /**
   * Signs the user out and shows the form again, staying on the page; for a custom
   * `signed-in` view's own sign-out button. Never rejects: a failure is shown.
   */
  signOut(): Promise<void> {
    return this.flow.signOut();
  }

  private readonly signOutFromPanel = (): void => {
    void this.flow.signOut();
  };

  private readonly goBack = (): void => {
    this.flow.back();
  };

  private readonly retryLoad = (): void => {
    void this.flow.retryLoad();
  };

  private createContextValue(flowState: FlowState): SignInContext {
    return { flow: this.flow, state: flowState, translate: this.translator };
  }

  /** Authors may place their own steps; without any, the default pair is created. */
  private createDefaultSteps(): void {
    if (this.querySelector('clerk-credentials-step, clerk-code-step')) return;
    this.append(
      document.createElement('clerk-credentials-step'),
      document.createElement('clerk-code-step'),
    );
  }

  /** Starts obtaining Clerk as soon as there is enough configuration to do so. */
  private requestClerkWhenConfigured(): void {
    if (this.clerkLoader) return;
    const clerk = this.clerk;
    if (clerk) {
      this.clerkLoader = () => ensureLoaded(clerk).then(() => clerk);
    } else if (canLoadClerk(this.clerkLoadOptions())) {
      this.clerkLoader = () => loadClerk(this.clerkLoadOptions());
    } else {
      return;
    }
    this.flow.attach(this.clerkLoader);
  }

  private clerkLoadOptions() {
    return {
      publishableKey: this.publishableKey,
      proxyUrl: this.proxyUrl,
      clerkJsUrl: this.clerkJsUrl,
    };
  }

  /** Turns a notice of the flow into the matching DOM event. */
  private announce(notice: FlowNotice): void {
    switch (notice.type) {
      case 'ready':
        this.dispatchEvent(new ClerkMfaReadyEvent());
        return;
      case 'status-change':
        this.dispatchEvent(new ClerkMfaStatusChangeEvent(notice.detail));
        return;
      case 'code-sent':
        this.dispatchEvent(new ClerkMfaCodeSentEvent(notice.detail));
        return;
      case 'error':
        this.dispatchEvent(new ClerkMfaErrorEvent(notice.detail));
        return;
      case 'complete': {
        const event = new ClerkMfaCompleteEvent(notice.detail);
        this.dispatchEvent(event);
        const target = event.defaultPrevented ? undefined : safeRedirectTarget(this.redirectUrl);
        if (target) window.location.assign(target);
        return;
      }
    }
  }
}

/** The absolute URL for `redirect-url` when it is http(s) or relative; never `javascript:` and the like. */
export function safeRedirectTarget(redirectUrl: string | undefined): string | undefined {
  if (!redirectUrl) return undefined;
  try {
    const url = new URL(redirectUrl, document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
