import { fileURLToPath } from 'node:url';
import type { ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { lintAltText } from '@/lib/content/rules/alt-text';
import { buildStory } from '@/lib/content/build';
import { readStoryFiles } from '@/lib/content/files';
import { splitFrontmatter } from '@/lib/content/frontmatter';

/**
 * Checks on the first story's account (issue 3), computed from the real
 * content, so that an edit which drops a citation, loses a source, breaks a
 * figure's alt text or a timeline date fails here before a reader sees it.
 */

const SLUG = 'teigen-pregnancy-loss-essay';
const contentRoot = fileURLToPath(new URL('../../content/stories', import.meta.url));
const files = readStoryFiles(SLUG, contentRoot);
if (!files) throw new Error(`story ${SLUG} not found under ${contentRoot}`);

const SECTION = {
  brief: 'In brief',
  differs: 'Where the coverage differs',
  timeline: 'Timeline',
  method: 'How this account was made',
} as const;

/** Sections whose paragraphs need no citation: the method note speaks about the account itself. */
const UNCITED_SECTIONS: readonly string[] = [SECTION.method];

const split = splitFrontmatter(files.story.path, files.story.text ?? '');
const built = buildStory(files);
if (!built.story) throw new Error(`story ${SLUG} does not build`);
// The very tree the pipeline checked and the page renders.
const tree: Root = built.story.tree;

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
const isJsx = (node: Nodes, name?: string): node is Jsx =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (name === undefined || node.name === name);

const attribute = (element: Jsx, name: string): string | undefined => {
  const found = element.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
};

const descendants = (node: Nodes, name: string): Jsx[] => {
  const found: Jsx[] = [];
  visit(node, (child) => {
    if (isJsx(child as Nodes, name)) found.push(child as Jsx);
  });
  return found;
};

const citedSources = (node: Nodes) => new Set(descendants(node, 'Cite').map((cite) => attribute(cite, 'source') ?? ''));

/** The body's top-level blocks grouped under the level-2 heading they follow. */
const sections = new Map<string, RootContent[]>();
{
  let current = '(before the first heading)';
  for (const block of tree.children) {
    if (block.type === 'heading' && block.depth === 2) {
      current = toString(block);
      sections.set(current, []);
    } else {
      if (!sections.has(current)) sections.set(current, []);
      sections.get(current)!.push(block);
    }
  }
}
const section = (title: string): RootContent[] => {
  const blocks = sections.get(title);
  if (!blocks) throw new Error(`the account has no section "${title}"; it has: ${[...sections.keys()].join(', ')}`);
  return blocks;
};
const listItemsOf = (title: string): ListItem[] =>
  section(title).flatMap((block) => (block.type === 'list' ? block.children : []));

/** Every paragraph of the body, with the section it stands in (paragraphs inside <Sensitive> and lists included). */
const paragraphs: { section: string; paragraph: Paragraph }[] = [];
for (const [title, blocks] of sections) {
  for (const block of blocks) {
    visit(block, 'paragraph', (paragraph: Paragraph) => {
      paragraphs.push({ section: title, paragraph });
    });
  }
}
const cited = paragraphs.filter(({ section: title }) => !UNCITED_SECTIONS.includes(title));

/** Words a reader reads: headings, paragraphs and list items, without the attributes of Cite or Figure. */
const bodyWords = (() => {
  const texts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading' || node.type === 'paragraph') {
      texts.push(toString(node));
      return 'skip';
    }
    return undefined;
  });
  return texts.join(' ').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
})();

const where = (paragraph: Paragraph) => `line ${(paragraph.position?.start.line ?? 0) + split.bodyLine - 1}: "${toString(paragraph).slice(0, 70)}…"`;

