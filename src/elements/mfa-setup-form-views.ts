/**
 * The views of `<clerk-mfa-setup>` that ask for something typed: the authenticator app's
 * QR code and key with its first code, a phone number and the code sent to it, and a
 * reverification (the password or a second factor's code).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { VerificationFactorLike } from '../flow/clerk-adapter/index.js';
import type { ReverifyStrategy, SetupMessageKey } from '../flow/mfa-setup-states.js';
import type { Translate } from '../messages.js';
import {
  codeForm,
  copyButton,
  panel,
  submitButton,
  type SetupViewContext,
  type Snapshot,
} from './mfa-setup-view-parts.js';

export function totpView(state: Snapshot<'totp'>, context: SetupViewContext): TemplateResult {
  const { translate, id } = context;
  const { enrolment } = state;
  const qr = context.qrCode?.(enrolment.uri, translate('clerkMfaElements.setup.qrCode')) ?? nothing;
  return panel(
    context,
    translate('userProfile.mfaTOTPPage.title'),
    html`<div class="clerk-mfa-qr-frame">${qr}</div>
      <p class="clerk-mfa-subtitle">
        ${translate('userProfile.mfaTOTPPage.authenticatorApp.infoText__unableToScan')}
      </p>
      <p>
        <span id=${id('secret-label')}>${translate('clerkMfaElements.setup.secretLabel')}</span>:
        <code class="clerk-mfa-secret" aria-labelledby=${id('secret-label')} data-secret
          >${enrolment.secret}</code
        >
      </p>
      <div class="clerk-mfa-actions">
        ${copyButton(context, 'secret', translate('clerkMfaElements.setup.copySecret'))}
      </div>
      ${codeForm(state, context, translate('userProfile.mfaTOTPPage.verifyTitle'), translate('userProfile.mfaTOTPPage.verifySubtitle'))}`,
    state,
    translate('userProfile.mfaTOTPPage.authenticatorApp.infoText__ableToScan'),
  );
}

export function phoneNumberView(
  state: Snapshot<'phone-number'>,
  context: SetupViewContext,
): TemplateResult {
  const { translate, id, actions } = context;
  const invalid = state.error !== null;
  return panel(
    context,
    translate('userProfile.mfaPhoneCodePage.title'),
    html`<form
      class="clerk-mfa-form"
      novalidate
      aria-labelledby=${id('title')}
      @submit=${actions.submitPhoneNumber}
    >
      <div class="clerk-mfa-field">
        <label for=${id('phone')}>${translate('formFieldLabel__phoneNumber')}</label>
        <p class="clerk-mfa-hint" id=${id('phone-hint')}>
          ${translate('clerkMfaElements.setup.phoneHint')}
        </p>
        <input
          id=${id('phone')}
          name="phoneNumber"
          type="tel"
          autocomplete="tel"
          inputmode="tel"
          dir="ltr"
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${[id('phone-hint'), invalid ? id('error') : ''].filter(Boolean).join(' ')}
        />
      </div>
      ${submitButton(state, context, translate('formButtonPrimary'))}
      <button type="button" @click=${actions.back}>
        ${translate('userProfile.formButtonReset')}
      </button>
    </form>`,
    state,
    translate('userProfile.phoneNumberPage.infoText'),
  );
}

export function phoneCodeView(
  state: Snapshot<'phone-code'>,
  context: SetupViewContext,
): TemplateResult {
  const { translate } = context;
  const resend = html`<button
    type="button"
    class="clerk-mfa-link-button"
    @click=${context.actions.resendCode}
  >
    ${translate('signIn.phoneCodeMfa.resendButton')}
  </button>`;
  return panel(
    context,
    translate('userProfile.phoneNumberPage.verifyTitle'),
    codeForm(
      state,
      context,
      translate('signIn.phoneCodeMfa.formTitle'),
      translate('userProfile.phoneNumberPage.verifySubtitle', { identifier: state.phoneNumber }),
      resend,
    ),
    state,
  );
}

const reverifyTexts: Record<
  ReverifyStrategy,
  { subtitle: SetupMessageKey; label: SetupMessageKey }
> = {
  password: { subtitle: 'reverification.password.subtitle', label: 'formFieldLabel__password' },
  totp: { subtitle: 'reverification.totpMfa.subtitle', label: 'signIn.totpMfa.formTitle' },
  phone_code: {
    subtitle: 'reverification.phoneCodeMfa.subtitle',
    label: 'signIn.phoneCodeMfa.formTitle',
  },
  backup_code: {
    subtitle: 'reverification.backupCodeMfa.subtitle',
    label: 'formFieldLabel__backupCode',
  },
};

function alternativeLabel(
  factor: VerificationFactorLike,
  translate: Translate<SetupMessageKey>,
): string {
  if (factor.strategy === 'phone_code') {
    return translate('reverification.alternativeMethods.blockButton__phoneCode', {
      identifier: factor.safeIdentifier ?? '',
    });
  }
  return translate(
    factor.strategy === 'totp'
      ? 'reverification.alternativeMethods.blockButton__totp'
      : 'reverification.alternativeMethods.blockButton__backupCode',
  );
}

export function reverifyView(
  state: Snapshot<'reverify'>,
  context: SetupViewContext,
): TemplateResult {
  const { translate, id, actions } = context;
  const { strategy } = state;
  const texts = reverifyTexts[strategy];
  const invalid = state.error !== null;
  const describedBy = [id('reverify-hint'), invalid ? id('error') : ''].filter(Boolean).join(' ');
  const input =
    strategy === 'password'
      ? html`<input
          id=${id('secret')}
          name="secret"
          type="password"
          autocomplete="current-password"
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${describedBy}
        />`
      : context.codeInput.render({
          id: id('secret'),
          strategy: strategy === 'backup_code' ? 'backup_code' : 'totp',
          invalid,
          describedBy,
        });
  const alternatives = state.factors.filter((factor) => factor.strategy !== strategy);
  return panel(
    context,
    translate('reverification.password.title'),
    html`<form
      class="clerk-mfa-form"
      novalidate
      aria-labelledby=${id('title')}
      @submit=${actions.submitReverification}
    >
      <div class="clerk-mfa-field">
        <label for=${id('secret')}>${translate(texts.label)}</label>
        <p class="clerk-mfa-hint" id=${id('reverify-hint')}>${translate(texts.subtitle)}</p>
        ${input}
      </div>
      ${submitButton(state, context, translate('formButtonPrimary'))}
      ${alternatives.map(
        (factor) =>
          html`<button
            type="button"
            class="clerk-mfa-link-button"
            @click=${() => actions.chooseReverification(factor.strategy as ReverifyStrategy)}
          >
            ${alternativeLabel(factor, translate)}
          </button>`,
      )}
      <button type="button" @click=${actions.back}>
        ${translate('userProfile.formButtonReset')}
      </button>
    </form>`,
    state,
  );
}
