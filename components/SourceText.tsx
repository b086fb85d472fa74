import { Fragment } from 'react';
import type { Paragraph, Source, Story } from '@/lib/content/model';
import { paragraphId, passageId } from '@/lib/view/anchors';
import { highlightSegments } from '@/lib/view/highlights';
import { listSeparator } from '@/lib/view/labels';
import { claimPath } from '@/lib/view/routes';
import { passagesIn, type SupportingPassage } from '@/lib/view/story-index';
import { linkToPassages } from '@/lib/view/text-fragment';

/** "claim 3", "claims 3 and 26", "claims 3, 7 and 26", each a link to the claim in the account. */
function ClaimLinks({ story, passages }: { story: Story; passages: readonly SupportingPassage[] }) {
  const claims = [...new Map(passages.map((passage) => [passage.claim.number, passage.claim])).values()];
  return (
    <>
      {claims.length === 1 ? 'claim ' : 'claims '}
      {claims.map((claim, index) => (
        <Fragment key={claim.id}>
          {listSeparator(index, claims.length)}
          <a href={claimPath(story.slug, claim)} aria-label={`claim ${claim.number}`}>
            {claim.number}
          </a>
        </Fragment>
      ))}
    </>
  );
}

/**
 * One archived paragraph, whole and uninterrupted, with the passages claims rest
 * on highlighted; what leads back to those claims, and to the original, comes
 * after it, never between its words.
 */
function SourceParagraph({ story, source, paragraph }: { story: Story; source: Source; paragraph: Paragraph }) {
  const passages = passagesIn(story, source.id, paragraph.number);
  return (
    <>
      <p id={paragraphId(paragraph.number)} className="source-paragraph">
        {highlightSegments(paragraph.text, passages).map((segment, index) =>
          segment.marked ? (
            <mark key={index} id={passageId(paragraph.number, segment.start)}>
              {segment.text}
            </mark>
          ) : <Fragment key={index}>{segment.text}</Fragment>,
        )}
      </p>
      {passages.length > 0 ? (
        <p className="paragraph-claims">
          Supports <ClaimLinks story={story} passages={passages} />
          {source.meta.url ? (
            <>
              <span aria-hidden="true"> · </span>
              <a href={linkToPassages(source.meta.url, passages.map((passage) => paragraph.text.slice(passage.start, passage.end)))} rel="noreferrer">
                Find it in the original<span className="visually-hidden">{`paragraph ${paragraph.number} at ${source.name}`}</span>
              </a>
            </>
          ) : null}
        </p>
      ) : null}
    </>
  );
}

/** A line the article used as a photo caption: shown as the photograph we do not reproduce. */
function CaptionPlaceholder({ paragraph }: { paragraph: Paragraph }) {
  return (
    <figure id={paragraphId(paragraph.number)} className="photo-placeholder photo-placeholder-small">
      <div className="photo-frame" aria-hidden="true">
        <span className="photo-frame-label">Photo not shown</span>
      </div>
      <figcaption>
        <span className="visually-hidden">Photo not shown. </span>
        Caption in the article: {paragraph.text}
      </figcaption>
    </figure>
  );
}

export function SourceText({ story, source }: { story: Story; source: Source }) {
  const body = source.meta.headline ? source.paragraphs.slice(1) : source.paragraphs;
  return (
    <div className="source-text">
      {body.map((paragraph) =>
        paragraph.isCaption ? (
          <CaptionPlaceholder key={paragraph.number} paragraph={paragraph} />
        ) : (
          <SourceParagraph key={paragraph.number} story={story} source={source} paragraph={paragraph} />
        ),
      )}
    </div>
  );
}
