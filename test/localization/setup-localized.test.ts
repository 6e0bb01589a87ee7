/**
 * `<clerk-mfa-setup>` in French and Arabic, from the locale modules `npm run build` writes:
 * the choice of a factor, the authenticator app's enrolment, the backup codes and a
 * reverification hold no English sentence of either table.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/clerk-mfa-setup.js';
import type { ClerkMfaSetup } from '../../src/elements/clerk-mfa-setup.js';
import { englishMessages } from '../../src/english.js';
import { type LocaleResource } from '../../src/messages.js';
import { mfaSetupMessages } from '../../src/mfa-setup-messages.js';
import { FakeMfaUser, fakeClerkWithUser, fakeValidCode } from '../fakes/fake-user.js';
import { typeInto } from '../elements/element-harness.js';

async function localeModule(tag: string): Promise<LocaleResource> {
  const module = (await import(`../../dist/locales/${tag}.js`)) as Record<string, LocaleResource>;
  return module[tag.replace('-', '')];
}

/** English sentences of both tables (three words or more), as whole phrases. */
const englishSentences = [...Object.values(englishMessages), ...Object.values(mfaSetupMessages)]
  .flatMap((message) => message.split(/\{\{[^}]*\}\}/))
  .map((fragment) => fragment.trim())
  .filter((fragment) => fragment.split(/\s+/).length >= 3);

function englishShown(element: HTMLElement): string[] {
  const texts = [
    element.textContent ?? '',
    ...[...element.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label')),
  ].join('\n');
  return englishSentences.filter((sentence) => texts.includes(sentence));
}

async function renderIn(tag: string, user = new FakeMfaUser()): Promise<ClerkMfaSetup> {
  const locales = [await localeModule(tag)];
  const clerk = fakeClerkWithUser(user, { totp: true, phoneCode: true, backupCode: true });
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${tag}>
      <clerk-mfa-setup required .clerk=${clerk} .locales=${locales}></clerk-mfa-setup>
    </div>`,
  );
  const element = wrapper.querySelector('clerk-mfa-setup')!;
  await waitUntil(() => element.step === 'choose', `still at ${element.step}`);
  await element.updateComplete;
  return element;
}

for (const tag of ['fr-FR', 'ar-SA']) {
  describe(`<clerk-mfa-setup> in ${tag}`, () => {
    it('shows no English from the choice to the backup codes', async () => {
      const element = await renderIn(tag);
      expect(englishShown(element), 'choice').to.deep.equal([]);
      element.querySelector<HTMLButtonElement>('[data-strategy="totp"]')!.click();
      await waitUntil(() => element.querySelector('svg.clerk-mfa-qr'), 'no QR code');
      await element.updateComplete;
      expect(englishShown(element), 'enrolment').to.deep.equal([]);
      await typeInto(element.querySelector<HTMLInputElement>('input[name="code"]')!, fakeValidCode);
      await waitUntil(() => element.step === 'enrolled', `still at ${element.step}`);
      await element.updateComplete;
      expect(englishShown(element), 'backup codes').to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('asks for a reverification without English', async () => {
      const element = await renderIn(tag, new FakeMfaUser().requireReverification('createTOTP'));
      element.querySelector<HTMLButtonElement>('[data-strategy="totp"]')!.click();
      await waitUntil(() => element.step === 'reverify', `still at ${element.step}`);
      await element.updateComplete;
      expect(englishShown(element)).to.deep.equal([]);
    });
  });
}
