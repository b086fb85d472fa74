import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Report } from '../diagnostics';
import { isComponent } from '../elements';
import { visitProse } from '../prose';
import type { Rule } from './rule';

const shorten = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Rule: every sentence of the account is a claim with its citation, or is
 * marked as the account's own words. A factual sentence with no `<Cite>`
 * would otherwise reach readers looking as checked as the rest.
 */
function everySentenceAccounted(tree: Root, report: Report) {
  visitProse(tree, {
    uncited: ({ text, at }) =>
      report(at, 'sentence-uncited', `"${shorten(text)}" cites nothing: put the <Cite>s that support it right after it, or mark it as the account's own words with <Own>…</Own>`),
  });
}

/** Rule: the account's own words cite nothing; a Cite inside `<Own>` makes a claim of them. */
function ownWordsCiteNothing(tree: Root, report: Report) {
  visit(tree, (node) => {
    if (!isComponent(node, 'Own')) return;
    visit(node, (inner) => {
      if (isComponent(inner, 'Cite')) report(inner, 'own-words-cite', '<Cite> inside <Own>: the account\'s own words are not a claim; end the <Own> before the claim, or remove the marking');
    });
  });
}

export const ownWordsRule: Rule = {
  name: 'own-words',
  codes: ['sentence-uncited', 'own-words-cite'],
  check: (tree, report) => {
    everySentenceAccounted(tree, report);
    ownWordsCiteNothing(tree, report);
  },
  examples: {
    ok: [
      'She shared the news on Instagram. <Cite source="heart" quote="shared the news" />',
      'She shared the news.<Cite source="heart" quote="shared the news" /> <Own>What follows is from her essay.</Own>',
      '<Own>\n\nThis account combines three articles. Each claim links to their words.\n\n</Own>',
      '## What happened\n\n- <time datetime="2020-09-30">30 September 2020</time>: she shared the news.<Cite source="heart" quote="shared the news" />',
    ],
    notOk: [
      { input: 'She shared the news on Instagram.', codes: ['sentence-uncited'] },
      { input: 'She shared the news.<Cite source="heart" quote="shared the news" /> She was in hospital.', codes: ['sentence-uncited'] },
      { input: '<Own>She shared the news.<Cite source="heart" quote="shared the news" /></Own>', codes: ['own-words-cite'] },
    ],
  },
};
