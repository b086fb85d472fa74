import { SITE_NAME } from '../view/site';

/**
 * What the book tells a reading app about its accessibility, per EPUB
 * Accessibility 1.1 (schema.org terms in the package document). Every claim
 * here is checked whenever the suite runs (tests/browser/epub.spec.ts):
 * epubcheck, axe on every XHTML document, each noteref to its note and back.
 */

/** The conformance statement: true only while those checks pass, and they run in npm test. */
export const CONFORMANCE = 'EPUB Accessibility 1.1 - WCAG 2.2 Level AA';

export const ACCESSIBILITY_SUMMARY =
  'Text only: the combined account, one note per claim with each cited article’s own words, the log of changes and the archived articles. ' +
  'A table of contents, landmarks and headings give every part; each claim’s note is linked from its marker and back, and each note links to the cited paragraph of its article. ' +
  'The photographs the coverage describes are not reproduced: each is described in words, with its credit. ' +
  'The book opens on a content note that says what the story contains; its most detailed passages have their own short note and a link to skip them. ' +
  'Checked by its publisher with epubcheck, axe-core and DAISY Ace each time the site is tested.';

/** The book's metadata as package-document meta properties, in the order they are written. */
export const ACCESSIBILITY_METADATA: readonly [property: string, value: string][] = [
  ['schema:accessMode', 'textual'],
  ['schema:accessModeSufficient', 'textual'],
  ['schema:accessibilityFeature', 'structuralNavigation'],
  ['schema:accessibilityFeature', 'tableOfContents'],
  ['schema:accessibilityFeature', 'readingOrder'],
  ['schema:accessibilityFeature', 'ARIA'],
  ['schema:accessibilityFeature', 'displayTransformability'],
  ['schema:accessibilityHazard', 'none'],
  ['schema:accessibilitySummary', ACCESSIBILITY_SUMMARY],
  ['dcterms:conformsTo', CONFORMANCE],
  // A self-assessment: the publisher's own checks, named in the summary's last sentence and in README.
  ['a11y:certifiedBy', SITE_NAME],
];
