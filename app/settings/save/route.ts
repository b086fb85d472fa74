import { isHttps, readGuardedForm, seeOther } from '@/lib/http/forms';
import { DEFAULT_SETTINGS, SETTINGS_PATH, settingsFromForm, settingsRedirectTarget, settingsSetCookie } from '@/lib/settings/settings';

/**
 * The reading-settings form posts here (it works with no JavaScript). Stores the
 * whitelisted settings in one cookie and sends the reader back with a 303 to a
 * validated same-site path.
 */

// A form of four short radio values and a return path; anything bigger is not ours.
const MAX_BODY_BYTES = 8 * 1024;

export async function POST(request: Request) {
  const { form, response } = await readGuardedForm(request, { maxBytes: MAX_BODY_BYTES, refusal: 'Reading settings can only be changed from this site’s own settings page.' });
  if (response) return response;
  const settings = form.get('action') === 'reset' ? DEFAULT_SETTINGS : settingsFromForm(form);
  return seeOther(settingsRedirectTarget(form.get('return')), settingsSetCookie(settings, { secure: isHttps(request) }));
}

/** Someone followed or bookmarked the form's address: show them the form. */
export function GET() {
  return seeOther(SETTINGS_PATH);
}
