import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClaimsOnlyHere } from '@/components/ClaimsOnlyHere';
import { ShowContentNoteAgain } from '@/components/ShowContentNoteAgain';
import { SourceText } from '@/components/SourceText';
import { getStory, sourceParams } from '@/lib/content/store';
import { findSource } from '@/lib/view/story-index';
import { HEADING_IDS } from '@/lib/view/anchors';
import { pageMetadata } from '@/lib/view/metadata';
import { paragraphId } from '@/lib/view/anchors';
import { sourcePath, sourcesPath, storyPath } from '@/lib/view/routes';
import { PublishedDate } from '@/components/PublishedDate';
import { UNKNOWN_ADDRESS, UNKNOWN_OUTLET } from '@/lib/view/labels';

type Props = { params: Promise<{ slug: string; id: string }> };

// Prerendered for every archived article at build time; any other address is a 404.
export const generateStaticParams = sourceParams;
export const dynamicParams = false;

async function load(params: Props['params']) {
  const { slug, id } = await params;
  const story = getStory(slug);
  const source = story && findSource(story, id);
  return story && source ? { story, source } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const { story, source } = found;
  // Someone else's article, kept word for word so its quotes can be checked: not for search engines to list.
  return pageMetadata({ path: sourcePath(story.slug, source.id), title: `${source.name}: archived article`, description: `The article by ${source.name} that “${story.meta.title}” quotes, archived word for word.`, type: 'article', noindex: true });
}

export default async function SourcePage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { story, source } = found;
  const headline = source.meta.headline ? source.paragraphs[0] : undefined;
  return (
    <article className="page source" aria-labelledby={HEADING_IDS.source}>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <a href={storyPath(story.slug)}>{story.meta.title}</a>
          </li>
          <li>
            <a href={sourcesPath(story.slug)}>The articles</a>
          </li>
          <li aria-current="page">{source.name}</li>
        </ol>
      </nav>
      <header className="source-header">
        <p className="kicker">
          Archived article · {source.meta.outlet ?? UNKNOWN_OUTLET} · <PublishedDate date={source.meta.published} />
        </p>
        {headline ? (
          <h1 id={HEADING_IDS.source} tabIndex={-1}>
            <span id={paragraphId(headline.number)}>{headline.text}</span>
          </h1>
        ) : (
          // An imported page's headline is a field of its own (the import took it out of the body).
          <h1 id={HEADING_IDS.source} tabIndex={-1}>{source.meta.title ?? `${source.name}: archived article`}</h1>
        )}
        <p className="archive-note">
          The text below is kept exactly as it was received, errors included. Highlighted passages are quoted by the
          account; each is followed by links back to the claims that cite it.
        </p>
        {source.meta.url ? (
          <p>
            <a href={source.meta.url} rel="noreferrer">
              Read the original<span className="visually-hidden">{`at ${source.name}`}</span>
            </a>
            {source.meta.urlNote ? <span className="url-note"> {source.meta.urlNote}</span> : null}
          </p>
        ) : (
          <p>{`Original address: ${UNKNOWN_ADDRESS}.`}</p>
        )}
        <ShowContentNoteAgain slug={story.slug} returnPath={sourcePath(story.slug, source.id)} />
      </header>
      <SourceText story={story} source={source} />
      <ClaimsOnlyHere story={story} source={source} />
    </article>
  );
}
