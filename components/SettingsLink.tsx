'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { SETTINGS_PATH, settingsPathFrom } from '@/lib/settings/settings';

/**
 * The header's link to the reading settings. It carries the current page as the
 * way back, so saving returns the reader where they were. usePathname is also
 * rendered on the server, so the link is complete in the HTML, with no JavaScript.
 * `servedAt` is the reader's own address when the server rendered this page in
 * place of another (a rewrite): there, on the server only, usePathname names the
 * internal route. In the browser usePathname is the address bar's path (the same
 * value, so hydration matches) and stays right after client-side navigation.
 */
export function SettingsLink({ servedAt }: { servedAt?: string | null }) {
  const pathname = usePathname();
  const here = servedAt && typeof window === 'undefined' ? servedAt : pathname;
  return (
    <Link href={settingsPathFrom(here)} aria-current={here === SETTINGS_PATH ? 'page' : undefined}>
      Reading settings
    </Link>
  );
}
