import { Fragment } from 'react';
import type { Paragraph, Source, Story } from '@/lib/content/model';
import { markerId, paragraphId } from '@/lib/view/anchors';
import { highlightSegments } from '@/lib/view/highlights';
import { backLinkLabel } from '@/lib/view/labels';
import { anchorPath } from '@/lib/view/routes';
import { notesQuoting } from '@/lib/view/story-index';
import { linkToPassage } from '@/lib/view/text-fragment';

/** One archived paragraph with its cited passages marked and a way back to every claim that cites them. */
function SourceParagraph({ story, source, paragraph }: { story: Story; source: Source; paragraph: Paragraph }) {
  const notes = notesQuoting(story, source.id, paragraph.number);
  return (
    <p id={paragraphId(paragraph.number)} className="source-paragraph">
      {highlightSegments(paragraph.text, notes).map((segment, index) =>
        segment.notes.length === 0 ? (
          <Fragment key={index}>{segment.text}</Fragment>
        ) : (
          <Fragment key={index}>
            <mark>{segment.text}</mark>{' '}
            <span className="backlinks-inline">
              {segment.notes.flatMap((note) => note.uses).map((use) => (
                <a key={markerId(use.claim, use.citation)} href={anchorPath(story.slug, markerId(use.claim, use.citation))} className="backlink-chip">
                  {backLinkLabel(use.claim)}
                </a>
              ))}
              {source.meta.url
                ? segment.notes.map((note) => (
                    <a key={note.number} href={linkToPassage(source.meta.url!, note.passage)} className="backlink-chip" rel="noreferrer">
                      Find it in the original<span className="visually-hidden"> at {source.name}</span>
                    </a>
                  ))
                : null}
            </span>{' '}
          </Fragment>
        ),
      )}
    </p>
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
