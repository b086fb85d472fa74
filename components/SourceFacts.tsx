import type { Source, Story } from '@/lib/content/model';
import { HEADING_IDS, hrefTo } from '@/lib/view/anchors';
import { UNKNOWN_OUTLET } from '@/lib/view/labels';
import { sourcePath } from '@/lib/view/routes';
import { claimsOnlyIn } from '@/lib/view/story-index';
import { OriginalAddress } from './OriginalAddress';
import { PublishedDate } from './PublishedDate';

const claims = (count: number) => (count === 1 ? '1 claim' : `${count} claims`);
const onlyHere = (count: number) => (count === 0 ? 'No claim' : claims(count));

/** What the archive knows of one article, as a list of facts: what is unknown says so. */
export function SourceFacts({ story, source }: { story: Story; source: Source }) {
  const { meta } = source;
  const citing = story.claims.filter((claim) => claim.citations.some((citation) => citation.sourceId === source.id)).length;
  return (
    <dl className="facts">
      <dt>Outlet</dt>
      <dd>{meta.outlet ?? UNKNOWN_OUTLET}</dd>
      {meta.authors ? (
        <>
          <dt>{meta.authors.length === 1 ? 'Author' : 'Authors'}</dt>
          <dd>{meta.authors.join(', ')}</dd>
        </>
      ) : null}
      <dt>Published</dt>
      <dd>
        <PublishedDate date={meta.published} instant={meta.publishedAt} />
      </dd>
      {meta.modifiedAt ? (
        <>
          <dt>Last changed</dt>
          <dd>
            <PublishedDate date={meta.modifiedAt.slice(0, 10)} instant={meta.modifiedAt} />
          </dd>
        </>
      ) : null}
      <dt>Headline</dt>
      <dd>{meta.title ?? 'None given'}</dd>
      <dt>Original address</dt>
      <dd>
        <OriginalAddress source={source} />
      </dd>
      <dt>Cited by</dt>
      <dd>{claims(citing)}</dd>
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
