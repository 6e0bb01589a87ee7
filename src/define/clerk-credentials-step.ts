/** Registers `<clerk-credentials-step>` unless the tag is already taken. */
import { ClerkCredentialsStep } from '../elements/clerk-credentials-step.js';

if (!customElements.get('clerk-credentials-step')) {
  customElements.define('clerk-credentials-step', ClerkCredentialsStep);
}

declare global {
  interface HTMLElementTagNameMap {
    'clerk-credentials-step': ClerkCredentialsStep;
  }
}
