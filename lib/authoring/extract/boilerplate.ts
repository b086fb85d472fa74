import type { Element } from 'domhandler';

/**
 * General rules for what is not the article's text, each with the reason an
 * editor is shown when a long block is left out. They look at the markup's
 * roles and class names and at a block's own words, never at one site.
 */

/** Elements never read: code, embedded documents, form controls, media without text. */
export const NEVER_READ = new Set([
  'script', 'style', 'noscript', 'iframe', 'template', 'svg', 'math', 'object', 'embed', 'canvas',
  'video', 'audio', 'map', 'input', 'select', 'textarea', 'button', 'head', 'link', 'meta', 'frame', 'frameset',
]);

const BY_TAG: Record<string, string> = {
  nav: 'navigation', aside: 'aside', footer: 'footer', header: 'header', form: 'form',
  figcaption: 'caption', menu: 'navigation', dialog: 'dialog',
};

const BY_ROLE: Record<string, string> = {
  navigation: 'navigation', banner: 'header', contentinfo: 'footer', complementary: 'aside',
  dialog: 'dialog', menu: 'navigation', search: 'form',
};

// Tokens of class and id names ("article-share-bar" → share), grouped by the reason shown.
const BY_NAME: [string, RegExp][] = [
  ['share bar', /^(?:share|sharing|social|socials|sharebar|share-?tools)$/],
  ['related links', /^(?:related|recommended|recommendations|read-?more|more-?stories|outbrain|taboola|trending|popular|most-?read|also-?read|see-?also|read-?next|up-?next)$/],
  ['newsletter prompt', /^(?:newsletter|subscribe|subscription|signup|sign-?up|paywall|promo|promotion|cta|donate|membership)$/],
  ['advertisement', /^(?:ad|ads|advert|advertisement|advertising|sponsored|sponsor|dfp|gpt)$/],
  ['byline', /^(?:byline|bylines|author|authors|dateline|timestamp|published|article-?meta|post-?meta|entry-?meta|contributor)$/],
  ['caption', /^(?:caption|captions|credit|credits|copyright|wp-caption-text|image-?credit|photo-?credit)$/],
  ['navigation', /^(?:nav|navbar|navigation|menu|breadcrumb|breadcrumbs|pagination|pager|skip-?link|tags|tag-?list|topics|keywords)$/],
  ['comments', /^(?:comment|comments|disqus|respond|replies)$/],
  ['aside', /^(?:sidebar|widget|rail|right-?rail|toolbar|modal|popup|overlay|cookie|consent|banner)$/],
];

function nameTokens(element: Element): string[] {
  return `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`.toLowerCase().split(/[\s_]+|(?<=[a-z])-(?=[a-z])|--/).filter(Boolean);
}

export function isHidden(element: Element): boolean {
  const style = (element.attribs.style ?? '').replace(/\s+/g, '').toLowerCase();
  return 'hidden' in element.attribs || element.attribs['aria-hidden'] === 'true' ||
    style.includes('display:none') || style.includes('visibility:hidden');
}

/** Why an element, with everything in it, is not article text; undefined when it may be. */
export function elementDropReason(element: Element): string | undefined {
  const byTag = BY_TAG[element.name];
  if (byTag) return byTag;
  const byRole = BY_ROLE[(element.attribs.role ?? '').toLowerCase()];
  if (byRole) return byRole;
  const tokens = new Set(nameTokens(element));
  // Whole names too, so "share-bar" is caught both as a name and by its first token.
  for (const name of `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`.toLowerCase().split(/\s+/)) tokens.add(name);
  // "social-media-embed" is a quoted post the article shows, not a bar of share buttons.
  const embedded = tokens.has('embed') || tokens.has('embedded');
  for (const [why, pattern] of BY_NAME) {
    if (why === 'share bar' && embedded) continue;
    if ([...tokens].some((token) => pattern.test(token))) return why;
  }
  return undefined;
}

/** A photograph's credit line standing alone ("Photo / Supplied", "Picture: Instagram", "Bild: Keystone"). */
const CREDIT_LINES = [
  /^(?:photos?|image|picture|credit|illustration|fotos?|bild)\s*[:/]/i,
  // A photo agency's credit: "Sakib Ali/Hindustan Times/Getty Images".
  // (After a slash only, so that "…, he told Reuters" stays a sentence.)
  /(?:\/\s*(?:Getty Images|AFP|AP|AP Photo|Reuters|Shutterstock|EPA|Alamy|Supplied)|\bGetty Images)\)?$/,
];

export const isCreditLine = (text: string) => CREDIT_LINES.some((pattern) => pattern.test(text));

const PROMPTS: [string, RegExp][] = [
  ['related links', /^(?:read more|related|see also|more from|more on this|recommended|you may also like|also read|read next|most read|continue reading|click here)\b/i],
  ['newsletter prompt', /^(?:sign up|subscribe|get our|join our|become a member|support our)\b|\bnewsletter\b.*\b(?:sign up|subscribe|inbox)\b|\b(?:to|in|meet) your inbox\b/i],
  ['navigation', /^(?:filed under|tagged|tags|categories|posted in)\s*:/i],
  ['share bar', /^(?:share this|share on|follow us|tweet|email this)\b/i],
  ['advertisement', /^(?:advertisement|sponsored( content)?|ad)$/i],
  ['byline', /^(?:[Bb]y|[Ww]ritten by)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})*$/u],
  ...CREDIT_LINES.map((pattern): [string, RegExp] => ['caption', pattern]),
  // A caption that ends with its credit: "The bridge at dusk. Picture: Instagram".
  ['caption', /(?:\(|\s)(?:photo|image|picture)\s*:[^.]{1,80}\)?$/i],
  ['byline', /^(?:published|updated|posted|last updated)\b.*\d{4}|^\(?(?:additional )?reporting by\b|\bcontributed (?:reporting|to this report)\b/i],
  ['reading time', /^(?:\d+\s*min(?:ute)?s?\s*read|reading time|tempo de leitura|temps de lecture|lesezeit)\b/i],
  // The words of controls and labels a page shows around its text, in the languages of the pages seen.
  ['interface label', /^(?:caption|close|comments?|topics|tags|share|more|review|advertisement|anzeige|publicité|publicidad|iklan|pubblicità)\s*:?$/i],
];

const PROMPT_MAX_WORDS = 25;

/** Why a block of text, judged on its words and links, is not article text. */
export function blockDropReason(text: string, words: number, linkDensity: number): string | undefined {
  if (linkDensity > 0.5 && words < 40) return 'links';
  if (words > PROMPT_MAX_WORDS) return undefined;
  return PROMPTS.find(([, pattern]) => pattern.test(text))?.[0];
}
