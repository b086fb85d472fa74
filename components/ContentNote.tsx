import type { Story } from '@/lib/content/model';
import { HEADING_IDS } from '@/lib/view/anchors';
import { CONTENT_NOTE_LEAD, SKIPPABLE_PASSAGES } from '@/lib/view/labels';
import { contentNoteActionPath, summaryPath } from '@/lib/view/routes';
import { ContentNoteReturnField } from './ContentNoteReturnField';
import { SupportResources } from './SupportResources';

/**
 * The note a reader meets before any page of a story: the title, then in plain
 * words what the story contains (its frontmatter topics), then three choices of
 * equal weight, then where to find support. Calm, specific and brief: the
 * words before the choices stay under 60. Plain HTML: the choices are a form
 * post and two links, so it all works with no JavaScript.
 */
export function ContentNote({ story, returnPath }: { story: Story; returnPath: string }) {
  const { meta } = story;
  return (
    <div className="page content-note">
      {/* Focus starts at the note's heading, with or without JavaScript: the note is why this page exists. */}
      {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the issue asks that focus start here, ahead of the site's navigation */}
      <h1 id={HEADING_IDS.contentNote} tabIndex={-1} autoFocus>
        <span className="content-note-label">
          Content note<span className="visually-hidden">:</span>
        </span>{' '}
        <span className="content-note-story">{meta.title}</span>
      </h1>
      <p>{CONTENT_NOTE_LEAD}</p>
      <ul className="content-note-topics">
        {meta.topics.map((topic) => (
          <li key={topic}>{topic}</li>
        ))}
      </ul>
      {story.sensitives.length > 0 ? (
        <p>{SKIPPABLE_PASSAGES}</p>
      ) : null}
      <ul className="content-note-choices" aria-label="Your choices">
        <li>
          <form method="post" action={contentNoteActionPath(story.slug)}>
            <ContentNoteReturnField value={returnPath} />
            <button type="submit" name="choice" value="continue" className="button content-note-choice">
              Continue to the story
            </button>
          </form>
        </li>
        {story.summary ? (
          <li>
            <a href={summaryPath(story.slug)} className="button content-note-choice">
              Read a short summary instead
            </a>
          </li>
        ) : null}
        <li>
          <a href="/" className="button content-note-choice">
            Go back
          </a>
        </li>
      </ul>
      <p className="content-note-remembered">
        Your choice is remembered for this story only, in one cookie. The story has a button to show this note again.
      </p>
      <SupportResources story={story} />
    </div>
  );
}
