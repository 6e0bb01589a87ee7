/**
 * What `<clerk-mfa-setup>` shows in each step of its flow, as template functions of the
 * snapshot: the choice or list of second factors, the authenticator app's QR code and
 * key with the form for its first code, the phone number and its code, the backup codes,
 * a confirmation, and a reverification. Rendered in light DOM, so password managers and
 * one-time-code autofill see the inputs.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type {
  AddableStrategy,
  MfaSetupSnapshot,
  SetupMessageKey,
} from '../flow/mfa-setup-states.js';
import { phoneCodeView, phoneNumberView, reverifyView, totpView } from './mfa-setup-form-views.js';
import { copyButton, panel, type SetupViewContext, type Snapshot } from './mfa-setup-view-parts.js';

export type { SetupActions, SetupViewContext } from './mfa-setup-view-parts.js';

export function setupView(state: MfaSetupSnapshot, context: SetupViewContext): TemplateResult {
  switch (state.step) {
    case 'loading':
      return panel(context, context.translate('clerkMfaElements.busy'), html``, state);
    case 'signed-out':
      return panel(context, context.translate('clerkMfaElements.setup.signedOut'), html``, state);
    case 'load-error':
      return panel(
        context,
        state.error?.message ?? '',
        html`<button type="button" @click=${context.actions.retryLoad}>
          ${context.translate('signIn.protectCheck.retryButton')}
        </button>`,
        state,
      );
    case 'choose':
      return chooseView(state, context);
    case 'overview':
      return overviewView(state, context);
    case 'totp':
      return totpView(state, context);
    case 'phone-number':
      return phoneNumberView(state, context);
    case 'phone-code':
      return phoneCodeView(state, context);
    case 'enrolled':
    case 'backup-codes':
      return codesView(state, context);
    case 'confirm':
      return confirmView(state, context);
    case 'reverify':
      return reverifyView(state, context);
    case 'complete':
      return panel(context, context.translate('signIn.emailLink.verified.title'), html``, state);
  }
}

const strategyLabels: Record<AddableStrategy, SetupMessageKey> = {
  totp: 'taskSetupMfa.start.methodSelection.totp',
  phone_code: 'taskSetupMfa.start.methodSelection.phoneCode',
};

function addButtons(
  state: MfaSetupSnapshot,
  context: SetupViewContext,
  labels: Record<AddableStrategy, SetupMessageKey>,
) {
  const strategies: AddableStrategy[] = [];
  if (state.allowed.totp && !(state.step === 'overview' && state.factors.totp))
    strategies.push('totp');
  if (state.allowed.phoneCode) strategies.push('phone_code');
  return html`<div class="clerk-mfa-actions">
    ${strategies.map(
      (strategy) =>
        html`<button
          type="button"
          data-strategy=${strategy}
          aria-disabled=${state.busy ? 'true' : 'false'}
          @click=${() => context.actions.addFactor(strategy)}
        >
          ${context.translate(labels[strategy])}
        </button>`,
    )}
  </div>`;
}

function chooseView(state: Snapshot<'choose'>, context: SetupViewContext): TemplateResult {
  const { translate } = context;
  return panel(
    context,
    translate('taskSetupMfa.start.title'),
    addButtons(state, context, strategyLabels),
    state,
    translate('taskSetupMfa.start.subtitle'),
  );
}

function overviewView(state: Snapshot<'overview'>, context: SetupViewContext): TemplateResult {
  const { translate, actions } = context;
  const { factors } = state;
  const rows: TemplateResult[] = [];
  if (factors.totp) {
    rows.push(
      html`<li>
        <span>${translate('userProfile.start.mfaSection.totp.headerTitle')}</span>
        <button
          type="button"
          data-action="remove-totp"
          @click=${() => actions.requestConfirmation({ type: 'remove-totp' })}
        >
          ${translate('userProfile.start.mfaSection.totp.destructiveActionTitle')}
        </button>
      </li>`,
    );
  }
  for (const phone of factors.phones) {
    rows.push(
      html`<li>
        <span dir="ltr">${phone.phoneNumber}</span>
        ${phone.isDefault ? html`<span class="clerk-mfa-badge">${translate('badge__default')}</span>` : nothing}
        <span class="clerk-mfa-actions">
          ${
            phone.isDefault
              ? nothing
              : html`<button
                  type="button"
                  data-action="make-default"
                  @click=${() => actions.makeDefault(phone.id)}
                >
                  ${translate('userProfile.start.mfaSection.phoneCode.actionLabel__setDefault')}
                </button>`
          }
          <button
            type="button"
            data-action="remove-phone"
            @click=${() => actions.requestConfirmation({ type: 'remove-phone', phoneId: phone.id, phoneNumber: phone.phoneNumber })}
          >
            ${translate('userProfile.start.mfaSection.phoneCode.destructiveActionLabel')}
          </button>
        </span>
      </li>`,
    );
  }
  if (factors.backupCode && state.allowed.backupCode) {
    rows.push(
      html`<li>
        <span>${translate('userProfile.start.mfaSection.backupCodes.headerTitle')}</span>
        <button
          type="button"
          data-action="regenerate-codes"
          @click=${() => actions.requestConfirmation({ type: 'regenerate-codes' })}
        >
          ${translate('userProfile.start.mfaSection.backupCodes.actionLabel__regenerate')}
        </button>
      </li>`,
    );
  }
  const list =
    rows.length > 0
      ? html`<ul class="clerk-mfa-factors" aria-labelledby=${context.id('title')}>
          ${rows}
        </ul>`
      : html`<p>${translate('clerkMfaElements.setup.none')}</p>`;
  return panel(
    context,
    translate('userProfile.start.mfaSection.title'),
    html`${list}${addButtons(state, context, { totp: 'userProfile.mfaTOTPPage.title', phone_code: 'userProfile.mfaPhoneCodePage.title' })}`,
    state,
  );
}

function codesView(
  state: Snapshot<'enrolled' | 'backup-codes'>,
  context: SetupViewContext,
): TemplateResult {
  const { translate, actions } = context;
  const added =
    state.strategy === 'totp'
      ? translate('userProfile.mfaTOTPPage.successMessage')
      : state.strategy === 'phone_code'
        ? translate('userProfile.mfaPhoneCodePage.successMessage1')
        : null;
  const codes =
    state.codes.length > 0
      ? html`<h3>${translate('userProfile.backupCodePage.title__codelist')}</h3>
          <p>
            ${translate('userProfile.backupCodePage.subtitle__codelist')}
            ${translate('clerkMfaElements.setup.backupCodesShownOnce')}
          </p>
          <ul class="clerk-mfa-backup-codes" data-backup-codes>
            ${state.codes.map((code) => html`<li>${code}</li>`)}
          </ul>
          <div class="clerk-mfa-actions">
            ${copyButton(context, 'codes', translate('userProfile.backupCodePage.actionLabel__copy'))}
            <button type="button" @click=${actions.downloadCodes}>
              ${translate('userProfile.backupCodePage.actionLabel__download')}
            </button>
          </div>`
      : nothing;
  return panel(
    context,
    state.strategy === 'totp'
      ? translate('taskSetupMfa.start.methodSelection.totp')
      : state.strategy === 'phone_code'
        ? translate('taskSetupMfa.start.methodSelection.phoneCode')
        : translate('userProfile.backupCodePage.title__codelist'),
    html`${added ? html`<p>${added}</p>` : nothing}${codes}
      <button type="button" class="clerk-mfa-primary" data-action="done" @click=${actions.done}>
        ${translate(state.mode === 'required' ? 'formButtonPrimary' : 'userProfile.formButtonPrimary__finish')}
      </button>`,
    state,
  );
}

function confirmView(state: Snapshot<'confirm'>, context: SetupViewContext): TemplateResult {
  const { translate, actions } = context;
  const { confirmed } = state;
  const [title, lines, button]: [string, string[], string] =
    confirmed.type === 'remove-totp'
      ? [
          translate('userProfile.mfaTOTPPage.removeResource.title'),
          [
            translate('userProfile.mfaTOTPPage.removeResource.messageLine1'),
            translate('userProfile.mfaTOTPPage.removeResource.messageLine2'),
          ],
          translate('userProfile.formButtonPrimary__remove'),
        ]
      : confirmed.type === 'remove-phone'
        ? [
            translate('userProfile.mfaPhoneCodePage.removeResource.title'),
            [
              translate('userProfile.mfaPhoneCodePage.removeResource.messageLine1', {
                identifier: confirmed.phoneNumber,
              }),
              translate('userProfile.mfaPhoneCodePage.removeResource.messageLine2'),
            ],
            translate('userProfile.formButtonPrimary__remove'),
          ]
        : [
            translate('userProfile.start.mfaSection.backupCodes.title__regenerate'),
            [translate('userProfile.start.mfaSection.backupCodes.subtitle__regenerate')],
            translate('userProfile.start.mfaSection.backupCodes.actionLabel__regenerate'),
          ];
  return panel(
    context,
    title,
    html`${lines.map((line) => html`<p>${line}</p>`)}
      <div class="clerk-mfa-actions">
        <button
          type="button"
          class="clerk-mfa-primary"
          data-action="confirm"
          aria-disabled=${state.busy ? 'true' : 'false'}
          @click=${actions.confirm}
        >
          ${state.busy ? translate('clerkMfaElements.busy') : button}
        </button>
        <button type="button" @click=${actions.back}>
          ${translate('userProfile.formButtonReset')}
        </button>
      </div>`,
    state,
  );
}
