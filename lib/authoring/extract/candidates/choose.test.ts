import { describe, expect, it } from 'vitest';
import { readPageText } from '../blocks';
import { parsePage } from '../dom';
import { extractPage } from '../index';
import { rulesSuffice } from './choose';
import type { LibraryReading } from './readability';

const sentence = (n: number) => `Paragraph ${n} tells, in plain words and at some length, what the council decided about the bridge.`;
const paragraphs = (from: number, count: number) => Array.from({ length: count }, (_, i) => `<p>${sentence(from + i)}</p>`).join('');
const page = (outside: string) => `<html><body><article>${paragraphs(1, 20)}</article><div class="box">${outside}</div></body></html>`;

describe('rulesSuffice', () => {
  const blocksOf = (html: string) => readPageText(parsePage(html)).blocks;

  it('holds when the rules kept nearly all of the paragraph text, and not when a part of it stands outside what they kept', () => {
    const clear = blocksOf(page(''));
    expect(rulesSuffice(clear, clear)).toBe(true);
    const split = blocksOf(page(paragraphs(21, 3)));
    expect(rulesSuffice(split, split.slice(0, 20))).toBe(false);
  });

  it('does not hold on a page with no paragraph text at all', () => {
    const labels = blocksOf('<body><p>Home</p><p>News</p></body>');
    expect(rulesSuffice(labels, labels)).toBe(false);
  });
});

describe('extractPage told to skip Readability where our rules suffice', () => {
  const askedOn = async (html: string, skipWhenRulesSuffice = true) => {
    let asked = 0;
    const readLibrary = async (): Promise<LibraryReading> => {
      asked++;
      return { html: '' };
    };
    await extractPage(Buffer.from(html), 'page.html', { readLibrary, skipWhenRulesSuffice });
    return asked;
  };

  it('skips it on an unambiguous article and asks it when paragraphs stand apart; by default it always asks', async () => {
    expect(await askedOn(page(''))).toBe(0);
    expect(await askedOn(page(paragraphs(21, 3)))).toBe(1);
    expect(await askedOn(page(''), false)).toBe(1);
  });
});
