/**
 * Unique element ids for the light-DOM forms. Their inputs, labels and error
 * messages live in the page's document, so ids must not clash between two
 * instances on the same page.
 */
let instanceCount = 0;

/** Returns a function that makes ids unique to one element instance: `clerk-mfa-3-password`. */
export function createIdFactory(): (name: string) => string {
  const prefix = `clerk-mfa-${++instanceCount}`;
  return (name) => `${prefix}-${name}`;
}
