import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../../../tests/support/fixtures';
import { MAX_PAGE_BYTES } from './bounds';
import { readPageText } from './blocks';
import { parsePage } from './dom';
import { blocksByRules, extractPage } from './index';

const sentence = (n: number) => `Paragraph ${n} tells, in plain words and at some length, what the council decided about the bridge on Tuesday evening.`;
const paragraphs = (count: number) => Array.from({ length: count }, (_, i) => `<p>${sentence(i + 1)}</p>`).join('');
const extract = (html: string) => extractPage(Buffer.from(html), 'page.html');
const article = (inner: string, head = '') => `<html lang="en"><head><title>Bridge</title>${head}</head><body>
  <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
  <article>${inner}</article>
  <footer>© The Example Times. All rights reserved. Contact us, advertise with us, and read our terms of use and privacy policy.</footer>
</body></html>`;

describe('extractPage', () => {
  it('keeps paragraphs, headings, list items and block quotes verbatim, in order', async () => {
    const result = await extract(article(`${paragraphs(3)}<h2>What comes next</h2><ul><li>${sentence(4)}</li></ul><blockquote><p>${sentence(5)}</p></blockquote>`));
    expect(result.blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'heading', 'list-item', 'blockquote']);
    expect(result.blocks[0]!.text).toBe(sentence(1));
    expect(result.body).toBe(result.blocks.map((block) => block.text).join('\n\n'));
  });

  it('reports every left-out block of 12 words or more with why', async () => {
    const share = '<div class="share-bar">Share this story with your friends and family on every social network you happen to use today</div>';
    const related = '<aside><p>Related: the council also voted last month on a wider plan for the river crossings and the ring road</p></aside>';
    const result = await extract(article(`${paragraphs(4)}${share}${related}`));
    expect(result.dropped).toEqual(expect.arrayContaining([
      { text: expect.stringContaining('Share this story'), why: 'share bar' },
      { text: expect.stringContaining('Related: the council'), why: 'aside' },
      { text: expect.stringContaining('All rights reserved'), why: 'footer' },
    ]));
    expect(result.body).not.toMatch(/Share this story|Related:/);
  });

  it('keeps an embedded social post the article quotes, unlike a share bar', async () => {
    const embed = '<div class="social-media-embed"><blockquote>The bridge is closed again tonight, and nobody at the council will say for how long. — a resident</blockquote></div>';
    expect((await extract(article(`${paragraphs(3)}${embed}`))).blocks.at(-1)).toMatchObject({ kind: 'blockquote', text: expect.stringContaining('The bridge is closed again') });
  });

  it('keeps captions and credits out of the body, and in the figure, apart', async () => {
    const figure = '<figure><img src="https://example.org/bridge.jpg" alt="The old bridge at dusk"><figcaption>The bridge in 1950. <span class="credit">Photo: City Archive</span></figcaption></figure>';
    const result = await extract(article(`${paragraphs(2)}${figure}${paragraphs(2)}`));
    expect(result.figures).toEqual([{ src: 'https://example.org/bridge.jpg', alt: 'The old bridge at dusk', caption: 'The bridge in 1950.', credit: 'Photo: City Archive' }]);
    expect(result.body).not.toContain('City Archive');
  });

  it('gives an image without alt text a null alt, never an invented one', async () => {
    expect((await extract(article(`${paragraphs(3)}<img src="https://example.org/a.jpg">`))).figures[0]!.alt).toBeNull();
  });

  it('lets no script, style, iframe, event handler or tracking pixel reach the output', async () => {
    const hostile = `<script>alert("x")</script><style>p{color:red}</style><iframe src="https://ads.example/"></iframe>
      <p onclick="steal()">${sentence(9)}</p><img src="https://track.example/p.gif" width="1" height="1"><noscript>Enable JavaScript</noscript>`;
    const json = JSON.stringify(await extract(article(`${paragraphs(3)}${hostile}`)));
    expect(json).not.toMatch(/alert|color:red|ads\.example|steal|track\.example|Enable JavaScript/);
    expect(json).toContain(sentence(9));
  });

  it('lets the rules take the JSON-LD articleBody as the selection when the scored container disagrees with it', () => {
    const body = [sentence(1), sentence(2), sentence(3), sentence(4)].join(' ');
    const head = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Bridge', articleBody: body })}</script>`;
    const document = parsePage(article(`${paragraphs(4)}<p>Sign in to read the comments, or write one yourself, about the bridge that the council just voted on.</p>`, head));
    const { chosen } = blocksByRules(document, readPageText(document).blocks);
    expect(chosen.map((block) => block.text)).toEqual([sentence(1), sentence(2), sentence(3), sentence(4)]);
  });

  it('refuses a page that is no article, saying why', async () => {
    await expect(extract('<html><body><nav><a href="/a">A</a><a href="/b">B</a></nav><p>Welcome!</p></body></html>')).rejects.toThrow(/not an article.*has 1 word \(.*too little text/);
    await expect(extract('<html><body><form><input type="password"><p>Log in to keep reading.</p></form></body></html>')).rejects.toThrow(/log-in wall/);
  });

  it('imports a short article that its page declares one, saying how short (a page the rules alone refused)', async () => {
    const result = await extractPage(readFileSync(path.join(fixturesDir, 'pages', 'mix1-album-short.html.gz')), 'mix1.html.gz');
    expect(result.body).toMatch(/^Am 4\. Februar 2022 erscheint das neue und vierte Leslie-Clio-Album/);
    expect(result.words).toBe(43);
    expect(result.notes).toContain('a short article: 43 words, imported because the page says it is an article');
  });

  it('keeps a photo credit line out of the body (one the rules alone kept as a paragraph)', async () => {
    const result = await extractPage(readFileSync(path.join(fixturesDir, 'pages', 'berliner-feuerwehr.html.gz')), 'feuerwehr.html.gz');
    expect(result.body).toMatch(/^Gestern Abend wurde das Feuerwehr- und Katastrophenschutz-Ehrenzeichen/);
    expect(result.body).not.toContain('Fotos: Berliner Feuerwehr');
  });

  it('gives a "Photo / Supplied" line beside an image to that image as its credit, not to the body', async () => {
    const figure = '<figure><img src="https://example.org/bridge.jpg" alt="The old bridge at dusk"></figure><p>Photo / Supplied</p>';
    const result = await extract(article(`${figure}${paragraphs(4)}`));
    expect(result.figures).toEqual([{ src: 'https://example.org/bridge.jpg', alt: 'The old bridge at dusk', caption: null, credit: 'Photo / Supplied' }]);
    expect(result.body).not.toContain('Supplied');
  });

  it('refuses a site\'s front page and a table of results, saying which, even with enough words', async () => {
    await expect(extract(article(paragraphs(4), '<link rel="canonical" href="https://example.org/">'))).rejects.toThrow(/not an article: .*front page; it looks like a home page/);
    const rows = Array.from({ length: 12 }, (_, i) => `<tr><td>${i + 1}</td><td>Clube ${i + 1}</td><td>${30 - i}</td></tr>`).join('');
    const standings = `<html><head><meta name="author" content="admin"></head><body><table>${rows}</table>${paragraphs(1)}</body></html>`;
    await expect(extract(standings)).rejects.toThrow(/not an article: 36 of its 37 blocks of text are a table's short cells; it looks like a table of results/);
  });

  it(`refuses a page over ${MAX_PAGE_BYTES / 1024 / 1024} MB at once`, async () => {
    const started = Date.now();
    await expect(extractPage(Buffer.alloc(MAX_PAGE_BYTES + 1, 0x20), 'huge.html')).rejects.toThrow(/MB; pages over 25 MB are refused/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('answers a page of 100,000 nested elements within 60 s, without overflowing the stack', async () => {
    const started = Date.now();
    const nested = `<html><body>${'<div>'.repeat(100_000)}${paragraphs(3)}${'</div>'.repeat(100_000)}</body></html>`;
    await expect(extract(nested)).rejects.toThrow(/nests elements 100\d{3} deep/);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 60_000);

  it('reads the HTML part of a single-file (MHTML) save, decoding quoted-printable', async () => {
    const html = article(paragraphs(3)).replace(/=/g, '=3D').replace('Paragraph 1', 'Paragraph=\r\n 1 caf=C3=A9');
    const mhtml = ['From: <Saved by Blink>', 'Subject: Bridge', 'MIME-Version: 1.0',
      'Content-Type: multipart/related; type="text/html"; boundary="----B"', '', '------B',
      'Content-Type: text/html; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable', '', html, '------B--', ''].join('\r\n');
    expect((await extractPage(Buffer.from(mhtml), 'page.mhtml')).blocks[0]!.text).toMatch(/^Paragraph 1 café tells/);
  });
});
