/**
 * The single-file build in a page whose sign-in form is written in its HTML (the README's
 * "First screen in the page's HTML"): the browser paints that form before the elements
 * upgrade, even when the build is there before the HTML has been parsed; every element is
 * defined right after. Each page is an iframe of its own.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { readmeForm } from './readme-form.js';

const singleFileBuild = '/dist/browser/clerk-mfa-elements.js';

/**
 * In the page's head, before anything else: once the page's email input is parsed, waits
 * for the next frame to be painted (a task after the frame's animation callbacks, as the
 * benchmark's probe does) and notes whether `<clerk-mfa-sign-in>` had been defined by then.
 */
const paintProbe = `<script>
  window.definedAtFirstPaint = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('input[name="identifier"]')) return;
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() => resolve(customElements.get('clerk-mfa-sign-in') !== undefined)),
      );
    });
    observer.observe(document, { childList: true, subtree: true });
  });
</script>`;

interface ProbedWindow extends Window {
  definedAtFirstPaint: Promise<boolean>;
}

/** Opens a page with `body`, the probe and the build, the build already in the browser's cache. */
async function openPage(body: string): Promise<HTMLIFrameElement> {
  await import(/* @vite-ignore */ singleFileBuild);
  const frame = document.createElement('iframe');
  frame.style.width = '600px';
  frame.style.height = '800px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${paintProbe}
    <script type="module" src="${singleFileBuild}"></script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  after(() => frame.remove());
  await loaded;
  return frame;
}

describe('the single-file build and a form written in the page', () => {
  it('lets the browser paint the page’s form before the elements upgrade', async () => {
    const frame = await openPage(await readmeForm());
    const window = frame.contentWindow as ProbedWindow;
    expect(await window.definedAtFirstPaint, 'defined before the first paint').to.equal(false);
    await waitUntil(() => window.customElements.get('clerk-mfa-sign-in'), 'then defined');
    for (const tag of ['clerk-credentials-step', 'clerk-code-step', 'clerk-new-password-step']) {
      expect(window.customElements.get(tag), tag).to.exist;
    }
  });
});