describe('the account of Chrissy Teigen’s essay', () => {
  it('builds with no errors and no warnings', () => {
    expect(built.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity}: ${d.message}`)).toEqual([]);
    expect(built.story).toBeDefined();
  });

  it('has a body of 700 to 1,500 words', () => {
    expect(bodyWords).toBeGreaterThanOrEqual(700);
    expect(bodyWords).toBeLessThanOrEqual(1500);
  });

  it('has the sections a reader expects, in order', () => {
    const titles = [...sections.keys()];
    const expected = [
      SECTION.brief,
      'What happened',
      'What the essay said',
      'The photographs and the criticism',
      'What she said to others who have lived through a loss',
      SECTION.differs,
      SECTION.timeline,
      SECTION.method,
    ];
    expect(titles).toEqual(expected);
  });

  it('opens with a brief of three to five cited claims', () => {
    const claims = section(SECTION.brief).flatMap((block) => {
      const runs: number[] = [];
      if (block.type !== 'paragraph') return runs;
      block.children.forEach((child, i) => {
        const previous = block.children[i - 1];
        if (isJsx(child as Nodes, 'Cite') && !(previous && isJsx(previous as Nodes, 'Cite'))) runs.push(i);
      });
      return runs;
    });
    expect(claims.length).toBeGreaterThanOrEqual(3);
    expect(claims.length).toBeLessThanOrEqual(5);
  });

  describe('citations', () => {
    it('gives every paragraph of the body at least one <Cite> (the method note excepted)', () => {
      expect(cited.length).toBeGreaterThan(20);
      const uncited = cited.filter(({ paragraph }) => descendants(paragraph, 'Cite').length === 0).map(({ paragraph }) => where(paragraph));
      expect(uncited).toEqual([]);
    });

    it('ends every cited paragraph with a <Cite>, so no sentence trails after its last citation', () => {
      const trailing = cited
        .filter(({ paragraph }) => {
          const last = paragraph.children.findLastIndex((child) => isJsx(child as Nodes, 'Cite'));
          const after = paragraph.children.slice(last + 1).map((child) => toString(child)).join('');
          return /[\p{L}\p{N}]/u.test(after);
        })
        .map(({ paragraph }) => where(paragraph));
      expect(trailing).toEqual([]);
    });

    it('cites every one of the story’s sources', () => {
      const sourceIds = files.sources.map((source) => source.id).sort();
      expect(sourceIds).toHaveLength(5);
      const used = new Set(built.story?.claims.flatMap((claim) => claim.citations.map((c) => c.sourceId)));
      expect([...used].sort()).toEqual(sourceIds);
    });

    it('cites several sources for claims several articles report, so corroboration is visible', () => {
      const corroborated = built.story?.claims.filter((claim) => new Set(claim.citations.map((c) => c.sourceId)).size >= 2) ?? [];
      expect(corroborated.length).toBeGreaterThanOrEqual(15);
    });

    it('writes no {…} expressions, which MDX would drop silently', () => {
      const expressions: string[] = [];
      visit(tree, (node) => {
        if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') expressions.push(`line ${node.position?.start.line}`);
      });
      expect(expressions).toEqual([]);
    });
  });

  describe('figures', () => {
    const figures = descendants(tree, 'Figure');

    it('places the two photographs the coverage describes, each marked sensitive and credited as the sources do', () => {
      expect(figures).toHaveLength(2);
      for (const figure of figures) {
        expect(figure.type).toBe('mdxJsxFlowElement');
        expect(figure.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'sensitive')).toBe(true);
        expect(attribute(figure, 'credit')).toBe('Picture: Instagram');
      }
      const alts = figures.map((figure) => attribute(figure, 'alt') ?? '');
      expect(alts.some((alt) => /black and white/i.test(alt) && /crying/i.test(alt))).toBe(true);
      expect(alts.some((alt) => /oxygen over her nose and mouth/i.test(alt))).toBe(true);
    });

    it('gives every figure alt text that passes the alt-text lint', () => {
      expect(built.story?.figures).toHaveLength(figures.length);
      for (const figure of built.story?.figures ?? []) {
        expect(lintAltText(figure), `alt "${figure.alt}"`).toEqual([]);
      }
    });
  });

  describe('sensitive passages', () => {
    const passages = descendants(tree, 'Sensitive');

    it('wraps the medical details and the descriptions of photographs so a reader can skip them', () => {
      const byTopic = new Map(passages.map((passage) => [attribute(passage, 'topic'), toString(passage)]));
      expect(byTopic.get('medical details')).toMatch(/blood transfusions/);
      expect(byTopic.get('medical details')).toMatch(/hands and feet/);
      expect(descendants(passages.find((p) => attribute(p, 'topic') === 'descriptions of photographs')!, 'Figure')).toHaveLength(2);
    });

    it('keeps the bleeding, the transfusions, the diagnosis and the delivery out of every paragraph that is not wrapped', () => {
      const wrapped = new Set<Nodes>();
      for (const passage of passages) visit(passage, 'paragraph', (paragraph: Paragraph) => void wrapped.add(paragraph));
      const exposed = paragraphs
        .filter(({ paragraph }) => !wrapped.has(paragraph) && /bleed|bled\b|blood|transfusion|placenta|deliver|pushing Jack out|hands and feet|oxygen/i.test(toString(paragraph)))
        .map(({ paragraph }) => where(paragraph));
      expect(exposed).toEqual([]);
    });
  });

  describe('where the coverage differs', () => {
    const points = listItemsOf(SECTION.differs);

    it('is a list of at least five points', () => {
      expect(points.length).toBeGreaterThanOrEqual(5);
    });

    it('cites at least two distinct sources for every point', () => {
      const thin = points
        .map((point) => ({ point: toString(point).slice(0, 60), sources: [...citedSources(point)] }))
        .filter(({ sources }) => sources.length < 2);
      expect(thin).toEqual([]);
    });

    it.each([
      ['when the loss happened', [/earlier this month/, /last month/, /a month earlier/, /Sept\. 30/, /27 September/]],
      ['how the children were inserted into the quotation', [/\[son Miles Theodore, 2, and daughter Luna Simone, 4½\]/, /\[children\] Luna and Miles/, /\(children\) Luna and Miles/]],
      ['the misspelling of her name', [/Teigan/]],
      ['the garbled quotation', [/she says\."wrote\./]],
      ['what the articles call the loss', [/misscarriage/, /pregnancy loss/, /tragedy/]],
    ])('documents %s', (_topic, patterns) => {
      const text = points.map((point) => toString(point)).join('\n');
      for (const pattern of patterns) expect(text).toMatch(pattern);
    });
  });

  describe('the timeline', () => {
    const items = listItemsOf(SECTION.timeline);

    it('lists the announcement, the hospitalisation, the Instagram post and the essay', () => {
      const dates = items.map((item) => descendants(item, 'time').map((time) => attribute(time, 'datetime')));
      expect(dates).toEqual([['2020-08'], ['2020-09-27'], ['2020-09-30'], ['2020-10-27']]);
    });

    it('starts every entry with a <time datetime> holding a valid date, and cites it', () => {
      expect(items.length).toBeGreaterThanOrEqual(4);
      for (const item of items) {
        const paragraph = item.children[0];
        expect(paragraph?.type).toBe('paragraph');
        const first = (paragraph as Paragraph).children[0] as Nodes;
        expect(isJsx(first, 'time'), toString(item)).toBe(true);
        expect(attribute(first as Jsx, 'datetime')).toMatch(/^\d{4}-\d{2}(?:-\d{2})?$/);
        expect(toString(first).trim()).not.toBe('');
        expect(descendants(item, 'Cite').length, toString(item)).toBeGreaterThan(0);
      }
    });

    it('is in date order', () => {
      const dates = items.map((item) => attribute(descendants(item, 'time')[0]!, 'datetime') ?? '');
      expect(dates).toEqual([...dates].sort());
    });
  });

  describe('the method note', () => {
    const note = section(SECTION.method).map((block) => toString(block)).join('\n');

    it('names each of the five sources, and says plainly when an outlet is unknown', () => {
      for (const outlet of ['EURweb', 'Heart', 'WION']) expect(note).toContain(outlet);
      expect(note.match(/an article whose outlet is unknown/g)).toHaveLength(2);
    });

    it('says how citations are checked', () => {
      expect(note).toMatch(/typography only/);
    });
  });

  describe('the metadata', () => {
    it('has a one-sentence summary, topics for the content note and the support resource the coverage names', () => {
      const meta = built.story!.meta;
      expect(meta.summary.trim().split(/(?<=[.!?])\s+/)).toHaveLength(1);
      expect(meta.topics).toContain('pregnancy loss at 20 weeks');
      expect(meta.support.map((resource) => resource.name)).toContain('The Miscarriage Association');
      expect(meta.updated).toBeDefined();
    });
  });
});
