import { contentNoteActionPath } from '@/lib/view/routes';

/**
 * A visible way to undo "Continue to the story": it forgets the choice for
 * this story only, and the page the reader is on shows the content note again.
 * A plain form post, so it works with no JavaScript.
 */
export function ShowContentNoteAgain({ slug, returnPath }: { slug: string; returnPath: string }) {
  return (
    <form method="post" action={contentNoteActionPath(slug)} className="content-note-again">
      <input type="hidden" name="return" value={returnPath} />
      <button type="submit" name="choice" value="show-again" className="button button-quiet">
        Show content notes again
      </button>
    </form>
  );
}
