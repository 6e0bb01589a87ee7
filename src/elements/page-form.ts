/**
 * A form the page writes inside a step element, in its own HTML, so that the first
 * screen is there before any script: users and password managers can type at once, and
 * the layout does not wait for the script (the README's "First screen in the page's
 * HTML"). When the step renders its own form, that form takes the page's form's place:
 * what was typed, the field that had focus and its selection move over, and the page's
 * form is removed, in the same task, so no frame shows neither.
 */

/** The inputs of a page's form, taken out of the page, and the one that had focus. */
export interface TakenForm {
  readonly inputs: readonly HTMLInputElement[];
  readonly focused: HTMLInputElement | undefined;
}

/** Stops a page's form from submitting: its fields go to the step's flow, never to a URL. */
const keepFromSubmitting = (event: Event): void => event.preventDefault();

/**
 * The nodes a step element held when it connected before its first render: the page's
 * form and whatever surrounds it.
 */
export class PageForm {
  private readonly displayedObserver: ResizeObserver;

  private constructor(
    private readonly nodes: readonly ChildNode[],
    private readonly forms: readonly HTMLFormElement[],
    whenDisplayed: () => void,
  ) {
    this.displayedObserver = new ResizeObserver(() => {
      if (this.displayed) whenDisplayed();
    });
    this.displayedObserver.observe(forms[0]);
  }

  /**
   * The page's form inside `host`, or undefined when it has none; `whenDisplayed` is
   * called when it gets a box on screen (it has none in a sign-in that has not rendered
   * yet, or in a hidden container). From now on the form cannot submit; one that could
   * have submitted before the script (no `method="dialog"`) is reported, as it would
   * have sent what was typed to a URL.
   */
  static in(host: HTMLElement, whenDisplayed: () => void): PageForm | undefined {
    const forms = [...host.querySelectorAll('form')];
    if (forms.length === 0) return undefined;
    for (const form of forms) {
      form.addEventListener('submit', keepFromSubmitting);
      if (form.method !== 'dialog') {
        console.warn(
          `<${host.localName}>: the form written in the page needs method="dialog", so that ` +
            'submitting it before the script has loaded sends nothing to a URL.',
        );
      }
    }
    return new PageForm([...host.childNodes], forms, whenDisplayed);
  }

  /**
   * Whether the form is on screen, so that focus can move from it to the step's own: a
   * step replaces it only then (the user can type into nothing else).
   */
  get displayed(): boolean {
    return this.forms[0].getClientRects().length > 0;
  }

  /** Removes the page's nodes, answering their inputs (which keep what was typed). */
  takeOut(): TakenForm {
    const inputs = this.forms.flatMap((form) => [
      ...form.querySelectorAll<HTMLInputElement>('input[name]'),
    ]);
    const focused = inputs.find((input) => input === input.ownerDocument.activeElement);
    this.displayedObserver.disconnect();
    for (const node of this.nodes) node.remove();
    return { inputs, focused };
  }
}

/**
 * Puts what was typed into the page's form into the inputs of the same names in `root`,
 * and focus and its selection back where they were. Values are set as properties, never
 * as attributes.
 */
export function moveTypedFields(root: ParentNode, { inputs, focused }: TakenForm): void {
  for (const target of root.querySelectorAll<HTMLInputElement>('input[name]')) {
    const typed = inputs.find((input) => input.name === target.name);
    if (!typed) continue;
    if (typed.value) target.value = typed.value;
    if (typed !== focused) continue;
    target.focus();
    // An input of `type="email"` has no selection.
    if (typed.selectionStart !== null && typed.selectionEnd !== null) {
      target.setSelectionRange(
        typed.selectionStart,
        typed.selectionEnd,
        typed.selectionDirection ?? undefined,
      );
    }
  }
}
