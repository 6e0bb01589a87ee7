import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { isPlausibleCode, normalizeCode } from '../flow/codes.js';
import type { CodeStrategy } from '../flow/types.js';

/** How long a code typed key by key waits after its last digit before it submits itself. */
const typingPauseMilliseconds = 300;

/** What one code input shows. */
export interface CodeInputOptions {
  readonly id: string;
  /** Which code it takes: numeric (authenticator app, SMS, email) or a backup code. */
  readonly strategy: CodeStrategy;
  readonly invalid: boolean;
  /** Ids of the texts that describe the input (where the code went, its error). */
  readonly describedBy: string;
}

/**
 * The one code input of every form that asks for a code (signing in, setting up a
 * second factor): a real text input, no `maxlength`, so autofill and paste work.
 * Numeric codes get the numeric keyboard and one-time-code autofill, keep only their
 * code however it arrives (typed, pasted, filled in, any other input event), and submit
 * themselves once complete and possibly right; a code typed key by key waits for a pause
 * first, so that a seventh digit stops the first six from being sent. Backup codes are
 * plain text, submitted with the form's button.
 */
export class CodeInputController implements ReactiveController {
  /** The code last submitted, so that a repeated input event does not submit it again. */
  private submittedCode = '';
  /** The submit of a code typed key by key, waiting for the pause after its last digit. */
  private timer: ReturnType<typeof setTimeout> | undefined;
  private strategy: CodeStrategy | undefined;

  constructor(
    host: ReactiveControllerHost,
    /** Submits a complete code; called only while `canSubmit()` holds. */
    private readonly submit: (code: string) => void,
    /** Whether a code may be submitted now (no request in flight). */
    private readonly canSubmit: () => boolean,
  ) {
    host.addController(this);
  }

  /** The input; a new element for another strategy, so that nothing typed carries over. */
  render(options: CodeInputOptions): TemplateResult {
    this.strategy = options.strategy;
    const numeric = options.strategy !== 'backup_code';
    return html`${keyed(
      options.strategy,
      html`<input
        id=${options.id}
        name="code"
        data-field="code"
        type="text"
        inputmode=${numeric ? 'numeric' : nothing}
        .autocomplete=${numeric ? 'one-time-code' : 'off'}
        autocapitalize="none"
        spellcheck="false"
        aria-invalid=${options.invalid ? 'true' : 'false'}
        aria-describedby=${options.describedBy || nothing}
        @input=${numeric ? this.normalizeTypedCode : nothing}
        @paste=${numeric ? this.normalizePastedCode : nothing}
      />`,
    )}`;
  }

  /** A new code is asked for (another step or strategy): any code may be submitted again. */
  reset(): void {
    clearTimeout(this.timer);
    this.submittedCode = '';
  }

  /** The form was submitted with `text`: input events repeating that code do not submit it again. */
  submittedWithForm(text: string): void {
    clearTimeout(this.timer);
    this.submittedCode = this.normalized(text);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  private normalized(text: string): string {
    return this.strategy ? normalizeCode(this.strategy, text) : '';
  }

  private readonly normalizeTypedCode = (event: Event): void => {
    const input = event.currentTarget as HTMLInputElement;
    const code = this.normalized(input.value);
    if (code !== input.value) input.value = code;
    const typedOneKey =
      event instanceof InputEvent && event.inputType === 'insertText' && event.data?.length === 1;
    this.submitWhenComplete(input, code, typedOneKey ? typingPauseMilliseconds : 0);
  };

  /** Takes the code out of a pasted text such as `Your code is 123 456`. */
  private readonly normalizePastedCode = (event: ClipboardEvent): void => {
    const input = event.currentTarget as HTMLInputElement;
    const code = this.normalized(event.clipboardData?.getData('text') ?? '');
    event.preventDefault();
    input.value = code;
    this.submitWhenComplete(input, code, 0);
  };

  /** Submits `code` after `delay` ms if the input still holds it, it can be right and was not sent yet. */
  private submitWhenComplete(input: HTMLInputElement, code: string, delay: number): void {
    clearTimeout(this.timer);
    const { strategy } = this;
    if (!strategy || !isPlausibleCode(strategy, code) || code === this.submittedCode) return;
    const submitIfStillTyped = () => {
      if (!this.canSubmit() || input.value !== code) return;
      this.submittedCode = code;
      this.submit(code);
    };
    if (delay > 0) this.timer = setTimeout(submitIfStillTyped, delay);
    else submitIfStillTyped();
  }
}
