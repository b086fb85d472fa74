/**
 * The book's one stylesheet: light on purpose. A reading app sets the font,
 * size, spacing and colours its reader chose, so this only sets apart what
 * the markup alone does not (notes' markers, marked passages, placeholders),
 * in relative units, with no colours that could fight a dark theme.
 */
export const BOOK_CSS = `a.noteref { font-size: 0.8em; vertical-align: super; line-height: 0; white-space: nowrap; }
.kicker, .meta, .section-note, .paragraph-claims { font-size: 0.9em; }
.section-note { font-style: italic; }
mark { background: transparent; color: inherit; text-decoration: underline; text-decoration-thickness: 0.12em; font-weight: bold; }
figure.photo-placeholder { margin: 1em 0; padding: 0.5em 1em; border: 1px dashed currentColor; }
figcaption .credit { font-style: italic; }
blockquote { margin: 0.5em 0 0.5em 1.5em; }
ol ol { margin-top: 0.25em; }
/* Room around links that stand one to a line (WCAG 2.5.8, target size): they are not inline in a sentence. */
nav li, .paragraph-claims { margin: 0.5em 0; line-height: 1.6; }
`;
