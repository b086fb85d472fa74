import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ShowContentNoteAgain } from '@/components/ShowContentNoteAgain';
import { getStory, storyParams } from '@/lib/content/store';
import { HEADING_IDS, hrefTo } from '@/lib/view/anchors';
import { pageMetadata } from '@/lib/view/metadata';
import { articleCount, claimsOnlyIn } from '@/lib/view/story-index';
import { sourcePath, sourcesPath, storyPath } from '@/lib/view/routes';
import { PublishedDate } from '@/components/PublishedDate';
import { UNKNOWN_ADDRESS, UNKNOWN_OUTLET } from '@/lib/view/labels';

type Props = { params: Promise<{ slug: string }> };

// Prerendered for every story at build time; any other address is a 404.
export const generateStaticParams = storyParams;
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = getStory((await params).slug);
  return story
    ? pageMetadata({ path: sourcesPath(story.slug), title: `The articles behind “${story.meta.title}”`, description: `The ${articleCount(story)} news articles this account combines, archived word for word.`, type: 'article' })
    : {};
}

const onlyHere = (count: number) => (count === 0 ? 'No claim' : count === 1 ? '1 claim' : `${count} claims`);

export default async function SourcesPage({ params }: Props) {
  const story = getStory((await params).slug);
  if (!story) notFound();
  const claimsCiting = (id: string) => story.claims.filter((claim) => claim.citations.some((c) => c.sourceId === id)).length;
  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <a href={storyPath(story.slug)}>{story.meta.title}</a>
          </li>
          <li aria-current="page">The articles</li>
        </ol>
      </nav>
      <h1 id={HEADING_IDS.sources} tabIndex={-1}>
        The articles behind this account
      </h1>
      <p className="lede">
        The account combines {articleCount(story)} news articles. Each is archived here exactly as it was received,
        typing errors included. Where an outlet or address could not be established, it is marked unknown.
      </p>
      <ShowContentNoteAgain slug={story.slug} returnPath={sourcesPath(story.slug)} />
      <ul className="source-list">
        {story.sources.map((source) => (
          <li key={source.id}>
            <h2>
              <a href={sourcePath(story.slug, source.id)}>{source.name}</a>
            </h2>
            <dl className="facts">
              <dt>Outlet</dt>
              <dd>{source.meta.outlet ?? UNKNOWN_OUTLET}</dd>
              {source.meta.authors ? (
                <>
                  <dt>{source.meta.authors.length === 1 ? 'Author' : 'Authors'}</dt>
                  <dd>{source.meta.authors.join(', ')}</dd>
                </>
              ) : null}
              <dt>Published</dt>
              <dd>
                <PublishedDate date={source.meta.published} instant={source.meta.publishedAt} />
              </dd>
              {source.meta.modifiedAt ? (
                <>
                  <dt>Last changed</dt>
                  <dd>
                    <PublishedDate date={source.meta.modifiedAt.slice(0, 10)} instant={source.meta.modifiedAt} />
                  </dd>
                </>
              ) : null}
              <dt>Headline</dt>
              <dd>{source.meta.title ?? 'None given'}</dd>
              <dt>Original address</dt>
              <dd>
                {source.meta.url ? (
                  <>
                    <a className="url" href={source.meta.url} rel="noreferrer">
                      {source.meta.url}
                    </a>
                    {source.meta.urlNote ? <span className="url-note"> {source.meta.urlNote}</span> : null}
                  </>
                ) : (
                  UNKNOWN_ADDRESS
                )}
              </dd>
              <dt>Cited by</dt>
              <dd>
                {claimsCiting(source.id)} {claimsCiting(source.id) === 1 ? 'claim' : 'claims'}
              </dd>
              <dt>Reported only here</dt>
              <dd>
                <a href={`${sourcePath(story.slug, source.id)}${hrefTo(HEADING_IDS.onlyHere)}`}>
                  {onlyHere(claimsOnlyIn(story, source.id).length)}
                  <span className="visually-hidden">{`only ${source.name} reports`}</span>
                </a>
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}
