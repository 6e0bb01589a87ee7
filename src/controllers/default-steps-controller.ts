import type { ReactiveController, ReactiveControllerHost } from 'lit';

const stepTags = ['clerk-credentials-step', 'clerk-code-step'] as const;
const stepSelector = stepTags.join(', ');

/**
 * Gives a `<clerk-mfa-sign-in>` without step elements the default pair after its first
 * update, once the page is parsed (steps written in the page are its children by then).
 * Steps an author adds later, as a framework rendering the children after the element
 * may, replace the default pair.
 */
export class DefaultStepsController implements ReactiveController {
  private scheduled = false;
  private defaults: readonly Element[] = [];
  private observer: MutationObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.createUnlessAuthored(), {
        once: true,
      });
    } else {
      this.createUnlessAuthored();
    }
  }

  private createUnlessAuthored(): void {
    if (this.host.querySelector(stepSelector)) return;
    this.defaults = stepTags.map((tag) => document.createElement(tag));
    this.host.append(...this.defaults);
    this.observer = new MutationObserver(() => this.giveWayToAuthoredSteps());
    this.observer.observe(this.host, { childList: true, subtree: true });
  }

  /** Removes the default pair once the author's own steps are in. */
  private giveWayToAuthoredSteps(): void {
    const authored = [...this.host.querySelectorAll(stepSelector)].some(
      (step) => !this.defaults.includes(step),
    );
    if (!authored) return;
    for (const step of this.defaults) step.remove();
    this.defaults = [];
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
