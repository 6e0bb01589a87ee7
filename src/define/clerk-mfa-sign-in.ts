/**
 * Registers `<clerk-mfa-sign-in>` unless the tag is already taken, together with the
 * step elements it creates when it has none.
 */
import { ClerkMfaSignIn } from '../elements/clerk-mfa-sign-in.js';
import './clerk-code-step.js';
import './clerk-credentials-step.js';
import './clerk-new-password-step.js';

if (!customElements.get('clerk-mfa-sign-in')) {
  customElements.define('clerk-mfa-sign-in', ClerkMfaSignIn);
}

declare global {
  interface HTMLElementTagNameMap {
    'clerk-mfa-sign-in': ClerkMfaSignIn;
  }
}
