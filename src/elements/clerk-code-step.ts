import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { CodeInputController } from '../controllers/code-input-controller.js';
import { isSentCodeStrategy, type SentCodeStrategy } from '../flow/factors.js';
import { codeSteps } from '../flow/states.js';
import type { CodeStrategy, Factor, FlowNotice, FlowState } from '../flow/types.js';
import type { MessageKey, Translate } from '../messages.js';
import { StepElement } from './step-element.js';

/** Messages that differ per strategy. */
const strategyMessages: Record<
  CodeStrategy,
  { title: MessageKey; subtitle: MessageKey; label: MessageKey }
> = {
  totp: {
    title: 'signIn.totpMfa.title',
    subtitle: 'signIn.totpMfa.subtitle',
    label: 'signIn.totpMfa.formTitle',
  },
  backup_code: {
    title: 'signIn.backupCodeMfa.title',
    subtitle: 'signIn.backupCodeMfa.subtitle',
    label: 'formFieldLabel__backupCode',
  },
  phone_code: {
    title: 'signIn.phoneCodeMfa.title',
    subtitle: 'signIn.phoneCodeMfa.subtitle',
    label: 'signIn.phoneCodeMfa.formTitle',
  },
  email_code: {
    title: 'signIn.emailCodeMfa.title',
    subtitle: 'signIn.newDeviceVerificationNotice',
    label: 'signIn.emailCode.formTitle',
  },
  reset_password_email_code: {
    title: 'signIn.forgotPassword.title',
    subtitle: 'signIn.forgotPassword.subtitle_email',
    label: 'signIn.forgotPassword.formTitle',
  },
  reset_password_phone_code: {
    title: 'signIn.forgotPassword.title',
    subtitle: 'signIn.forgotPassword.subtitle_phone',
    label: 'signIn.forgotPassword.formTitle',
  },
};

/** The resend button of each strategy whose code Clerk sends. */
const resendMessages: Record<SentCodeStrategy, MessageKey> = {
  phone_code: 'signIn.phoneCodeMfa.resendButton',
  email_code: 'signIn.emailCodeMfa.resendButton',
  reset_password_email_code: 'signIn.forgotPassword.resendButton',
  reset_password_phone_code: 'signIn.forgotPassword.resendButton',
};

/** The button offering to switch to a strategy. */
function alternativeLabel(factor: Factor, translate: Translate): string {
  const identifier = factor.safeIdentifier ?? '';
  switch (factor.strategy) {
    case 'totp':
      return translate('signIn.alternativeMethods.blockButton__totp');
    case 'backup_code':
      return translate('signIn.alternativeMethods.blockButton__backupCode');
    case 'phone_code':
    case 'reset_password_phone_code':
      return translate('signIn.alternativeMethods.blockButton__phoneCode', { identifier });
    case 'email_code':
    case 'reset_password_email_code':
      return translate('signIn.alternativeMethods.blockButton__emailCode', { identifier });
  }
}

/**
 * The verification-code form of `<clerk-mfa-sign-in>`: an authenticator-app code, a
 * backup code, a code sent by SMS or email, or the code that resets a forgotten
 * password. Place it inside a `<clerk-mfa-sign-in>`; it shows itself in the
 * second-factor, new-device and reset-code steps and hides otherwise.
 *
 * One real input takes the code (`autocomplete="one-time-code"`, `inputmode="numeric"`,
 * no `maxlength`), so autofill and paste work; a pasted text such as
 * `Your code is 123 456` yields `123456`, and six digits submit by themselves.
 * Backup codes have their own text field and are submitted with the button.
 *
 * Styling hooks (light DOM): `.clerk-mfa-form`, `.clerk-mfa-field`, `.clerk-mfa-field-error`,
 * `.clerk-mfa-form-error`, `.clerk-mfa-alternatives`, `input[aria-invalid="true"]`,
 * `form[aria-busy="true"]`.
 *
 * @summary Verification-code step of the Clerk MFA sign-in.
 */
export class ClerkCodeStep extends StepElement {
  protected override readonly activeSteps = codeSteps;
  protected override readonly fields = ['code'] as const;

  protected override countdownDeadlines(): ReadonlyArray<number | null | undefined> {
    return [this.signIn?.state.resendAvailableAt, this.signIn?.state.lockedUntil];
  }

  private readonly codeInput = new CodeInputController(
    this,
    (code) => void this.signIn?.flow.submitCode(code),
    () => this.signIn?.state.busy === false,
  );

  /** Announced in the polite live region after a code is sent again. */
  private resentNotice = '';

