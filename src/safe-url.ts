/**
 * The one rule for URLs the elements navigate to from their attributes
 * (`redirect-url`, `forgot-password-url`): http, https or relative, never
 * `javascript:`, `data:` or any other scheme.
 */

/** The absolute URL of `url` when it is http(s) or relative to the page; else undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, document.baseURI);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
