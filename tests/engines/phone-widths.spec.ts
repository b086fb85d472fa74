/**
 * Phone widths in each engine: at 320 and 390 CSS pixels every kind of page
 * reflows into the width, with no sideways scrolling and nothing cut off at
 * the right edge, also at the largest text and widest spacing. (WebKit reaches
 * these widths by zoom: tests/engines/webkit.ts.)
 */
import { expect, test } from './fixtures';
import type { Reader } from './reader';
import { PAGE_KINDS, visit } from './site';

/** What sticks out to the right of the page's width: the page itself, and the elements that do. */
const overflow = (reader: Reader) =>
  reader.run(() => {
    const width = document.documentElement.clientWidth;
    const sticking = [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5 && element.getClientRects().length > 0)
      .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}"> right ${Math.round(element.getBoundingClientRect().right)}`);
    return { width: window.innerWidth, scrolls: document.documentElement.scrollWidth > width, sticking: sticking.slice(0, 5) };
  });

const WIDTHS = [
  { width: 320, settings: {} },
  { width: 390, settings: {} },
  { width: 320, settings: { size: 'largest', spacing: 'widest' } },
] as const;

for (const { width, settings } of WIDTHS) {
  const label = Object.keys(settings).length > 0 ? ' at the largest text and widest spacing' : '';
  test(`at ${width} CSS px${label}, every kind of page fits the width: no sideways scrolling, nothing cut off`, async ({ reader }) => {
    await reader.open('/');
    await reader.setWidth(width);
    for (const page of PAGE_KINDS) {
      await visit(reader, page, settings);
      expect(await overflow(reader), `the ${page.kind} page (${page.path})`).toEqual({ width, scrolls: false, sticking: [] });
    }
  });
}
