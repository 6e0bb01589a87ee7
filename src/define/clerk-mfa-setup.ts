/** Registers `<clerk-mfa-setup>` unless the tag is already taken. */
import { ClerkMfaSetup } from '../elements/clerk-mfa-setup.js';

if (!customElements.get('clerk-mfa-setup')) {
  customElements.define('clerk-mfa-setup', ClerkMfaSetup);
}

declare global {
  interface HTMLElementTagNameMap {
    'clerk-mfa-setup': ClerkMfaSetup;
  }
}
