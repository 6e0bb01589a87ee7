/**
 * Proves the browser test set-up itself: TypeScript with Lit's legacy decorators,
 * Lit in dev mode, @open-wc/testing fixtures and real key presses. Remove once the
 * element tests exercise all of this.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';

@customElement('runner-smoke-greeting')
class RunnerSmokeGreeting extends LitElement {
  @property() name = 'world';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render() {
    return html`<label>Name <input .value=${this.name} @input=${this.updateName} /></label>
      <p>Hello, ${this.name}!</p>`;
  }

  private updateName(event: InputEvent): void {
    this.name = (event.target as HTMLInputElement).value;
  }
}

describe('browser test runner', () => {
  it('runs Lit in dev mode', () => {
    expect((globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings).to.be.instanceOf(
      Set,
    );
  });

  it('renders a decorated element and types into it with real key presses', async () => {
    const greeting = await fixture<RunnerSmokeGreeting>(
      html`<runner-smoke-greeting name="Ada"></runner-smoke-greeting>`,
    );
    expect(greeting.querySelector('p')?.textContent).to.equal('Hello, Ada!');

    const input = greeting.querySelector('input')!;
    input.focus();
    input.select();
    await sendKeys({ type: 'Grace' });
    await greeting.updateComplete;

    expect(greeting.querySelector('p')?.textContent).to.equal('Hello, Grace!');
  });
});
