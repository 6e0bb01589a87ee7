/** Registers `<clerk-code-step>` unless the tag is already taken. */
import { ClerkCodeStep } from '../elements/clerk-code-step.js';

if (!customElements.get('clerk-code-step')) {
  customElements.define('clerk-code-step', ClerkCodeStep);
}

declare global {
  interface HTMLElementTagNameMap {
    'clerk-code-step': ClerkCodeStep;
  }
}
