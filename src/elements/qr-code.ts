/**
 * The authenticator app's QR code, drawn in the browser as SVG from the otpauth URI by
 * `lean-qr` (no request, no inline style: the path is an attribute, its colours come
 * from the element's stylesheet). `<clerk-mfa-setup>` loads this module with a dynamic
 * import only when it shows an enrolment, so no other page pays for it.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { generate } from 'lean-qr/nano';

/** Modules of quiet zone around the code, as the QR specification asks. */
const quietZone = 4;

/** The QR code of `text`, as an SVG image labelled `label`. */
export function qrCodeSvg(text: string, label: string): SVGTemplateResult {
  const code = generate(text);
  const size = code.size + quietZone * 2;
  let path = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (code.get(x, y)) path += `M${x + quietZone} ${y + quietZone}h1v1h-1z`;
    }
  }
  return svg`<svg
    class="clerk-mfa-qr"
    role="img"
    aria-label=${label}
    viewBox="0 0 ${size} ${size}"
    shape-rendering="crispEdges"
  ><rect class="clerk-mfa-qr-background" width=${size} height=${size}></rect><path class="clerk-mfa-qr-modules" d=${path}></path></svg>`;
}
