/** Registers every element: `import 'clerk-mfa-elements/define'`. */
import './clerk-mfa-sign-in.js';
