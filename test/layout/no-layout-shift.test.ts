/**
 * `clerk-mfa-elements/placeholder.css` (`src/placeholder.css`) keeps the content below a
 * `<clerk-mfa-sign-in>` in place while the element's script arrives late: each page here
 * is a fresh frame that shows the tag and a paragraph below it, then loads the
 * single-file build 300 ms later, as a slow CDN would. Chromium reports layout shifts
 * (`PerformanceObserver`, `layout-shift`), and must report none; every engine must show
 * the paragraph where it was. Without the stylesheet the same page does shift, so the
 * measurement is one that fails.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { FakeClerk } from '../fakes/fake-clerk.js';

const bundleUrl = '/dist/browser/clerk-mfa-elements.js';
const scriptDelayMilliseconds = 300;

interface LayoutShiftEntry extends PerformanceEntry {
  readonly value: number;
  readonly hadRecentInput: boolean;
}

interface LoadedPage {
  /** Where the paragraph below the sign-in was before the script ran, and after its form showed. */
  readonly belowTopBefore: number;
  readonly belowTopAfter: number;
  /** The sum of the layout shifts Chromium reported, or null in an engine that reports none. */
  readonly cumulativeLayoutShift: number | null;
}

const frames: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

function nextFrames(view: Window, count = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) =>
      left === 0 ? resolve() : view.requestAnimationFrame(() => step(left - 1));
    step(count);
  });
}

/** Opens a page with the sign-in tag and a paragraph below it, and loads the script late. */
async function loadPageWithLateScript({
  placeholder,
}: {
  placeholder: boolean;
}): Promise<LoadedPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Sign in</title>
    ${placeholder ? '<link rel="stylesheet" href="/src/placeholder.css" />' : ''}
  </head>
  <body>
    <h1>Sign in</h1>
    <clerk-mfa-sign-in></clerk-mfa-sign-in>
    <p id="below">Content below the sign-in</p>
  </body>
</html>`;
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow as Window & typeof globalThis & { Clerk?: FakeClerk };
  const page = frame.contentDocument!;

  const shifts: LayoutShiftEntry[] = [];
  const reportsLayoutShifts = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
  const observer = reportsLayoutShifts
    ? new view.PerformanceObserver((list) =>
        shifts.push(...(list.getEntries() as LayoutShiftEntry[])),
      )
    : null;
  observer?.observe({ type: 'layout-shift', buffered: true });

  await nextFrames(view);
  const below = page.getElementById('below')!;
  const belowTopBefore = below.getBoundingClientRect().top;

  view.Clerk = new FakeClerk({ loaded: false });
  await new Promise((resolve) => setTimeout(resolve, scriptDelayMilliseconds));
  const script = page.createElement('script');
  script.type = 'module';
  script.src = bundleUrl;
  page.head.append(script);
  await view.customElements.whenDefined('clerk-mfa-sign-in');
  const signIn = page.querySelector('clerk-mfa-sign-in')!;
  await waitUntil(
    () => signIn.getAttribute('step') === 'credentials',
    'the sign-in did not show its form',
  );
  await nextFrames(view, 3);
  const belowTopAfter = below.getBoundingClientRect().top;
  if (observer) shifts.push(...(observer.takeRecords() as LayoutShiftEntry[]));
  observer?.disconnect();

  return {
    belowTopBefore,
    belowTopAfter,
    cumulativeLayoutShift: reportsLayoutShifts
      ? shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0)
      : null,
  };
}

describe('placeholder.css', () => {
  it('keeps the content below the sign-in in place while its script arrives late', async () => {
    const page = await loadPageWithLateScript({ placeholder: true });
    expect(page.belowTopAfter, 'position of the content below').to.equal(page.belowTopBefore);
    if (page.cumulativeLayoutShift !== null) {
      expect(page.cumulativeLayoutShift, 'cumulative layout shift').to.equal(0);
    }
  });

  it('is what keeps it there: without it the content below jumps by the form\u2019s height', async () => {
    const page = await loadPageWithLateScript({ placeholder: false });
    expect(page.belowTopAfter - page.belowTopBefore).to.be.greaterThan(250);
    if (page.cumulativeLayoutShift !== null) {
      expect(page.cumulativeLayoutShift, 'cumulative layout shift').to.be.greaterThan(0);
    }
  });
});
