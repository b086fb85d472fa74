import type { NextRequest } from 'next/server';
import { READER_SETTINGS_CACHE_CONTROL } from '@/lib/http/cache';
import { parseSettings, SETTINGS_COOKIE } from '@/lib/settings/settings';
import { settingsStylesheet, stylesheetEtag } from '@/lib/settings/stylesheet';

/**
 * The reader's settings as CSS, picked from their cookie: the one per-reader
 * answer every page depends on. Private and revalidated on every page view,
 * which an unchanged ETag answers with a 304 of a few hundred bytes.
 */
export function GET(request: NextRequest) {
  const css = settingsStylesheet(parseSettings(request.cookies.get(SETTINGS_COOKIE)?.value));
  const etag = stylesheetEtag(css);
  const headers = { 'Cache-Control': READER_SETTINGS_CACHE_CONTROL, Vary: 'Cookie', ETag: etag };
  if (request.headers.get('if-none-match')?.split(',').some((tag) => tag.trim() === etag)) return new Response(null, { status: 304, headers });
  return new Response(css, { headers: { ...headers, 'Content-Type': 'text/css; charset=utf-8' } });
}
