/**
 * A page of an Angular application with a sign-in on it and a state of its own, compiled
 * ahead of time by Angular's compiler for the Angular host test
 * (`scripts/framework-host-bundles.mjs`).
 *
 * Angular binds `[attr.…]` after it has inserted the element, and `[clerk]` as a
 * property; `(clerk-mfa-complete)` listens for the event by its exact name.
 */
import { Component, CUSTOM_ELEMENTS_SCHEMA, input, output, signal } from '@angular/core';
import type { ClerkLike, ClerkMfaCompleteEvent } from '../../../src/index.js';

@Component({
  selector: 'sign-in-page',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <p id="render-count">Rendered {{ renderCount() }} times</p>
      <clerk-mfa-sign-in
        [clerk]="clerk()"
        [attr.redirect-url]="redirectUrl()"
        [attr.resend-delay]="resendDelay()"
        (clerk-mfa-complete)="completed.emit($event)"
      ></clerk-mfa-sign-in>
    </main>
  `,
})
export class SignInPageComponent {
  readonly clerk = input.required<ClerkLike>();
  readonly redirectUrl = input.required<string>();
  readonly resendDelay = input.required<number>();
  readonly completed = output<ClerkMfaCompleteEvent>();
  readonly renderCount = signal(1);

  rerender(): void {
    this.renderCount.update((count) => count + 1);
  }
}
