/** Registers `<clerk-new-password-step>` unless the tag is already taken. */
import { ClerkNewPasswordStep } from '../elements/clerk-new-password-step.js';

if (!customElements.get('clerk-new-password-step')) {
  customElements.define('clerk-new-password-step', ClerkNewPasswordStep);
}

declare global {
  interface HTMLElementTagNameMap {
    'clerk-new-password-step': ClerkNewPasswordStep;
  }
}
