import type { Source, Story } from '../content/model';
import { lastChanged } from './dates';
import { sourcePath, storyPath } from './routes';
import { absoluteUrl, SITE_NAME } from './site';

/**
 * schema.org JSON-LD for a story (https://schema.org/NewsArticle): what it is,
 * when it was published and last changed, and every archived article it is
 * based on, each with its outlet and address only where they are known.
 * Only the story's frontmatter, never its text, and not the articles'
 * headlines (the account quotes them): the content note carries it too.
 */

const organization = (name: string) => ({ '@type': 'Organization', name });

function basedOn(story: Story, source: Source) {
  const { meta } = source;
  const published = meta.publishedAt ?? meta.published;
  return {
    '@type': 'NewsArticle',
    ...(meta.outlet ? { publisher: organization(meta.outlet) } : {}),
    ...(meta.authors ? { author: meta.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(published ? { datePublished: published } : {}),
    ...(meta.modifiedAt ? { dateModified: meta.modifiedAt } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    inLanguage: meta.language,
    archivedAt: absoluteUrl(sourcePath(story.slug, source.id)),
  };
}

export function storyStructuredData(story: Story) {
  const { meta } = story;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: meta.title,
    description: meta.summary,
    keywords: meta.topics,
    datePublished: meta.published,
    dateModified: lastChanged(meta),
    inLanguage: meta.language,
    url: absoluteUrl(storyPath(story.slug)),
    mainEntityOfPage: absoluteUrl(storyPath(story.slug)),
    publisher: organization(SITE_NAME),
    isBasedOn: story.sources.map((source) => basedOn(story, source)),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` escaped, so nothing a
 * story's frontmatter holds can close the script element or open a comment.
 */
export const scriptSafeJson = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
