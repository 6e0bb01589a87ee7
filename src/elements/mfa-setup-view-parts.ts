/**
 * The pieces every view of `<clerk-mfa-setup>` is made of: what the views read and do
 * (`SetupViewContext`, `SetupActions`), a panel with its heading and error line, a form
 * asking for one code, and the submit and copy buttons.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CodeInputController } from '../controllers/code-input-controller.js';
import type {
  AddableStrategy,
  Confirmed,
  MfaSetupSnapshot,
  ReverifyStrategy,
  SetupMessageKey,
} from '../flow/mfa-setup-states.js';
import type { Translate } from '../messages.js';
import type { qrCodeSvg } from './qr-code.js';

export type Snapshot<Step extends MfaSetupSnapshot['step']> = Extract<
  MfaSetupSnapshot,
  { step: Step }
>;

/** What the buttons and forms of the views do. */
export interface SetupActions {
  readonly addFactor: (strategy: AddableStrategy) => void;
  readonly submitCode: (event: SubmitEvent) => void;
  readonly submitPhoneNumber: (event: SubmitEvent) => void;
  readonly submitReverification: (event: SubmitEvent) => void;
  readonly chooseReverification: (strategy: ReverifyStrategy) => void;
  readonly resendCode: () => void;
  readonly requestConfirmation: (confirmed: Confirmed) => void;
  readonly confirm: () => void;
  readonly makeDefault: (phoneId: string) => void;
  readonly back: () => void;
  readonly done: () => void;
  readonly retryLoad: () => void;
  readonly copy: (what: 'secret' | 'codes') => void;
  readonly downloadCodes: () => void;
}

/** Everything a view reads besides the state. */
export interface SetupViewContext {
  readonly translate: Translate<SetupMessageKey>;
  readonly id: (name: string) => string;
  readonly codeInput: CodeInputController;
  /** The QR code module, once loaded. */
  readonly qrCode: typeof qrCodeSvg | null;
  /** What was just copied, for the button's label. */
  readonly copied: 'secret' | 'codes' | null;
  readonly actions: SetupActions;
}

/** A view with a heading, an error line and its content. */
export function panel(
  context: SetupViewContext,
  title: string,
  content: TemplateResult,
  state: MfaSetupSnapshot,
  subtitle: string | typeof nothing = nothing,
): TemplateResult {
  return html`<div class="clerk-mfa-panel" aria-busy=${state.busy ? 'true' : 'false'}>
    <h2 tabindex="-1" id=${context.id('title')}>${title}</h2>
    ${subtitle === nothing ? nothing : html`<p class="clerk-mfa-subtitle">${subtitle}</p>`}
    ${errorLine(state, context)} ${content}
  </div>`;
}

export function errorLine(state: MfaSetupSnapshot, context: SetupViewContext): TemplateResult {
  const message = state.error?.message ?? '';
  return html`<p
    class="clerk-mfa-error"
    id=${context.id('error')}
    role=${ifDefined(message ? 'alert' : undefined)}
    .textContent=${message}
  ></p>`;
}

/** A form asking for one code, with its submit and cancel buttons. */
export function codeForm(
  state: MfaSetupSnapshot,
  context: SetupViewContext,
  label: string,
  hint: string,
  extra: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const { translate, id } = context;
  const invalid = state.error !== null;
  return html`<form
    class="clerk-mfa-form"
    novalidate
    aria-labelledby=${id('title')}
    @submit=${context.actions.submitCode}
  >
    <div class="clerk-mfa-field">
      <label for=${id('code')}>${label}</label>
      <p class="clerk-mfa-hint" id=${id('code-hint')}>${hint}</p>
      ${context.codeInput.render({
        id: id('code'),
        strategy: 'totp',
        invalid,
        describedBy: [id('code-hint'), invalid ? id('error') : ''].filter(Boolean).join(' '),
      })}
    </div>
    ${submitButton(state, context, translate('formButtonPrimary__verify'))} ${extra}
    <button type="button" @click=${context.actions.back}>
      ${translate('userProfile.formButtonReset')}
    </button>
  </form>`;
}

export function submitButton(
  state: MfaSetupSnapshot,
  context: SetupViewContext,
  label: string,
): TemplateResult {
  return html`<button type="submit" aria-disabled=${state.busy ? 'true' : 'false'}>
    ${state.busy ? context.translate('clerkMfaElements.busy') : label}
  </button>`;
}

export function copyButton(
  context: SetupViewContext,
  what: 'secret' | 'codes',
  label: string,
): TemplateResult {
  return html`<button type="button" data-copy=${what} @click=${() => context.actions.copy(what)}>
    ${context.copied === what ? context.translate('userProfile.backupCodePage.actionLabel__copied') : label}
  </button>`;
}
