import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { fold } from '../../matching/fold';
import { WORD_CLASS } from '../../matching/words';
import type { DiagnosticCode, Report, Severity } from '../diagnostics';
import { isComponent, stringAttribute } from '../elements';
import type { Rule } from './rule';

export interface FigureText {
  alt: string;
  caption: string;
  credit: string;
}

export interface AltTextProblem {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
}

const FILE_NAME = /^[^\s]+\.(?:jpe?g|png|gif|webp|avif|svg|heic|tiff?)$/i;
const REDUNDANT_OPENING = /^(?:an? )?(?:image|picture|photo|photograph|graphic|screenshot) (?:of|showing)\b/i;
/** The words alone: "A bed." and "a bed" are the same text. */
const NOT_WORD = new RegExp(`[^${WORD_CLASS}]+`, 'gu');
const words = (text: string) => fold(text).replace(NOT_WORD, ' ').trim();

function altProblem(alt: string): AltTextProblem | undefined {
  if (alt === '') return { code: 'figure-alt-missing', severity: 'error', message: '<Figure> needs alt text that describes the photograph (alt="…")' };
  if (FILE_NAME.test(alt)) return { code: 'figure-alt-file-name', severity: 'error', message: `<Figure> alt text "${alt}" is a file name; describe what the photograph shows` };
  const opening = REDUNDANT_OPENING.exec(alt);
  if (opening) return { code: 'figure-alt-redundant', severity: 'error', message: `<Figure> alt text should not start with "${opening[0]}": screen readers already say it is an image` };
  return undefined;
}

function captionProblem(alt: string, caption: string): AltTextProblem | undefined {
  if (caption.trim() === '') return { code: 'figure-caption-missing', severity: 'error', message: '<Figure> needs a caption (caption="…"), different from its alt text' };
  if (alt !== '' && words(alt) === words(caption)) {
    return { code: 'figure-caption-repeats-alt', severity: 'error', message: '<Figure> caption repeats the alt text; the caption should add context (what, when, who took it)' };
  }
  return undefined;
}

/**
 * Alt text of a placeholder is the only way many readers learn what the
 * photograph showed, so it is held to the rules screen-reader users ask for.
 */
export function lintAltText(figure: FigureText): AltTextProblem[] {
  const alt = figure.alt.trim();
  const credit: AltTextProblem | undefined = figure.credit.trim() === ''
    ? { code: 'figure-credit-missing', severity: 'warning', message: '<Figure> has no credit; give it as the sources do (e.g. credit="Picture: Instagram")' }
    : undefined;
  return [altProblem(alt), captionProblem(alt, figure.caption), credit].filter((problem) => problem !== undefined);
}

/** Rule: every `<Figure>` describes its photograph well. */
function figureAltText(tree: Root, report: Report) {
  visit(tree, (node) => {
    if (!isComponent(node, 'Figure')) return;
    const text = (name: string) => stringAttribute(node, name) ?? '';
    for (const problem of lintAltText({ alt: text('alt'), caption: text('caption'), credit: text('credit') })) {
      report(node, problem.code, problem.message, problem.severity);
    }
  });
}

const figure = (alt: string, caption: string, credit = 'Picture: Instagram') => `<Figure alt="${alt}" caption="${caption}" credit="${credit}" />`;

export const altTextRule: Rule = {
  name: 'figure-alt-text',
  codes: ['figure-alt-missing', 'figure-alt-file-name', 'figure-alt-redundant', 'figure-caption-missing', 'figure-caption-repeats-alt', 'figure-credit-missing'],
  check: figureAltText,
  examples: {
    ok: [figure('A couple sit together on a sofa, holding hands.', 'Shared on Instagram in October 2020.')],
    notOk: [
      { input: figure('', 'Shared on Instagram.'), codes: ['figure-alt-missing'] },
      { input: figure('IMG_2041.jpg', 'Shared on Instagram.'), codes: ['figure-alt-file-name'] },
      { input: figure('A photo of a couple on a sofa.', 'Shared on Instagram.'), codes: ['figure-alt-redundant'] },
      { input: figure('A couple on a sofa.', ''), codes: ['figure-caption-missing'] },
      { input: figure('A couple on a sofa.', 'A couple on a sofa'), codes: ['figure-caption-repeats-alt'] },
      { input: figure('A couple on a sofa.', 'Shared on Instagram.', ''), codes: ['figure-credit-missing'] },
    ],
  },
};
