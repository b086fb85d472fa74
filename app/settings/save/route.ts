import {
  DEFAULT_SETTINGS,
  SETTINGS_PATH,
  settingsFromForm,
  settingsRedirectTarget,
  settingsSetCookie,
} from '@/lib/settings/settings';

/**
 * The reading-settings form posts here (it works with no JavaScript). Stores the
 * whitelisted settings in one cookie and sends the reader back with a 303 to a
 * validated same-site path. The Location is relative on purpose: one built from
 * request.url names the server's own host (127.0.0.1 vs localhost), and the
 * cookie would not be sent back on the other.
 */

// A form of four short radio values and a return path; anything bigger is not ours.
const MAX_BODY_BYTES = 8 * 1024;

function redirect(location: string, setCookie?: string) {
  const headers = new Headers({ Location: location, 'Cache-Control': 'no-store' });
  if (setCookie) headers.append('Set-Cookie', setCookie);
  return new Response(null, { status: 303, headers });
}

/** A request from another site's page: refuse it, so no page elsewhere can change a reader's settings. */
function isCrossSite(request: Request): boolean {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return true;
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return false;
  try {
    return new URL(origin).host !== request.headers.get('host');
  } catch {
    return true;
  }
}

export async function POST(request: Request) {
  if (isCrossSite(request)) return new Response('Cross-site requests cannot change reading settings.', { status: 403 });
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) {
    return new Response('Too large.', { status: 413 });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    form = new FormData();
  }
  const settings = form.get('action') === 'reset' ? DEFAULT_SETTINGS : settingsFromForm(form);
  const secure = request.headers.get('x-forwarded-proto') === 'https' || new URL(request.url).protocol === 'https:';
  return redirect(settingsRedirectTarget(form.get('return')), settingsSetCookie(settings, { secure }));
}

/** Someone followed or bookmarked the form's address: show them the form. */
export function GET() {
  return redirect(SETTINGS_PATH);
}
