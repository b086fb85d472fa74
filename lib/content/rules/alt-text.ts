import type { Diagnostic } from '../diagnostics';
import { fold } from '../../matching/fold';

export interface FigureText {
  alt: string;
  caption: string;
  credit: string;
}

const FILE_NAME = /^[^\s]+\.(?:jpe?g|png|gif|webp|avif|svg|heic|tiff?)$/i;
const REDUNDANT_OPENING = /^(?:an? )?(?:image|picture|photo|photograph|graphic|screenshot) (?:of|showing)\b/i;
/** The words alone: "A bed." and "a bed" are the same text. */
const words = (text: string) => fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Alt text of a placeholder is the only way many readers learn what the
 * photograph showed, so it is held to the rules screen-reader users ask for.
 */
export function lintAltText(figure: FigureText): Pick<Diagnostic, 'severity' | 'message'>[] {
  const problems: Pick<Diagnostic, 'severity' | 'message'>[] = [];
  const alt = figure.alt.trim();
  if (alt === '') {
    problems.push({ severity: 'error', message: '<Figure> needs alt text that describes the photograph (alt="…")' });
  } else if (FILE_NAME.test(alt)) {
    problems.push({ severity: 'error', message: `<Figure> alt text "${alt}" is a file name; describe what the photograph shows` });
  } else if (REDUNDANT_OPENING.test(alt)) {
    problems.push({ severity: 'error', message: `<Figure> alt text should not start with "${REDUNDANT_OPENING.exec(alt)![0]}": screen readers already say it is an image` });
  }
  if (figure.caption.trim() === '') {
    problems.push({ severity: 'error', message: '<Figure> needs a caption (caption="…"), different from its alt text' });
  } else if (alt !== '' && words(alt) === words(figure.caption)) {
    problems.push({ severity: 'error', message: '<Figure> caption repeats the alt text; the caption should add context (what, when, who took it)' });
  }
  if (figure.credit.trim() === '') {
    problems.push({ severity: 'warning', message: '<Figure> has no credit; give it as the sources do (e.g. credit="Picture: Instagram")' });
  }
  return problems;
}
