import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClerkMfaSetup } from '../elements/clerk-mfa-setup.js';
import type { ClerkLike } from '../flow/clerk-adapter/index.js';
import type { Step } from '../flow/types.js';
import type { LocaleResource, LocalizationResource } from '../messages.js';
import { passiveSteps } from '../elements/step-element.js';

/** What the controller reads from the sign-in that hosts it. */
export interface SetupTaskHost {
  readonly step: () => Step;
  /** The Clerk instance the sign-in loaded. */
  readonly clerk: () => ClerkLike | undefined;
  readonly localization: () => LocalizationResource | undefined;
  readonly locales: () => readonly LocaleResource[] | undefined;
  /** The second factor is set up and its backup codes seen: the task is done. */
  readonly complete: () => void;
}

/**
 * Shows `<clerk-mfa-setup required>` inside `<clerk-mfa-sign-in>` (in its light DOM, so
 * password managers see the forms) while the sign-in is at its `setup-mfa` step, with the
 * sign-in's Clerk and localization, and removes it when the step is left. The setup
 * element's module is imported only then, so a sign-in that never meets the task never
 * loads it. Its `clerk-mfa-setup-complete` finishes the sign-in's task.
 */
export class SetupTaskController implements ReactiveController {
  private setup: ClerkMfaSetup | null = null;
  private previousStep: Step | null = null;
  /** Whether the user reached the step by acting (not on loading): focus then moves into it. */
  private arrivedByActing = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly sign: SetupTaskHost,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const step = this.sign.step();
    if (step === 'setup-mfa' && this.previousStep !== 'setup-mfa') {
      this.arrivedByActing = !passiveSteps.has(this.previousStep);
      void import('../define/clerk-mfa-setup.js').then(() => this.show());
    } else if (step !== 'setup-mfa') {
      this.hide();
    }
    this.previousStep = step;
    if (this.setup) this.configure(this.setup);
  }

  hostDisconnected(): void {
    this.previousStep = null;
  }

  private show(): void {
    if (this.sign.step() !== 'setup-mfa' || this.setup) return;
    const setup = document.createElement('clerk-mfa-setup');
    setup.required = true;
    setup.autofocus = this.arrivedByActing;
    setup.addEventListener('clerk-mfa-setup-complete', this.sign.complete);
    this.configure(setup);
    this.setup = setup;
    this.host.append(setup);
  }

  private configure(setup: ClerkMfaSetup): void {
    setup.clerk = this.sign.clerk();
    setup.localization = this.sign.localization();
    setup.locales = this.sign.locales();
  }

  private hide(): void {
    this.setup?.remove();
    this.setup = null;
  }
}
