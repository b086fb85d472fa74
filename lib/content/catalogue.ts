/**
 * Every problem the content check can find, as Astro's error catalogue has
 * them: a stable code that tests and tools pin (as MediaWiki's Cite reports
 * `cite_error_…` keys), a title that says what is wrong, and a hint that says
 * what to do. The wording of a message or a hint may change; a code does not.
 * `content:check` prints the hint of each code it reports; docs/diagnostic-codes.md lists them
 * all (`npm run content:codes` writes that table).
 */
export interface CatalogueEntry {
  title: string;
  hint: string;
}

export const CATALOGUE = {
  // Files and sources
  'story-missing': { title: 'A story folder has no story.mdx', hint: 'Every folder under content/stories is one story: write its account in story.mdx.' },
  'source-id': { title: 'A source file name is not an id', hint: 'Rename the file to lower-case letters, digits and hyphens: the name is the article\'s address.' },
  'source-duplicate': { title: 'Two sources share an id', hint: 'Each archived article needs its own file name; remove or rename the copy.' },
  'source-empty': { title: 'A source has no text', hint: 'Paste the article\'s text, paragraph by paragraph, below the frontmatter.' },
  'source-uncited': { title: 'A source is never cited, though it holds cited words', hint: 'Cite it for the claims it reports, so their notes quote its own words, or remove it from the story\'s sources.' },
  'source-unused': { title: 'A source the account never uses', hint: 'Cite it where the account relies on it, or remove its file: readers are told how many articles the account combines, and it would be counted.' },
  'caption-out-of-range': { title: 'A caption points past the article\'s end', hint: 'Number the caption paragraphs as they stand in the archived text (1 is the first).' },
  'source-page-missing': { title: 'A source\'s saved page is not beside it', hint: 'Restore the saved page (the file named in savedPage), or import the page again with --force.' },
  'source-page-changed': { title: 'A source\'s saved page is not the one imported', hint: 'Restore the page that was imported, or import the new one again with --force so the archive is derived from it.' },
  'source-figure-alt-missing': { title: 'An imported image has no alt text', hint: 'Describe what the image shows before a <Figure> uses it: the page gave no alt text, and none is invented.' },
  // Frontmatter
  'frontmatter-missing': { title: 'A file has no frontmatter', hint: 'Start the file with a line "---", the fields, and another "---".' },
  'frontmatter-unterminated': { title: 'The frontmatter never ends', hint: 'Close the fields with a line holding only "---".' },
  'frontmatter-yaml': { title: 'The frontmatter is not YAML', hint: 'Fix the YAML at the place given; quote a value that holds a colon.' },
  'frontmatter-not-mapping': { title: 'The frontmatter is not a set of fields', hint: 'Write one "name: value" per line.' },
  'frontmatter-unknown-field': { title: 'The frontmatter has a field the reader does not know', hint: 'Check its spelling against the suggestion, or remove it.' },
  'frontmatter-required': { title: 'A required field is missing', hint: 'Add the field named in the message.' },
  'frontmatter-invalid': { title: 'A field has the wrong kind of value', hint: 'Give the value the form the message asks for (a date as YYYY-MM-DD, a list as "- item").' },
  // The log of changes
  'changes-first-not-publication': { title: 'The log of changes does not start with the publication', hint: 'Make the first change the day the story was published, with the same date as "published".' },
  'changes-out-of-order': { title: 'The log of changes is out of order', hint: 'List the changes oldest first.' },
  'changes-in-future': { title: 'A change is dated after the build', hint: 'Date each change the day it was made.' },
  'changes-updated-mismatch': { title: '"updated" is not the latest change', hint: 'Set "updated" to the date of the last entry in "changes".' },
  // The MDX body and its components
  'mdx-syntax': { title: 'The MDX does not parse', hint: 'Fix the markup at the place given: an unclosed tag, or a "<" or "{" meant as text (write \\< or \\{).' },
  'attribute-inner-quote': { title: 'An attribute\'s value holds the quotation mark that encloses it', hint: 'Enclose the value in the other mark, quote=\'he said "yes"\', or write the marks inside it curly, quote="he said “yes”": matching forgives the difference.' },
  'mdx-expression': { title: 'The text holds code', hint: 'Content is text, never code: write the words, and a literal brace as \\{.' },
  'component-unknown': { title: 'An unknown component', hint: 'Use one of the reader\'s components (Cite, Figure, Sensitive, Own), spelt as suggested.' },
  'attribute-unknown': { title: 'A component has an attribute it does not take', hint: 'Check its spelling against the suggestion, or remove it.' },
  'attribute-spread': { title: 'A component has a {…} spread', hint: 'Write each attribute by name: name="value".' },
  'attribute-not-string': { title: 'An attribute is an expression', hint: 'Write the value as plain text in quotes: name="value".' },
  // Citations
  'cite-not-self-closing': { title: 'A <Cite> wraps text', hint: 'Close it on itself, <Cite source="…" quote="…" />, right after the words it supports.' },
  'cite-placement': { title: 'A <Cite> follows no claim', hint: 'Put it in the paragraph, right after the words it supports.' },
  'cite-source-missing': { title: 'A <Cite> names no source', hint: 'Add source="<id>", the file name of the archived article.' },
  'source-unknown': { title: 'A <Cite> names a source the story does not have', hint: 'Use one of the ids listed, or add the article under sources/.' },
  'quote-empty': { title: 'A <Cite> quotes nothing', hint: 'Quote the exact words of the article the claim relies on.' },
  'quote-not-found': { title: 'A quote is not in its source', hint: 'Copy the words exactly from the archived article; the closest passage is shown.' },
  'quote-ambiguous': { title: 'A quote is in its source more than once', hint: 'Quote more words, so that only one place matches; the first is used meanwhile.' },
  'sentence-uncited': { title: 'A sentence of the account cites nothing', hint: 'Put the <Cite>s that support it right after it, in its paragraph; or, if it is the account\'s own words (an introduction, a link between claims, how it was made), wrap it in <Own>…</Own>.' },
  'own-words-cite': { title: 'The account\'s own words hold a <Cite>', hint: 'End <Own> before the claim: what is marked as the account\'s own words makes no claim, so it cites nothing.' },
  // Figures and sensitive passages
  'figure-alt-missing': { title: 'A figure has no alt text', hint: 'Describe what the photograph shows in alt="…": it is all many readers will know of it.' },
  'figure-alt-file-name': { title: 'A figure\'s alt text is a file name', hint: 'Describe what the photograph shows instead.' },
  'figure-alt-redundant': { title: 'A figure\'s alt text says it is an image', hint: 'Start with what it shows: screen readers already say "image".' },
  'figure-caption-missing': { title: 'A figure has no caption', hint: 'Add caption="…": what, when, who took it, as the coverage gives it.' },
  'figure-caption-repeats-alt': { title: 'A figure\'s caption repeats its alt text', hint: 'Let the alt text describe and the caption add context.' },
  'figure-credit-missing': { title: 'A figure has no credit', hint: 'Credit it as the sources do, e.g. credit="Picture: Instagram".' },
  'sensitive-topic-missing': { title: 'A sensitive passage names no topic', hint: 'Add topic="…": it names the note before the passage and the link that skips it.' },
  // The gentle summary
  'summary-frontmatter': { title: 'The summary has frontmatter', hint: 'Remove it: the summary takes its title, topics and support from story.mdx.' },
  'summary-element': { title: 'The summary holds a figure or a sensitive passage', hint: 'Leave photographs and passages that need a note to the story.' },
  'summary-medical-word': { title: 'The summary uses a medical word', hint: 'Reword it gently: the summary is the alternative for readers who chose no medical detail.' },
  'summary-medical-quote': { title: 'A summary\'s citation quotes medical detail', hint: 'Cite another passage that says the same without it.' },
} as const satisfies Record<string, CatalogueEntry>;

export type DiagnosticCode = keyof typeof CATALOGUE;

export const DIAGNOSTIC_CODES = Object.keys(CATALOGUE) as DiagnosticCode[];

/** One line per code among `codes`, each once in the order first met: what is wrong, and what to do. */
export function hintLines(codes: Iterable<DiagnosticCode>): string[] {
  return [...new Set(codes)].map((code) => `[${code}] ${CATALOGUE[code].title}. ${CATALOGUE[code].hint}`);
}

/** The guide that lists every code, as `npm run content:codes` writes it. */
export const CATALOGUE_DOCUMENT = 'docs/diagnostic-codes.md';

/** The catalogue as a Markdown table, for CATALOGUE_DOCUMENT. */
export function catalogueTable(): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  const rows = DIAGNOSTIC_CODES.map((code) => `| \`${code}\` | ${escape(CATALOGUE[code].title)} | ${escape(CATALOGUE[code].hint)} |`);
  return ['| code | what is wrong | what to do |', '| --- | --- | --- |', ...rows].join('\n');
}
