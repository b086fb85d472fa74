'use client';

import { usePathname } from 'next/navigation';
import { readerPathOf } from '@/lib/view/routes';
import { SETTINGS_PATH, settingsPathFrom } from '@/lib/settings/settings';

/**
 * The header's link to the reading settings. It carries the current page as the
 * way back, so saving returns the reader where they were. usePathname is also
 * rendered on the server, so the link is complete in the HTML, with no
 * JavaScript (the reading pages carry no runtime to hydrate it: the link is
 * complete as rendered, which the build checks, see lib/release/runtime-free.ts).
 * Where the content note is served in place of a page, the server sees the
 * note's internal route and the browser the reader's address: readerPathOf
 * makes both the reader's, so hydration matches on the pages that have it.
 * A plain link, not next/link: no page is left by client-side navigation.
 */
export function SettingsLink() {
  const here = readerPathOf(usePathname());
  return (
    <a href={settingsPathFrom(here)} aria-current={here === SETTINGS_PATH ? 'page' : undefined}>
      Reading settings
    </a>
  );
}
