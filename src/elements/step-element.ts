import { consume, ContextRoot } from '@lit/context';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { signInContext, type SignInContext } from '../context.js';
import { CountdownController } from '../controllers/countdown-controller.js';
import { FlowNoticesController } from '../controllers/flow-notices-controller.js';
import type { ErrorField, FlowNotice, Step } from '../flow/types.js';
import { adoptStyles } from '../styles.js';
import { createIdFactory } from './ids.js';

/** Documents with a context root, so that each gets one. */
const documentsWithContextRoot = new WeakSet<Document>();

/**
 * Makes `<clerk-mfa-sign-in>` answer steps that asked for its context before it was
 * defined (steps written in the page, with the steps' definitions first): a context
 * root on the document keeps their requests and asks again once the sign-in is there.
 */
function answerLateProviders(document: Document): void {
  if (documentsWithContextRoot.has(document)) return;
  documentsWithContextRoot.add(document);
  new ContextRoot().attach(document.documentElement);
}

/** Steps the user did not reach by acting, after which focus stays where it is. */
export const passiveSteps: ReadonlySet<Step | null> = new Set([null, 'loading']);

/** Where focus goes after the next render: into the form on arrival, or to a field in error. */
type PendingFocus =
  { readonly to: 'arrival' } | { readonly to: 'field'; readonly field: ErrorField };

/**
 * What `<clerk-credentials-step>` and `<clerk-code-step>` share: they consume the
 * sign-in context, render their form in light DOM (so password managers and
 * one-time-code autofill see the inputs), hide themselves outside their steps, and
 * move focus when the flow announces that the user arrived in their step or met an
 * error. Each form has one live region for errors: the paragraph that holds the error
 * shown, under its field (which `aria-describedby` names) or for the form as a whole.
 *
 * @internal
 */
export abstract class StepElement extends LitElement {
  /** The sign-in flow and its state, provided by the enclosing `<clerk-mfa-sign-in>`. */
  @consume({ context: signInContext, subscribe: true })
  @state()
  protected signIn?: SignInContext;

  /** Makes ids unique to this instance, for labels and `aria-describedby`. */
  protected readonly elementId = createIdFactory();

  /** The steps in which this element shows its form. */
  protected abstract readonly activeSteps: ReadonlySet<Step>;

  /** The inputs of this form that an error can belong to; errors of others show for the form. */
  protected abstract readonly fields: readonly ErrorField[];

  /** Re-renders every second while a countdown this element shows is running. */
  protected readonly countdown = new CountdownController(
    this,
    () => this.countdownDeadlines(),
    () => this.signIn?.flow.now() ?? Date.now(),
  );

  private pendingFocus: PendingFocus | null = null;

  /** Whether the password field (of the steps that have one) shows what is typed. */
  @state()
  protected passwordShown = false;

  constructor() {
    super();
    new FlowNoticesController(
      this,
      () => this.signIn?.flow,
      (notice) => this.hear(notice),
    );
  }

  /** Whether the current step is one of this element's. */
  protected get active(): boolean {
    return this.signIn !== undefined && this.activeSteps.has(this.signIn.state.step);
  }

  /** Whether this element shows: in its steps (and, for some, before the sign-in answers). */
  protected get shown(): boolean {
    return this.active;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    // Before the context is requested (by `super`), so that a request nobody answers yet is kept.
    answerLateProviders(this.ownerDocument);
    super.connectedCallback();
    adoptStyles(this.getRootNode());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.hidden = !this.shown;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const focus = this.pendingFocus;
    this.pendingFocus = null;
    if (!focus || !this.active) return;
    if (focus.to === 'field') this.focusField(focus.field);
    else this.focusOnArrival();
  }

  /**
   * Reacts to what the flow announces: arriving in one of this element's steps (or at
   * another strategy) moves focus into the form, unless the user did not get there by
   * acting; an error on a field moves focus to that field. Both happen after the render.
   */
  protected hear(notice: FlowNotice): void {
    if (notice.type === 'status-change') {
      const { step, previousStep } = notice.detail;
      if (this.activeSteps.has(step) && !passiveSteps.has(previousStep)) {
        this.pendingFocus = { to: 'arrival' };
      }
    } else if (notice.type === 'error' && this.activeSteps.has(notice.detail.step)) {
      const { field } = notice.detail;
      if (field && this.fields.includes(field)) this.pendingFocus = { to: 'field', field };
    }
  }

