import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { credentialsSteps } from '../flow/states.js';
import type { ErrorField, FlowNotice } from '../flow/types.js';
import { safeUrl } from '../safe-url.js';
import { moveTypedFields, PageForm } from './page-form.js';
import { StepElement } from './step-element.js';

/**
 * The email and password form of `<clerk-mfa-sign-in>`. Place it inside a
 * `<clerk-mfa-sign-in>`; it shows itself while the user enters credentials (also
 * while Clerk is still loading, and after it failed to load) and hides otherwise. Its form renders in light DOM
 * with `autocomplete="username"` and `current-password`, so password managers fill it.
 * "Forgot password?" below the password resets it inside the sign-in (or links to
 * `forgot-password-url`).
 *
 * A form written inside it in the page's HTML (with `method="dialog"`) shows before any
 * script has loaded; when the step renders its own form, it takes that form's place with
 * what was typed into it and the focus (see the README's "First screen in the page's HTML").
 *
 * Styling hooks (light DOM): `.clerk-mfa-form`, `.clerk-mfa-field`, `.clerk-mfa-field-error`,
 * `.clerk-mfa-form-error`, `input[aria-invalid="true"]`, `form[aria-busy="true"]`.
 *
 * @summary Email and password step of the Clerk MFA sign-in.
 */
export class ClerkCredentialsStep extends StepElement {
  /**
   * The page where users reset their password (http, https or relative): "Forgot
   * password?" links there. Without it, "Forgot password?" resets the password here,
   * by a code sent to the email address typed.
   */
  @property({ attribute: 'forgot-password-url' })
  forgotPasswordUrl?: string;

  /** The email address as typed since the last render of the flow's, for its lockout. */
  @state()
  private typedIdentifier: string | null = null;

  protected override readonly activeSteps = credentialsSteps;
  protected override readonly fields = ['identifier', 'password'] as const;

  /** The form the page wrote inside this step, until this step's own form replaces it. */
  private pageForm: PageForm | undefined;

  override connectedCallback(): void {
    if (!this.hasUpdated) this.pageForm ??= PageForm.in(this, () => this.requestUpdate());
    super.connectedCallback();
  }

  /** Before the sign-in answers, the page's form shows (a step without one stays hidden). */
  protected override get shown(): boolean {
    return this.active || (this.signIn === undefined && this.pageForm !== undefined);
  }

  /**
   * The render that first shows this step's form puts it in the place of the page's
   * form, once that form is on screen (until then this step renders nothing).
   */
  protected override update(changed: PropertyValues<this>): void {
    const taken = this.active && this.pageForm?.displayed ? this.pageForm.takeOut() : undefined;
    if (taken) this.pageForm = undefined;
    super.update(changed);
    if (taken) moveTypedFields(this, taken);
  }

  /** Until when the account typed is locked (or everyone rate-limited), or null. */
  private lockedUntil(): number | null {
    const identifier = this.typedIdentifier ?? this.signIn?.state.identifier ?? '';
    return this.signIn?.flow.lockedUntilFor(identifier) ?? null;
  }

  protected override countdownDeadlines(): ReadonlyArray<number | null | undefined> {
    return [this.lockedUntil()];
  }

  protected override hear(notice: FlowNotice): void {
    super.hear(notice);
    // Another step: the form is made anew, with the flow's identifier in it.
    if (notice.type === 'status-change') this.typedIdentifier = null;
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.signIn || !this.active || this.pageForm) return nothing;
    const { state: flowState, translate } = this.signIn;
    // The link keeps the URL as written, when it is one to follow.
    const forgotPasswordUrl = safeUrl(this.forgotPasswordUrl) ? this.forgotPasswordUrl : undefined;
    return html`
      <form
        class="clerk-mfa-form"
        novalidate
        aria-labelledby=${this.elementId('title')}
        aria-busy=${flowState.busy ? 'true' : 'false'}
        @submit=${this.submitCredentials}
      >
        <h2 id=${this.elementId('title')}>${translate('signIn.start.title')}</h2>
        <p class="clerk-mfa-subtitle">${translate('signIn.start.subtitle')}</p>
        <div class="clerk-mfa-field">
          <label for=${this.elementId('identifier')}
            >${translate('formFieldLabel__emailAddress')}</label
          >
          <input
            id=${this.elementId('identifier')}
            name="identifier"
            data-field="identifier"
            type="email"
            autocomplete="username"
            autocapitalize="none"
            spellcheck="false"
            required
            value=${flowState.identifier}
            @input=${this.identifierTyped}
            aria-invalid=${this.invalid('identifier')}
            aria-describedby=${ifDefined(this.fieldErrorId('identifier'))}
          />
          ${this.renderFieldError('identifier')}
        </div>
        <div class="clerk-mfa-field">
          <label for=${this.elementId('password')}>${translate('formFieldLabel__password')}</label>
          ${this.renderPasswordRow({ name: 'password', autocomplete: 'current-password' })}
          ${this.renderFieldError('password')}
          <p class="clerk-mfa-field-action">
            ${
              forgotPasswordUrl
                ? html`<a href=${forgotPasswordUrl}
                    >${translate('formFieldAction__forgotPassword')}</a
                  >`
                : html`<button
                    type="button"
                    class="clerk-mfa-link-button"
                    @click=${this.forgotPassword}
                  >
                    ${translate('formFieldAction__forgotPassword')}
                  </button>`
            }
          </p>
        </div>
        ${
          // After a failed load the sign-in's own view says so; saying it here too would announce it twice.
          flowState.step === 'load-error' ? nothing : this.renderFormError()
        }
        ${this.renderSubmitButton(translate('formButtonPrimary'), this.lockedUntil())}
      </form>
    `;
  }

  protected override focusOnArrival(): void {
    // Coming back from the code step, the email is kept: the password is what is missing.
    const field = this.signIn?.state.identifier ? 'password' : 'identifier';
    this.querySelector<HTMLInputElement>(`input[data-field="${field}"]`)?.focus();
  }

  private invalid(field: ErrorField): 'true' | 'false' {
    return this.fieldErrorMessage(field) ? 'true' : 'false';
  }

  private readonly identifierTyped = (event: Event): void => {
    this.typedIdentifier = (event.currentTarget as HTMLInputElement).value;
  };

  private readonly forgotPassword = (event: Event): void => {
    const form = (event.currentTarget as HTMLElement).closest('form');
    const identifier = form ? this.fieldValue(form, 'identifier') : '';
    void this.signIn?.flow.forgotPassword(identifier);
  };

  private readonly submitCredentials = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    void this.signIn?.flow.submitCredentials({
      identifier: this.fieldValue(form, 'identifier').trim(),
      password: this.fieldValue(form, 'password'),
    });
  };
}
