/**
 * Deliverable 5, low vision and motion: reflow at 320 px with no sideways
 * scrolling, WCAG 1.4.12 text-spacing overrides losing nothing, forced-colors
 * mode keeping markers, highlights, focus rings and buttons visible, AAA (7:1)
 * contrast for text in light and dark, reduced motion honoured, and targets of
 * markers and controls at least 24×24 px. Every crawled page.
 */
import type { Page } from '@playwright/test';
import { enterState, expect, expectNoProblems, test, visit, type State } from './a11y-fixtures';
import { CLAIM, openNote } from './support';

/** Elements that overflow their box sideways or are clipped (scroll or hidden overflow with content cut off). */
async function overflowProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      const wide = [...document.body.querySelectorAll<HTMLElement>('*')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && !el.closest('.visually-hidden'))
        .slice(-3)
        .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`);
      problems.push(`scrolls sideways: ${root.scrollWidth} px of content in ${root.clientWidth} px (${wide.join(', ')})`);
    }
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('.visually-hidden') || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      const clips = (value: string) => value !== 'visible';
      if ((clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1) || (clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
        if (style.overflowY === 'auto' || style.overflowY === 'scroll') continue; // scrollable, nothing lost
        problems.push(`<${el.tagName.toLowerCase()} class="${el.className}"> clips its content`);
      }
    }
    return problems;
  });
}

test('at 320 px wide no page scrolls sideways, at the standard and the largest text size', async ({ page, site, baseURL }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const problems: string[] = [];
  for (const settings of [{}, { size: 'largest', spacing: 'widest' }] as const) {
    for (const entry of site.pages) {
      await visit(page, baseURL!, site, entry, { viewport: 'phone', colorScheme: 'light', js: true, settings });
      for (const problem of await overflowProblems(page)) problems.push(`${entry.label} ${JSON.stringify(settings)}: ${problem}`);
    }
  }
  expectNoProblems(problems, 'reflow at 320 px');
});

/** The WCAG 1.4.12 text-spacing bookmarklet's overrides. */
const TEXT_SPACING = `
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
`;

for (const viewport of ['phone', 'desktop'] as const) {
  test(`${viewport}: with the WCAG 1.4.12 text-spacing overrides no content is cut off or pushed sideways`, async ({ page, site, baseURL }) => {
    test.setTimeout(90_000);
    await enterState(page, { viewport, colorScheme: 'light', js: true });
    const problems: string[] = [];
    for (const entry of site.pages) {
      await visit(page, baseURL!, site, entry);
      await page.addStyleTag({ content: TEXT_SPACING }).catch(async () => {
        // The page's CSP refuses an injected <style>: apply the same rules through the CSSOM instead.
        await page.evaluate((css) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        }, TEXT_SPACING);
      });
      for (const problem of await overflowProblems(page)) problems.push(`${entry.label}: ${problem}`);
    }
    expectNoProblems(problems, 'text spacing');
  });
}

test('in forced-colors mode markers, highlights, buttons and focus rings stay visible in system colours', async ({ page, site, baseURL }) => {
  test.setTimeout(90_000);
  await enterState(page, { viewport: 'desktop', colorScheme: 'light', js: true });
  await page.emulateMedia({ forcedColors: 'active' });
  const problems: string[] = [];
  const seen = { markers: 0, marks: 0, buttons: 0 };
  for (const entry of site.pages) {
    await visit(page, baseURL!, site, entry);
    const found = await page.evaluate((marker) => {
      const out: string[] = [];
      const counts = { markers: 0, marks: 0, buttons: 0 };
      const transparent = (c: string) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
      const canvas = getComputedStyle(document.body).backgroundColor;
      const bordered = (el: Element, what: string) => {
        const s = getComputedStyle(el);
        if (s.borderTopStyle === 'none' || parseFloat(s.borderTopWidth) < 1 || transparent(s.borderTopColor) || s.borderTopColor === canvas) out.push(`${what} has no visible border (${s.borderTopStyle} ${s.borderTopWidth} ${s.borderTopColor})`);
      };
      for (const el of document.querySelectorAll(marker)) {
        if (el.getClientRects().length === 0) continue;
        counts.markers++;
        bordered(el, `marker ${el.id}`);
      }
      for (const el of document.querySelectorAll('button, .button')) {
        if (el.getClientRects().length === 0) continue;
        counts.buttons++;
        bordered(el, `button "${el.textContent?.trim()}"`);
      }
      for (const el of document.querySelectorAll('mark')) {
        counts.marks++;
        const s = getComputedStyle(el);
        if (transparent(s.backgroundColor) || s.backgroundColor === canvas || s.backgroundColor === s.color) out.push(`a highlight is not distinguishable (${s.backgroundColor} on ${canvas})`);
      }
      return { out, counts };
    }, CLAIM.marker);
    problems.push(...found.out.map((p) => `${entry.label}: ${p}`));
    seen.markers += found.counts.markers;
    seen.marks += found.counts.marks;
    seen.buttons += found.counts.buttons;
    // The focus ring, by keyboard, on the first control.
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor, canvas: getComputedStyle(document.body).backgroundColor };
    });
    if (ring.style === 'none' || ring.width < 2 || ring.color === ring.canvas) problems.push(`${entry.label}: focus ring not visible (${JSON.stringify(ring)})`);
  }
  expect(seen.markers).toBeGreaterThan(0);
  expect(seen.marks).toBeGreaterThan(0);
  expect(seen.buttons).toBeGreaterThan(0);
  expectNoProblems(problems, 'forced colors');
});

/** Every visible piece of text, with its contrast against what is really behind it. */
async function contrastProblems(page: Page, minimum: number) {
  return page.evaluate((min) => {
    const parse = (c: string) => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : [0, 0, 0, 0];
    };
    const over = (top: number[], bottom: number[]) => [0, 1, 2].map((i) => top[i]! * top[3]! + bottom[i]! * (1 - top[3]!)).concat(1);
    const background = (el: Element | null): number[] => {
      const layers: number[][] = [];
      for (let node = el; node; node = node.parentElement) {
        const bg = parse(getComputedStyle(node).backgroundColor);
        if (bg[3]! > 0) layers.push(bg);
        if (bg[3] === 1) break;
      }
      return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255, 1]);
    };
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.slice(0, 3).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const problems: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const checked = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent!.trim() || checked.has(el) || el.closest('.visually-hidden, script, style, [aria-hidden="true"] .never')) continue;
      checked.add(el);
      if (el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      const bg = background(el);
      const fg = over(parse(style.color), bg);
      const [l1, l2] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      const ratio = (l1! + 0.05) / (l2! + 0.05);
      // AAA: 7:1 for text, 4.5:1 for large text (24 px, or 18.66 px bold).
      const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? Math.min(min, 4.5) : min)) problems.push(`"${node.textContent!.trim().slice(0, 40)}" in <${el.tagName.toLowerCase()} class="${el.className}"> is ${ratio.toFixed(2)}:1 (${style.color} on rgb(${bg.slice(0, 3).join(', ')}))`);
    }
    return problems;
  }, minimum);
}

for (const state of [
  { viewport: 'desktop', colorScheme: 'light', js: true },
  { viewport: 'desktop', colorScheme: 'dark', js: true },
  { viewport: 'phone', colorScheme: 'light', js: true, settings: { theme: 'dark' } },
  { viewport: 'phone', colorScheme: 'dark', js: true, settings: { theme: 'light' } },
] satisfies State[]) {
  test(`text has AAA contrast (7:1) on every page: ${state.colorScheme} system${state.settings ? `, theme ${state.settings.theme}` : ''}`, async ({ page, site, baseURL }) => {
    test.setTimeout(90_000);
    await enterState(page, state);
    const problems: string[] = [];
    let opened = 0;
    for (const entry of site.pages) {
      await visit(page, baseURL!, site, entry, state);
      problems.push(...(await contrastProblems(page, 7)).map((p) => `${entry.label}: ${p}`));
      const marker = page.locator(`.story-body ${CLAIM.marker}`).first();
      if ((await marker.count()) > 0) {
        // The open note, on its own background, and its marker, drawn as pressed.
        await openNote(page, marker);
        opened++;
        problems.push(...(await contrastProblems(page, 7)).map((p) => `${entry.label} with a note open: ${p}`));
      }
    }
    expect(opened, 'pages with citations').toBeGreaterThan(0);
    expectNoProblems(problems, 'contrast below AAA');
  });
}

test('with reduced motion asked for, nothing scrolls smoothly or moves on any page', async ({ page, site, baseURL }) => {
  test.setTimeout(90_000);
  await enterState(page, { viewport: 'phone', colorScheme: 'light', js: true });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const problems: string[] = [];
  let opened = 0;
  for (const entry of site.pages) {
    await visit(page, baseURL!, site, entry);
    const marker = page.locator(`.story-body ${CLAIM.marker}`).first();
    if ((await marker.count()) > 0) {
      await openNote(page, marker);
      opened++;
    }
    const found = await page.evaluate(() => {
      const out: string[] = [];
      if (getComputedStyle(document.documentElement).scrollBehavior !== 'auto') out.push('scroll-behavior is smooth');
      if (document.getAnimations().length > 0) out.push(`${document.getAnimations().length} animations run`);
      for (const el of document.querySelectorAll('*')) {
        const s = getComputedStyle(el);
        if (s.animationName !== 'none' && parseFloat(s.animationDuration) > 0) out.push(`<${el.tagName.toLowerCase()}> is animated`);
        if (s.transitionDuration.split(',').some((d) => parseFloat(d) > 0)) out.push(`<${el.tagName.toLowerCase()} class="${el.className}"> has a transition`);
      }
      return out;
    });
    problems.push(...found.map((p) => `${entry.label}: ${p}`));
  }
  expect(opened, 'pages with citations').toBeGreaterThan(0);
  expectNoProblems(problems, 'motion with prefers-reduced-motion: reduce');
  // And without the preference, smooth scrolling is what the page chose: the emulation made a difference.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});

/** Markers and controls: what a finger or pointer must hit. Links in running text are included on purpose. */
const TARGETS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary';

for (const state of [
  { viewport: 'phone', colorScheme: 'light', js: true, settings: { size: 'small' } },
  { viewport: 'desktop', colorScheme: 'light', js: true },
] satisfies State[]) {
  test(`${state.viewport}${state.settings ? ', smallest text' : ''}: every marker and control is at least 24×24 px`, async ({ page, site, baseURL }) => {
    test.setTimeout(90_000);
    await enterState(page, state);
    const problems: string[] = [];
    let opened = 0;
    for (const entry of site.pages) {
      await visit(page, baseURL!, site, entry, state);
      // A closed note shows nothing to hit: open the one with the most links (every cited article, and where else the words are).
      const notes = page.locator(`.story-body ${CLAIM.note}`);
      if ((await notes.count()) > 0) {
        const links = await notes.evaluateAll((all) => all.map((note) => note.querySelectorAll('a').length));
        const most = links.indexOf(Math.max(...links));
        await openNote(page, page.locator(`.story-body ${CLAIM.marker}`).nth(most));
        opened++;
      }
      const small = await page.evaluate((selector) => {
        return [...document.querySelectorAll<HTMLElement>(selector)]
          .filter((el) => el.getClientRects().length > 0 && !el.matches('.skip-link') && !el.closest('.visually-hidden'))
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 24 || box.height < 24)
          .map(({ el, box }) => `<${el.tagName.toLowerCase()} class="${el.className}"> "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}" is ${box.width.toFixed(0)}×${box.height.toFixed(0)}`);
      }, TARGETS);
      problems.push(...small.slice(0, 8).map((p) => `${entry.label}: ${p}`));
      if (small.length > 8) problems.push(`${entry.label}: … and ${small.length - 8} more`);
    }
    expect(opened, 'pages with citations').toBeGreaterThan(0);
    expectNoProblems(problems, 'targets smaller than 24×24 px');
  });
}
