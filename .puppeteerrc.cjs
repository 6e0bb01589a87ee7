/**
 * The browsers come from Debian's packages (see scripts/browsers.mjs);
 * puppeteer must not try to download its own.
 */
module.exports = { skipDownload: true };
