import type { NextRequest } from 'next/server';
import { getStory } from '@/lib/content/store';
import { CONTENT_NOTE_COOKIE, contentNoteSetCookie, withContinued, withoutContinued } from '@/lib/gate/cookie';
import { safeReturnPath, withLandingAnchor } from '@/lib/gate/paths';
import { isHttps, plainResponse, readGuardedForm, seeOther } from '@/lib/http/forms';
import { storyPath } from '@/lib/view/routes';

/**
 * The content note's choices, as a plain form post (no JavaScript needed):
 *  - choice=continue: remember that the reader chose to read this story, and
 *    303 to where they were going (a path inside the story only);
 *  - choice=show-again: forget that choice for this story, and 303 back, where
 *    the note now shows again.
 */

type Context = { params: Promise<{ slug: string }> };

// The form has two short fields.
const MAX_BODY_BYTES = 4096;

export async function POST(request: NextRequest, { params }: Context) {
  const story = getStory((await params).slug);
  if (!story) return plainResponse(404, 'There is no such story.');
  const { form, response } = await readGuardedForm(request, { maxBytes: MAX_BODY_BYTES, refusal: 'This choice can only be sent from this site’s own content note.' });
  if (response) return response;
  const target = safeReturnPath(story.slug, form.get('return'));
  const current = request.cookies.get(CONTENT_NOTE_COOKIE)?.value;
  const secure = isHttps(request);
  switch (form.get('choice')) {
    case 'continue':
      return seeOther(withLandingAnchor(story.slug, target), contentNoteSetCookie(withContinued(current, story.slug), { secure }));
    case 'show-again':
      return seeOther(target, contentNoteSetCookie(withoutContinued(current, story.slug), { secure }));
    default:
      return plainResponse(400, 'Choose "continue" or "show-again".');
  }
}

/** Someone who opens the form's address directly is sent to the story (and so to its note). */
export async function GET(_request: NextRequest, { params }: Context) {
  const story = getStory((await params).slug);
  if (!story) return plainResponse(404, 'There is no such story.');
  return seeOther(storyPath(story.slug));
}
