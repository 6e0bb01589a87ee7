import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { isSentCodeStrategy } from '../flow/factors.js';
import { codeSteps } from '../flow/states.js';
import type { CodeStrategy, Factor, FlowState } from '../flow/types.js';
import type { MessageKey, Translate } from '../messages.js';
import { StepElement } from './step-element.js';

/** Digits in a numeric code; authenticator apps, SMS and email codes all have six. */
const numericCodeLength = 6;

/** Six digits, possibly grouped with spaces or dashes, anywhere in a pasted text. */
const pastedCodePattern = /\d(?:[\s-]?\d){5}/;

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
    label: 'signIn.emailCodeMfa.formTitle',
  },
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
      return translate('signIn.alternativeMethods.blockButton__phoneCode', { identifier });
    case 'email_code':
      return translate('signIn.alternativeMethods.blockButton__emailCode', { identifier });
  }
}

/**
 * The verification-code form of `<clerk-mfa-sign-in>`: an authenticator-app code, a
 * backup code, or a code sent by SMS or email. Place it inside a `<clerk-mfa-sign-in>`;
 * it shows itself in the second-factor and new-device steps and hides otherwise.
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

  protected override countdownDeadlines(): ReadonlyArray<number | null | undefined> {
    return [this.signIn?.state.resendAvailableAt, this.signIn?.state.lockedUntil];
  }

  /** The code last submitted by typing or autofill, so that a repeated input event does not submit it again. */
  private autoSubmittedCode = '';

  /** Announced in the polite live region after a code is sent again. */
  private resentNotice = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const previous = changed.get('signIn' as keyof ClerkCodeStep) as
      { state: FlowState } | undefined;
    const current = this.signIn?.state;
    if (!current) return;
    if (previous?.state.strategy !== current.strategy || previous?.state.step !== current.step) {
      this.autoSubmittedCode = '';
      this.resentNotice = '';
    } else if (current.busy) {
      // Emptied while a request runs, so that the same words announce the next send again.
      this.resentNotice = '';
    } else if (
      isSentCodeStrategy(current.strategy) &&
      current.resendAvailableAt !== null &&
      current.resendAvailableAt > Date.now() &&
      previous.state.resendAvailableAt !== current.resendAvailableAt
    ) {
      // A new countdown ahead means a code was just sent (an expired code only makes
      // sending possible at once, and announces nothing).
      const identifier =
        current.factors.find((factor) => factor.strategy === current.strategy)?.safeIdentifier ??
        '';
      this.resentNotice = this.signIn!.translate('clerkMfaElements.codeSentTo', { identifier });
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.signIn || !this.active || !this.signIn.state.strategy) return nothing;
    const { state: flowState, translate } = this.signIn;
    const strategy = flowState.strategy;
    const messages = strategyMessages[strategy];
    const currentFactor = flowState.factors.find((factor) => factor.strategy === strategy);
    const alternatives = flowState.factors.filter((factor) => factor.strategy !== strategy);
    const codeError = flowState.error?.field === 'code' ? flowState.error : null;
    const formError = flowState.error && !flowState.error.field ? flowState.error : null;
    const describedBy = [
      currentFactor?.safeIdentifier ? this.elementId('sent-to') : '',
      codeError ? this.elementId('code-error') : '',
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
          ${keyed(strategy, this.renderCodeInput(strategy, codeError !== null, describedBy))}
          <p class="clerk-mfa-field-error" id=${this.elementId('code-error')} role="alert">
            ${codeError?.message ?? ''}
          </p>
        </div>
        <p class="clerk-mfa-form-error" role="alert">${formError?.message ?? ''}</p>
        ${this.renderSubmitButton(translate('formButtonPrimary__verify'))}
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

  /**
   * The one code input. Numeric codes get the numeric keyboard and one-time-code
   * autofill, are cleaned as they are typed or pasted, and submit once complete;
   * backup codes are plain text, submitted with the button.
   */
  private renderCodeInput(
    strategy: CodeStrategy,
    invalid: boolean,
    describedBy: string,
  ): TemplateResult {
    const numeric = strategy !== 'backup_code';
    return html`<input
      id=${this.elementId('code')}
      name="code"
      data-field="code"
      type="text"
      inputmode=${numeric ? 'numeric' : nothing}
      .autocomplete=${numeric ? 'one-time-code' : 'off'}
      autocapitalize="none"
      spellcheck="false"
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      @input=${numeric ? this.normalizeTypedCode : nothing}
      @paste=${numeric ? this.normalizePastedCode : nothing}
    />`;
  }

  private renderResend(
    strategy: 'phone_code' | 'email_code',
    flowState: FlowState,
    translate: Translate,
  ): TemplateResult {
    const seconds = this.countdown.secondsUntil(flowState.resendAvailableAt);
    const label =
      seconds > 0
        ? translate('clerkMfaElements.resendIn', { seconds })
        : translate(
            strategy === 'phone_code'
              ? 'signIn.phoneCodeMfa.resendButton'
              : 'signIn.emailCodeMfa.resendButton',
          );
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

  /** Keeps only digits in a numeric code and submits once six are in. */
  private readonly normalizeTypedCode = (event: Event): void => {
    const input = event.currentTarget as HTMLInputElement;
    const digits = input.value.replace(/\D/g, '');
    if (digits !== input.value) input.value = digits;
    this.submitWhenComplete(digits);
  };

  /** Takes the code out of a pasted text such as `Your code is 123 456`. */
  private readonly normalizePastedCode = (event: ClipboardEvent): void => {
    const text = event.clipboardData?.getData('text') ?? '';
    const code = (pastedCodePattern.exec(text)?.[0] ?? text).replace(/\D/g, '');
    event.preventDefault();
    const input = event.currentTarget as HTMLInputElement;
    input.value = code;
    this.submitWhenComplete(code);
  };

  private submitWhenComplete(digits: string): void {
    if (digits.length !== numericCodeLength || digits === this.autoSubmittedCode) return;
    if (this.signIn?.state.busy) return;
    this.autoSubmittedCode = digits;
    void this.signIn?.flow.submitCode(digits);
  }

  private readonly submitCode = (event: SubmitEvent): void => {
    event.preventDefault();
    const code = this.fieldValue(event.currentTarget as HTMLFormElement, 'code');
    this.autoSubmittedCode = code.replace(/\D/g, '');
    void this.signIn?.flow.submitCode(code);
  };

  private readonly sendCode = (): void => {
    void this.signIn?.flow.sendCode();
  };

  private readonly goBack = (): void => {
    this.signIn?.flow.back();
  };
}