  /** Focuses the input an error belongs to, selecting its text so that typing replaces it. */
  protected focusField(field: string): void {
    const input = this.querySelector<HTMLInputElement>(`input[data-field="${field}"]`);
    if (!input) return;
    input.focus();
    input.select();
  }

  /** The deadlines this element counts down to: the end of a rate limit or lockout. */
  protected countdownDeadlines(): ReadonlyArray<number | null | undefined> {
    return [this.signIn?.state.lockedUntil];
  }

  /** The message of the error shown on `field`, or '' when there is none. */
  protected fieldErrorMessage(field: ErrorField): string {
    const error = this.signIn?.state.error;
    return error?.field === field ? error.message : '';
  }

  /** The id of `field`'s error message while it shows one, for `aria-describedby`. */
  protected fieldErrorId(field: ErrorField): string | undefined {
    return this.fieldErrorMessage(field) ? this.elementId(`${field}-error`) : undefined;
  }

  /**
   * The error message under a field: the form's live region while it holds the error
   * shown, else an empty paragraph that takes no space.
   */
  protected renderFieldError(field: ErrorField): TemplateResult {
    const message = this.fieldErrorMessage(field);
    return html`<p
      class="clerk-mfa-field-error"
      id=${this.elementId(`${field}-error`)}
      role=${ifDefined(message ? 'alert' : undefined)}
      .textContent=${message}
    ></p>`;
  }

  /** The message of an error that belongs to no field of this form, the live region while it shows one. */
  protected renderFormError(): TemplateResult {
    const error = this.signIn?.state.error;
    const message =
      error && !(error.field && this.fields.includes(error.field)) ? error.message : '';
    return html`<p
      class="clerk-mfa-form-error"
      role=${ifDefined(message ? 'alert' : undefined)}
      .textContent=${message}
    ></p>`;
  }

  /**
   * The form's submit button: disabled with a countdown while a rate limit or lockout
   * lasts, and marked busy (still focusable) while a request is in flight.
   */
  protected renderSubmitButton(
    label: string,
    lockedUntil: number | null = this.signIn!.state.lockedUntil,
  ): TemplateResult {
    const { state: flowState, translate } = this.signIn!;
    const lockedSeconds = this.countdown.secondsUntil(lockedUntil);
    return html`<button
      type="submit"
      ?disabled=${lockedSeconds > 0}
      aria-disabled=${flowState.busy ? 'true' : 'false'}
    >
      ${
        lockedSeconds > 0
          ? translate('clerkMfaElements.tryAgainIn', { duration: { seconds: lockedSeconds } })
          : flowState.busy
            ? translate('clerkMfaElements.busy')
            : label
      }
    </button>`;
  }

  /**
   * The password input (on the `password` field, named `name`) with its show-password
   * toggle, described by its error and by `describedBy` (a hint's id).
   */
  protected renderPasswordRow(field: {
    readonly name: string;
    readonly autocomplete: 'current-password' | 'new-password';
    readonly describedBy?: string;
    readonly passwordRules?: string;
  }): TemplateResult {
    const id = this.elementId('password');
    const describedBy = [field.describedBy, this.fieldErrorId('password')]
      .filter(Boolean)
      .join(' ');
    return html`<div class="clerk-mfa-password-row">
      <input
        id=${id}
        name=${field.name}
        data-field="password"
        type=${this.passwordShown ? 'text' : 'password'}
        autocomplete=${field.autocomplete}
        passwordrules=${ifDefined(field.passwordRules)}
        autocapitalize="none"
        spellcheck="false"
        required
        aria-invalid=${this.fieldErrorMessage('password') ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy || undefined)}
      />
      <button
        type="button"
        class="clerk-mfa-password-toggle"
        aria-controls=${id}
        aria-pressed=${this.passwordShown ? 'true' : 'false'}
        @click=${this.togglePassword}
      >
        ${this.signIn!.translate('clerkMfaElements.showPassword')}
      </button>
    </div>`;
  }

  private readonly togglePassword = (): void => {
    this.passwordShown = !this.passwordShown;
  };

  /** The text a form field holds at submit time (values are never kept elsewhere). */
  protected fieldValue(form: HTMLFormElement, name: string): string {
    const value = new FormData(form).get(name);
    return typeof value === 'string' ? value : '';
  }

  /** Moves focus into the form when the user arrives in this element's step or strategy. */
  protected abstract focusOnArrival(): void;
}
