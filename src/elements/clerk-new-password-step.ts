import { html, nothing, type TemplateResult } from 'lit';
import type { ErrorField, FlowNotice, Step } from '../flow/types.js';
import { StepElement } from './step-element.js';

const newPasswordSteps: ReadonlySet<Step> = new Set(['new-password']);

/**
 * The new-password form of `<clerk-mfa-sign-in>`: after a reset code, or when Clerk
 * asks a signed-in user for a new password (the `reset-password` session task of a
 * compromised password). Place it inside a `<clerk-mfa-sign-in>` (one is created when
 * the sign-in has none); it shows itself in the new-password step and hides otherwise.
 *
 * Its form renders in light DOM with the account's email in a hidden `username` field
 * and `autocomplete="new-password"`, so password managers offer to generate and save
 * the new password for the right account; the instance's minimum length is stated
 * under the field and in `passwordrules`. "Sign out of all other devices" is checked.
 *
 * Styling hooks (light DOM): `.clerk-mfa-form`, `.clerk-mfa-field`, `.clerk-mfa-hint`,
 * `.clerk-mfa-checkbox`, `.clerk-mfa-field-error`, `.clerk-mfa-form-error`,
 * `input[aria-invalid="true"]`, `form[aria-busy="true"]`.
 *
 * @summary New-password step of the Clerk MFA sign-in (password reset and reset-password task).
 */
export class ClerkNewPasswordStep extends StepElement {
  protected override readonly activeSteps = newPasswordSteps;
  protected override readonly fields = ['password'] as const;

  protected override hear(notice: FlowNotice): void {
    super.hear(notice);
    // A new form for each arrival: the password typed last time is not shown again.
    if (notice.type === 'status-change') this.passwordShown = false;
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.signIn || !this.active) return nothing;
    const { state: flowState, translate, flow } = this.signIn;
    // A reset's sign-in asks for the password (`needs_new_password`); otherwise a session's task does.
    const forTask = flowState.status !== 'needs_new_password';
    const { minimumLength } = flow.passwordRules();
    const rule =
      minimumLength === undefined
        ? ''
        : `${translate('unstable__errors.passwordComplexity.sentencePrefix')} ${translate(
            'unstable__errors.passwordComplexity.minimumLength',
            { length: String(minimumLength) },
          )}.`;
    return html`
      <form
        class="clerk-mfa-form"
        novalidate
        aria-labelledby=${this.elementId('title')}
        aria-busy=${flowState.busy ? 'true' : 'false'}
        @submit=${this.submitNewPassword}
      >
        <h2 id=${this.elementId('title')}>
          ${translate(forTask ? 'taskResetPassword.title' : 'signIn.resetPassword.title')}
        </h2>
        ${
          forTask
            ? html`<p class="clerk-mfa-subtitle">${translate('taskResetPassword.subtitle')}</p>`
            : nothing
        }
        <input hidden name="username" autocomplete="username" value=${flowState.identifier} />
        <div class="clerk-mfa-field">
          <label for=${this.elementId('password')}
            >${translate('formFieldLabel__newPassword')}</label
          >
          ${this.renderPasswordRow({
            name: 'new-password',
            autocomplete: 'new-password',
            ...(rule ? { describedBy: this.elementId('rule') } : {}),
            ...(minimumLength === undefined
              ? {}
              : { passwordRules: `minlength: ${minimumLength};` }),
          })}
          ${rule ? html`<p class="clerk-mfa-hint" id=${this.elementId('rule')}>${rule}</p>` : nothing}
          ${this.renderFieldError('password')}
        </div>
        <label class="clerk-mfa-checkbox">
          <input type="checkbox" name="sign-out-of-other-sessions" checked />
          ${translate('formFieldLabel__signOutOfOtherSessions')}
        </label>
        ${this.renderFormError()}
        ${this.renderSubmitButton(translate('signIn.resetPassword.formButtonPrimary'))}
        ${
          forTask
            ? html`<button type="button" class="clerk-mfa-back" @click=${this.signOut}>
                ${translate('userButton.action__signOut')}
              </button>`
            : html`<button type="button" class="clerk-mfa-back" @click=${this.goBack}>
                ${translate('backButton')}
              </button>`
        }
      </form>
    `;
  }

  protected override focusOnArrival(): void {
    this.focusField('password' satisfies ErrorField);
  }

  private readonly submitNewPassword = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    void this.signIn?.flow.submitNewPassword({
      password: this.fieldValue(form, 'new-password'),
      signOutOfOtherSessions: new FormData(form).has('sign-out-of-other-sessions'),
    });
  };

  private readonly goBack = (): void => {
    this.signIn?.flow.back();
  };

  private readonly signOut = (): void => {
    void this.signIn?.flow.signOut();
  };
}
