/**
 * The sign-in form the README's "First screen in the page's HTML" tells pages to write,
 * read from the README itself, for the tests of a page that holds it.
 */

/** The README's form, between its `first-screen` markers. */
export async function readmeForm(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const block =
    /<!-- first-screen:start -->\s*```html\n([\s\S]*?)```\s*<!-- first-screen:end -->/.exec(readme);
  if (!block) throw new Error('README.md has no first-screen block');
  return block[1];
}
