import type { NextRequest } from 'next/server';
import { getStory } from '@/lib/content/store';
import { CONTENT_NOTE_COOKIE, contentNoteSetCookie, withContinued, withoutContinued } from '@/lib/gate/cookie';
import { safeReturnPath, withLandingAnchor } from '@/lib/gate/paths';
import { storyPath } from '@/lib/view/routes';

/**
 * The content note's choices, as a plain form post (no JavaScript needed):
 *  - choice=continue: remember that the reader chose to read this story, and
 *    303 to where they were going (a path inside the story only; see safeReturnPath);
 *  - choice=show-again: forget that choice for this story, and 303 back, where
 *    the note now shows again.
 * Redirects are relative, so they stay on whatever host the reader used.
 */

type Context = { params: Promise<{ slug: string }> };

const MAX_BODY_BYTES = 4096;

const plain = (status: number, message: string) =>
  new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

/**
 * Only this site's own pages may post the choice: another site must not be able
 * to make a reader skip a note. Browsers say where a request comes from in
 * Sec-Fetch-Site; older ones in Origin (which our no-referrer policy turns into
 * "null" for our own forms, so "null" is not held against them).
 */
function fromThisSite(request: NextRequest): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null) return site === 'same-origin';
  const origin = request.headers.get('origin');
  if (origin === null || origin === 'null') return true;
  try {
    return new URL(origin).host === request.headers.get('host');
  } catch {
    return false;
  }
}

/** The form body, read up to a small limit: the form has two short fields. */
async function readForm(request: NextRequest): Promise<URLSearchParams | undefined> {
  const reader = request.body?.getReader();
  if (!reader) return new URLSearchParams();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return new URLSearchParams(new TextDecoder().decode(Buffer.concat(chunks)));
}

const isHttps = (request: NextRequest) =>
  request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' || request.nextUrl.protocol === 'https:';

export async function POST(request: NextRequest, { params }: Context) {
  const story = getStory((await params).slug);
  if (!story) return plain(404, 'There is no such story.');
  if (!fromThisSite(request)) return plain(403, 'This choice can only be sent from this site’s own content note.');
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) return plain(415, 'Send the choice as a form.');
  const form = await readForm(request);
  if (!form) return plain(413, 'The form is too large.');

  const choice = form.get('choice');
  const target = safeReturnPath(story.slug, form.get('return'));
  const current = request.cookies.get(CONTENT_NOTE_COOKIE)?.value;
  let value: string;
  let location: string;
  if (choice === 'continue') {
    value = withContinued(current, story.slug);
    location = withLandingAnchor(story.slug, target);
  } else if (choice === 'show-again') {
    value = withoutContinued(current, story.slug);
    location = target;
  } else {
    return plain(400, 'Choose "continue" or "show-again".');
  }
  const headers = new Headers({ Location: location, 'Cache-Control': 'no-store' });
  headers.append('Set-Cookie', contentNoteSetCookie(value, { secure: isHttps(request) }));
  return new Response(null, { status: 303, headers });
}

/** Someone who opens the form's address directly is sent to the story (and so to its note). */
export async function GET(_request: NextRequest, { params }: Context) {
  const story = getStory((await params).slug);
  if (!story) return plain(404, 'There is no such story.');
  return new Response(null, { status: 303, headers: { Location: storyPath(story.slug), 'Cache-Control': 'no-store' } });
}
