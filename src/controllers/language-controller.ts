import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The `lang` of `element` or of its nearest ancestor that has one, through shadow roots; '' for none. */
export function nearestLanguage(element: Element): string {
  for (let current: Element | null = element; current;) {
    const declared = current.closest('[lang]');
    if (declared) return declared.getAttribute('lang') ?? '';
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/**
 * Follows the language its host is in: the nearest `lang` attribute, on the host or an
 * ancestor. Tells `changed` the language when the host connects and whenever a `lang`
 * in its document (or in the shadow root that holds it) changes it.
 */
export class LanguageController implements ReactiveController {
  private language: string | undefined;
  private readonly observer = new MutationObserver(() => this.read());

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly changed: (language: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const root of new Set([this.host.ownerDocument, this.host.getRootNode()])) {
      this.observer.observe(root, { attributeFilter: ['lang'], subtree: true });
    }
    this.read();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  private read(): void {
    const language = nearestLanguage(this.host);
    if (language === this.language) return;
    this.language = language;
    this.changed(language);
  }
}
