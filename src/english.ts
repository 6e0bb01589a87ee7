/**
 * The sign-in's whole English table, `englishMessages`: the first screen's messages
 * (`src/messages.ts`) and the later ones (`src/sign-in-later-messages.ts`), for code that
 * drives `SignInFlow` itself and for `<clerk-mfa-setup>`, which shows the sign-in's errors
 * too. `<clerk-mfa-sign-in>` never imports it: it receives the later half with its flow.
 */
import { firstScreenMessages } from './messages.js';
import { laterSignInMessages } from './sign-in-later-messages.js';

/** Every message of the sign-in, in English, by key. */
export const englishMessages = { ...firstScreenMessages, ...laterSignInMessages } as const;
