/**
 * The baseline of bench:extract: Mozilla Readability on linkedom's DOM, the
 * article's text as Readability gives it.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  return new Readability(document).parse()?.textContent ?? '';
}
