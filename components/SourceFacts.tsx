import { PublishedDate } from '@/components/PublishedDate';
import type { Source, Story } from '@/lib/content/model';
import { HEADING_IDS, hrefTo } from '@/lib/view/anchors';
import { UNKNOWN_ADDRESS, UNKNOWN_OUTLET } from '@/lib/view/labels';
import { sourcePath } from '@/lib/view/routes';
import { claimsOnlyIn } from '@/lib/view/story-index';

const onlyHere = (count: number) => (count === 0 ? 'No claim' : count === 1 ? '1 claim' : `${count} claims`);

/**
 * One article's facts on the list of the articles behind an account: its
 * outlet, authors, dates, headline and original address, as received (or that
 * each is unknown), how many claims cite it and how many only it reports.
 */
export function SourceFacts({ story, source }: { story: Story; source: Source }) {
  const claimsCiting = story.claims.filter((claim) => claim.citations.some((c) => c.sourceId === source.id)).length;
  return (
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
        {claimsCiting} {claimsCiting === 1 ? 'claim' : 'claims'}
      </dd>
      <dt>Reported only here</dt>
      <dd>
        <a href={`${sourcePath(story.slug, source.id)}${hrefTo(HEADING_IDS.onlyHere)}`}>
          {onlyHere(claimsOnlyIn(story, source.id).length)}
          <span className="visually-hidden">{`only ${source.name} reports`}</span>
        </a>
      </dd>
    </dl>
  );
}
