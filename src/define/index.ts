/** Registers all three elements: `import 'clerk-mfa-elements/define'`. */
import './clerk-mfa-sign-in.js';
