import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { isPlausibleCode, normalizeCode } from '../flow/codes.js';
import { isSentCodeStrategy } from '../flow/factors.js';
import { codeSteps } from '../flow/states.js';
import type { CodeStrategy, Factor, FlowNotice, FlowState } from '../flow/types.js';
import type { MessageKey, Translate } from '../messages.js';
import { StepElement } from './step-element.js';

/** How long a code typed key by key waits after its last digit before it submits itself. */
const typingPauseMilliseconds = 300;

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
  protected override readonly fields = ['code'] as const;

  protected override countdownDeadlines(): ReadonlyArray<number | null | undefined> {
    return [this.signIn?.state.resendAvailableAt, this.signIn?.state.lockedUntil];
  }

  /** The code last submitted by typing or autofill, so that a repeated input event does not submit it again. */
  private autoSubmittedCode = '';

  /** The submit of a code typed key by key, waiting for the pause after its last digit. */
  private autoSubmitTimer: ReturnType<typeof setTimeout> | undefined;

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
      this.autoSubmittedCode = '';
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
          ${keyed(strategy, this.renderCodeInput(strategy, codeErrorId !== undefined, describedBy))}
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

  /** The code typed so far, normalised as the flow sends it. */
  private normalized(text: string): string {
    const strategy = this.signIn?.state.strategy;
    return strategy ? normalizeCode(strategy, text) : '';
  }

  /**
   * Keeps only the code in a numeric code input, however it arrived (typed, pasted,
   * filled in, or any other input event), and submits it once it is complete and can
   * be right. A code typed key by key waits for a pause first, so that a seventh digit
   * stops the first six from being sent.
   */
  private readonly normalizeTypedCode = (event: Event): void => {
    const input = event.currentTarget as HTMLInputElement;
    const code = this.normalized(input.value);
    if (code !== input.value) input.value = code;
    const typedOneKey =
      event instanceof InputEvent && event.inputType === 'insertText' && event.data?.length === 1;
    this.submitWhenComplete(code, typedOneKey ? typingPauseMilliseconds : 0);
  };

  /** Takes the code out of a pasted text such as `Your code is 123 456`. */
  private readonly normalizePastedCode = (event: ClipboardEvent): void => {
    const code = this.normalized(event.clipboardData?.getData('text') ?? '');
    event.preventDefault();
    const input = event.currentTarget as HTMLInputElement;
    input.value = code;
    this.submitWhenComplete(code, 0);
  };

  /** Submits `code` after `delay` ms if the input still holds it, it can be right and was not sent yet. */
  private submitWhenComplete(code: string, delay: number): void {
    clearTimeout(this.autoSubmitTimer);
    const strategy = this.signIn?.state.strategy;
    if (!strategy || !isPlausibleCode(strategy, code) || code === this.autoSubmittedCode) return;
    const submit = () => {
      const input = this.querySelector<HTMLInputElement>('input[data-field="code"]');
      if (this.signIn?.state.busy || input?.value !== code) return;
      this.autoSubmittedCode = code;
      void this.signIn?.flow.submitCode(code);
    };
    if (delay > 0) this.autoSubmitTimer = setTimeout(submit, delay);
    else submit();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.autoSubmitTimer);
  }

  private readonly submitCode = (event: SubmitEvent): void => {
    event.preventDefault();
    const code = this.fieldValue(event.currentTarget as HTMLFormElement, 'code');
    this.autoSubmittedCode = this.normalized(code);
    void this.signIn?.flow.submitCode(code);
  };

  private readonly sendCode = (): void => {
    void this.signIn?.flow.sendCode();
  };

  private readonly goBack = (): void => {
    this.signIn?.flow.back();
  };
}
