/**
 * The baseline of bench:extract: Mozilla Readability on linkedom's DOM, the
 * article's text as Readability gives it. JavaScript with a declaration file
 * (readability.d.mts), like the bench's other tools, so that type-checking the
 * project never needs the bench's own packages installed.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export function readabilityText(html) {
  const { document } = parseHTML(html);
  return new Readability(document).parse()?.textContent ?? '';
}
