'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { readerPathOf } from '@/lib/gate/routing';
import { SETTINGS_PATH, settingsPathFrom } from '@/lib/settings/settings';

/**
 * The header's link to the reading settings. It carries the current page as the
 * way back, so saving returns the reader where they were. usePathname is also
 * rendered on the server, so the link is complete in the HTML, with no
 * JavaScript. Where the content note is served in place of a page, the server
 * sees the note's internal route and the browser the reader's address:
 * readerPathOf makes both the reader's, so hydration matches.
 */
export function SettingsLink() {
  const here = readerPathOf(usePathname());
  return (
    <Link href={settingsPathFrom(here)} aria-current={here === SETTINGS_PATH ? 'page' : undefined}>
      Reading settings
    </Link>
  );
}