  /** The strategies whose code was sent since the user arrived here: a next send is a resend. */
  private readonly sentStrategies = new Set<CodeStrategy>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Emptied while a request runs, so that the same words announce the next send again.
    if (this.signIn?.state.busy) this.resentNotice = '';
  }

  protected override hear(notice: FlowNotice): void {
    super.hear(notice);
    if (notice.type === 'status-change') {
      // Another step or strategy: a new code to type, and no code sent for it yet.
      this.codeInput.reset();
      this.resentNotice = '';
      if (notice.detail.step !== notice.detail.previousStep) this.sentStrategies.clear();
    } else if (notice.type === 'code-sent') {
      const { strategy, safeIdentifier } = notice.detail;
      // The first code is announced by the visible hint the code input is described by.
      if (this.sentStrategies.has(strategy)) {
        this.resentNotice = this.signIn!.translate('clerkMfaElements.codeSentTo', {
          identifier: safeIdentifier,
        });
      }
      this.sentStrategies.add(strategy);
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.signIn || !this.active) return nothing;
    const { state: flowState, translate } = this.signIn;
    const strategy = flowState.strategy;
    if (!strategy) return nothing;
    const messages = strategyMessages[strategy];
    const currentFactor = flowState.factors.find((factor) => factor.strategy === strategy);
    const alternatives = flowState.factors.filter((factor) => factor.strategy !== strategy);
    const codeErrorId = this.fieldErrorId('code');
    const describedBy = [
      currentFactor?.safeIdentifier ? this.elementId('sent-to') : '',
      codeErrorId,
    ]
      .filter(Boolean)
      .join(' ');
    return html`
      <form
        class="clerk-mfa-form"
        novalidate
        aria-labelledby=${this.elementId('title')}
        aria-busy=${flowState.busy ? 'true' : 'false'}
        @submit=${this.submitCode}
      >
        <h2 id=${this.elementId('title')}>${translate(messages.title)}</h2>
        ${
          flowState.step === 'client-trust' && strategy !== 'email_code'
            ? html`<p class="clerk-mfa-subtitle">
                ${translate('signIn.newDeviceVerificationNotice')}
              </p>`
            : nothing
        }
        <p class="clerk-mfa-subtitle">${translate(messages.subtitle)}</p>
        ${
          currentFactor?.safeIdentifier
            ? html`<p class="clerk-mfa-hint" id=${this.elementId('sent-to')}>
                ${translate('clerkMfaElements.codeSentTo', { identifier: currentFactor.safeIdentifier })}
              </p>`
            : nothing
        }
        <div class="clerk-mfa-field">
          <label for=${this.elementId('code')}>${translate(messages.label)}</label>
          ${this.codeInput.render({
            id: this.elementId('code'),
            strategy,
            invalid: codeErrorId !== undefined,
            describedBy,
          })}
          ${this.renderFieldError('code')}
        </div>
        ${this.renderFormError()} ${this.renderSubmitButton(translate('formButtonPrimary__verify'))}
        ${isSentCodeStrategy(strategy) ? this.renderResend(strategy, flowState, translate) : nothing}
        ${
          alternatives.length > 0
            ? html`<div
                class="clerk-mfa-alternatives"
                role="group"
                aria-labelledby=${this.elementId('alternatives')}
              >
                <span class="clerk-mfa-visually-hidden" id=${this.elementId('alternatives')}>
                  ${translate('footerActionLink__useAnotherMethod')}
                </span>
                ${alternatives.map(
                  (factor) =>
                    html`<button
                      type="button"
                      class="clerk-mfa-link-button"
                      data-strategy=${factor.strategy}
                      @click=${() => void this.signIn?.flow.chooseStrategy(factor.strategy)}
                    >
                      ${alternativeLabel(factor, translate)}
                    </button>`,
                )}
              </div>`
            : nothing
        }
        <button type="button" class="clerk-mfa-back" @click=${this.goBack}>
          ${translate('backButton')}
        </button>
        <p class="clerk-mfa-visually-hidden" role="status">${this.resentNotice}</p>
      </form>
    `;
  }

  private renderResend(
    strategy: SentCodeStrategy,
    flowState: FlowState,
    translate: Translate,
  ): TemplateResult {
    const seconds = this.countdown.secondsUntil(flowState.resendAvailableAt);
    const label =
      seconds > 0
        ? translate('clerkMfaElements.resendIn', { duration: { seconds } })
        : translate(resendMessages[strategy]);
    return html`<button
      type="button"
      class="clerk-mfa-link-button clerk-mfa-resend"
      ?disabled=${seconds > 0}
      @click=${this.sendCode}
    >
      ${label}
    </button>`;
  }

  protected override focusOnArrival(): void {
    this.querySelector<HTMLInputElement>('input[data-field="code"]')?.focus();
  }

  private readonly submitCode = (event: SubmitEvent): void => {
    event.preventDefault();
    const code = this.fieldValue(event.currentTarget as HTMLFormElement, 'code');
    this.codeInput.submittedWithForm(code);
    void this.signIn?.flow.submitCode(code);
  };

  private readonly sendCode = (): void => {
    void this.signIn?.flow.sendCode();
  };

  private readonly goBack = (): void => {
    this.signIn?.flow.back();
  };
}
