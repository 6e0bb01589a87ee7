/**
 * The views `<clerk-mfa-sign-in>` shows in its own shadow root instead of a step's
 * form: who is signed in, the sign-in just completed, a status or a session task this
 * form cannot finish, and Clerk failing to load. Each is a small template function of
 * the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FlowState } from '../flow/types.js';
import type { Translate } from '../messages.js';

/** What the buttons of the views do. */
export interface PanelActions {
  readonly signOut: () => void;
  readonly back: () => void;
  readonly retryLoad: () => void;
}

/** The view of the current step, or nothing when a step element shows the step. */
export function panelView(
  state: FlowState,
  translate: Translate,
  actions: PanelActions,
): TemplateResult | typeof nothing {
  switch (state.step) {
    case 'signed-in':
    case 'complete':
      return html`${signedInError(state)}<slot name="signed-in"
          >${signedInView(state, translate, actions)}</slot
        >`;
    case 'unsupported':
      return errorView(
        state.error?.message ?? translate('clerkMfaElements.errors.unknown_error'),
        html`<button type="button" part="back-button" @click=${actions.back}>
          ${translate('backButton')}
        </button>`,
      );
    case 'session-task':
      return errorView(
        state.error?.message ?? translate('clerkMfaElements.errors.unknown_error'),
        html`<button
          type="button"
          part="sign-out-button"
          aria-disabled=${state.busy ? 'true' : 'false'}
          @click=${actions.signOut}
        >
          ${translate('userButton.action__signOut')}
        </button>`,
      );
    case 'load-error':
      return errorView(
        state.error?.message ?? translate('clerkMfaElements.errors.clerk_load_failed'),
        html`<button
          type="button"
          part="retry-button"
          aria-disabled=${state.busy ? 'true' : 'false'}
          @click=${actions.retryLoad}
        >
          ${translate('signIn.protectCheck.retryButton')}
        </button>`,
      );
    default:
      return nothing;
  }
}

/**
 * Below the second-factor setup of a `setup-mfa` task: who is signing in, and a sign-out
 * button, so that a user who cannot set one up now has a way on.
 */
export function setupTaskFooter(
  state: FlowState,
  translate: Translate,
  actions: PanelActions,
): TemplateResult | typeof nothing {
  if (state.step !== 'setup-mfa') return nothing;
  return html`<p class="task-footer" part="task-footer">
    ${state.user ? translate('impersonationFab.title', { identifier: state.user.displayName }) : nothing}
    <button
      type="button"
      part="sign-out-button"
      aria-disabled=${state.busy ? 'true' : 'false'}
      @click=${actions.signOut}
    >
      ${translate('userButton.action__signOut')}
    </button>
  </p>`;
}

/** Who is signed in (after completing: that it is done, then who), and a sign-out button. */
function signedInView(
  state: FlowState & { step: 'signed-in' | 'complete' },
  translate: Translate,
  actions: PanelActions,
): TemplateResult {
  const signedInAs = translate('impersonationFab.title', {
    identifier: state.user?.displayName ?? '',
  });
  const complete = state.step === 'complete';
  return html`<div class="panel" part="panel">
    <h2 part="panel-heading" tabindex="-1">
      ${complete ? translate('signIn.emailLink.verified.title') : signedInAs}
    </h2>
    ${complete && state.user ? html`<p>${signedInAs}</p>` : nothing}
    <button
      type="button"
      part="sign-out-button"
      aria-disabled=${state.busy ? 'true' : 'false'}
      @click=${actions.signOut}
    >
      ${translate('userButton.action__signOut')}
    </button>
  </div>`;
}

/**
 * An error met while signed in (a failed sign-out, `session_exists`), outside the
 * `signed-in` slot so that a custom signed-in view shows it as well.
 */
function signedInError(state: FlowState): TemplateResult {
  return html`<p
    class="error"
    part="signed-in-error"
    role="alert"
    .textContent=${state.error?.message ?? ''}
  ></p>`;
}

/** A view that says what went wrong, as an alert, with the way on. */
function errorView(message: string, wayOn: TemplateResult): TemplateResult {
  return html`<div class="panel" part="panel">
    <div role="alert">
      <h2 part="panel-heading" tabindex="-1" class="error">${message}</h2>
    </div>
    ${wayOn}
  </div>`;
}
