import type { Source, Story } from '@/lib/content/model';
import { HEADING_IDS, paragraphId } from '@/lib/view/anchors';
import { UNKNOWN_ADDRESS, UNKNOWN_OUTLET } from '@/lib/view/labels';
import { sourcePath } from '@/lib/view/routes';
import { PublishedDate } from './PublishedDate';
import { ShowContentNoteAgain } from './ShowContentNoteAgain';

/** An archived article's header: what it is, its headline, that its text is kept as received, and the way to the original. */
export function SourceHeader({ story, source }: { story: Story; source: Source }) {
  const headline = source.meta.headline ? source.paragraphs[0] : undefined;
  return (
    <header className="source-header">
      <p className="kicker">
        Archived article · {source.meta.outlet ?? UNKNOWN_OUTLET} · <PublishedDate date={source.meta.published} />
      </p>
      {headline ? (
        <h1 id={HEADING_IDS.source}>
          <span id={paragraphId(headline.number)}>{headline.text}</span>
        </h1>
      ) : (
        // An imported page's headline is a field of its own (the import took it out of the body).
        <h1 id={HEADING_IDS.source}>{source.meta.title ?? `${source.name}: archived article`}</h1>
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
          {source.meta.urlNote ? <span className="url-note">{` ${source.meta.urlNote}`}</span> : null}
        </p>
      ) : (
        <p>{`Original address: ${UNKNOWN_ADDRESS}.`}</p>
      )}
      <ShowContentNoteAgain slug={story.slug} returnPath={sourcePath(story.slug, source.id)} />
    </header>
  );
}
