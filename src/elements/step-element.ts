import { consume } from '@lit/context';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { signInContext, type SignInContext } from '../context.js';
import { CountdownController } from '../controllers/countdown-controller.js';
import type { CodeStrategy, FlowError, Step } from '../flow/types.js';
import { adoptStyles } from '../styles.js';
import { createIdFactory } from './ids.js';

/** Steps the user did not reach by acting, after which focus stays where it is. */
export const passiveSteps: ReadonlySet<Step | null> = new Set([null, 'loading']);

/**
 * What `<clerk-credentials-step>` and `<clerk-code-step>` share: they consume the
 * sign-in context, render their form in light DOM (so password managers and
 * one-time-code autofill see the inputs), hide themselves outside their steps and
 * move focus when the user arrives in their step or meets an error.
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

  /** Re-renders every second while a countdown this element shows is running. */
  protected readonly countdown = new CountdownController(this, () => this.countdownDeadlines());

  private lastStep: Step | null = null;
  private lastStrategy: CodeStrategy | null = null;
  private lastError: FlowError | null = null;

  /** Whether the current step is one of this element's. */
  protected get active(): boolean {
    return this.signIn !== undefined && this.activeSteps.has(this.signIn.state.step);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this.getRootNode());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.hidden = !this.active;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const flowState = this.signIn?.state;
    if (!flowState) return;
    // Arriving means a new step, or a new code strategy within the code step.
    const arrived = flowState.step !== this.lastStep || flowState.strategy !== this.lastStrategy;
    const previousStep = this.lastStep;
    this.lastStep = flowState.step;
    this.lastStrategy = flowState.strategy;
    const newError = flowState.error !== this.lastError ? flowState.error : null;
    this.lastError = flowState.error;
    if (!this.active) return;
    if (newError?.field) {
      this.focusField(newError.field);
    } else if (arrived && !passiveSteps.has(previousStep)) {
      this.focusOnArrival();
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

  /**
   * The form's submit button: disabled with a countdown while a rate limit or lockout
   * lasts, and marked busy (still focusable) while a request is in flight.
   */
  protected renderSubmitButton(label: string): TemplateResult {
    const { state: flowState, translate } = this.signIn!;
    const lockedSeconds = this.countdown.secondsUntil(flowState.lockedUntil);
    return html`<button
      type="submit"
      ?disabled=${lockedSeconds > 0}
      aria-disabled=${flowState.busy ? 'true' : 'false'}
    >
      ${
        lockedSeconds > 0
          ? translate('clerkMfaElements.tryAgainIn', { seconds: lockedSeconds })
          : flowState.busy
            ? translate('clerkMfaElements.busy')
            : label
      }
    </button>`;
  }

  /** The text a form field holds at submit time (values are never kept elsewhere). */
  protected fieldValue(form: HTMLFormElement, name: string): string {
    const value = new FormData(form).get(name);
    return typeof value === 'string' ? value : '';
  }

  /** Moves focus into the form when the user arrives in this element's step or strategy. */
  protected abstract focusOnArrival(): void;
}
