import { describe, expect, it } from 'vitest';
import { readPageText } from './blocks';
import { parsePage } from './dom';
import { articleContainers, isInside } from './score';

const chosenText = (html: string) => {
  const { blocks } = readPageText(parsePage(html));
  const containers = new Set(articleContainers(blocks));
  return blocks.filter((block) => isInside(block.element, containers)).map((block) => block.text);
};
const long = (n: number) => `Sentence ${n} of the article, long enough, with a comma, and some more words to count as a paragraph.`;

describe('articleContainers', () => {
  it('prefers the article over a longer list of cut-off teaser excerpts', () => {
    const teasers = Array.from({ length: 6 }, (_, i) => `<p>Teaser ${i} about another story entirely, which the reader may want to open, cut off here and then...</p>`).join('');
    const text = chosenText(`<body><div class="list">${teasers}</div><div class="story"><p>${long(1)}</p><p>${long(2)}</p><p>${long(3)}</p></div></body>`);
    expect(text).toEqual([long(1), long(2), long(3)]);
  });

  it('takes every column of an article split over containers of the same kind', () => {
    const column = (a: number, b: number) => `<div class="column"><div><p>${long(a)}</p><p>${long(b)}</p></div></div>`;
    const text = chosenText(`<body><section>${column(1, 2)}<div class="ad"></div>${column(3, 4)}</section><div class="box"><p>${long(9)}</p></div></body>`);
    expect(text).toEqual([long(1), long(2), long(3), long(4)]);
  });
});
