import type { ReactiveController, ReactiveControllerHost } from 'lit';

const stepTags = ['clerk-credentials-step', 'clerk-code-step', 'clerk-new-password-step'] as const;

/**
 * Gives a `<clerk-mfa-sign-in>` the step elements it lacks after its first update, once
 * the page is parsed (steps written in the page are its children by then): all of them
 * for an element written empty, and in an author's own layout the steps it leaves out
 * (such as the new-password step of a layout written before password reset), so that
 * no step is ever without its form. A default step gives way when the author adds one
 * of the same tag later, as a framework rendering the children after the element may.
 */
export class DefaultStepsController implements ReactiveController {
  private scheduled = false;
  private defaults: Element[] = [];
  private observer: MutationObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.createMissing(), {
        once: true,
      });
    } else {
      this.createMissing();
    }
  }

  private createMissing(): void {
    const missing = stepTags.filter((tag) => !this.host.querySelector(tag));
    if (missing.length === 0) return;
    this.defaults = missing.map((tag) => document.createElement(tag));
    this.host.append(...this.defaults);
    this.observer = new MutationObserver(() => this.giveWayToAuthoredSteps());
    this.observer.observe(this.host, { childList: true, subtree: true });
  }

  /** Removes each default step whose tag the author's own steps now have. */
  private giveWayToAuthoredSteps(): void {
    this.defaults = this.defaults.filter((step) => {
      const authored = [...this.host.querySelectorAll(step.localName)].some(
        (candidate) => candidate !== step,
      );
      if (authored) step.remove();
      return !authored;
    });
    if (this.defaults.length > 0) return;
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
