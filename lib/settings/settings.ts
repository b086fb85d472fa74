import { setCookieHeader } from '../http/cookies';
import { isWithin, pathOf, safeReturnPath } from '../http/return-path';

/**
 * A reader's own settings: text size, line spacing, line width and theme.
 * Stored in ONE cookie, from which the server picks the stylesheet every page
 * links (stylesheet.ts), so the first paint is already right: no flash of the
 * wrong theme or size, and no JavaScript needed.
 *
 * Pure functions only (no request, no cookies API): the settings page, its
 * form handler, the layout and the unit tests share them. Every value is
 * whitelisted; anything else, in the cookie or in the form, falls back to the
 * default for that one setting.
 */

export const SETTINGS_COOKIE = 'reader-settings';
/** Path of the form handler (a route handler cannot share the settings page's path). */
export const SETTINGS_PATH = '/settings';
export const SETTINGS_ACTION_PATH = '/settings/save';

type Option<V extends string> = { value: V; label: string; hint?: string };

export const TEXT_SIZES = [
  { value: 'small', label: 'Small' },
  { value: 'standard', label: 'Standard', hint: 'the default' },
  { value: 'large', label: 'Large' },
  { value: 'larger', label: 'Larger' },
  { value: 'largest', label: 'Largest', hint: 'nearly twice the standard size' },
] as const satisfies readonly Option<string>[];

export const LINE_SPACINGS = [
  { value: 'standard', label: 'Standard', hint: 'the default' },
  { value: 'wide', label: 'Wide' },
  { value: 'widest', label: 'Widest' },
] as const satisfies readonly Option<string>[];

export const LINE_WIDTHS = [
  { value: 'narrow', label: 'Narrow', hint: 'about 50 characters a line' },
  { value: 'standard', label: 'Standard', hint: 'about 66 characters a line, the default' },
  { value: 'wide', label: 'Wide', hint: 'about 80 characters a line' },
] as const satisfies readonly Option<string>[];

export const THEMES = [
  { value: 'system', label: 'Same as this device', hint: 'light or dark, as your system is set; the default' },
  { value: 'light', label: 'Light', hint: 'dark text on a light background' },
  { value: 'dark', label: 'Dark', hint: 'light text on a dark background' },
] as const satisfies readonly Option<string>[];

export type TextSize = (typeof TEXT_SIZES)[number]['value'];
export type LineSpacing = (typeof LINE_SPACINGS)[number]['value'];
export type LineWidth = (typeof LINE_WIDTHS)[number]['value'];
export type Theme = (typeof THEMES)[number]['value'];

export type ReaderSettings = { size: TextSize; spacing: LineSpacing; width: LineWidth; theme: Theme };

export const DEFAULT_SETTINGS: Readonly<ReaderSettings> = Object.freeze({
  size: 'standard',
  spacing: 'standard',
  width: 'standard',
  theme: 'system',
});

/** The form's fields and the cookie's keys, with the options each may take. */
export const SETTING_FIELDS = {
  size: TEXT_SIZES,
  spacing: LINE_SPACINGS,
  width: LINE_WIDTHS,
  theme: THEMES,
} as const;

type Key = keyof ReaderSettings;
const KEYS = Object.keys(SETTING_FIELDS) as Key[];
// Far more than four short key=value pairs need: anything longer is not ours.
const MAX_COOKIE_LENGTH = 256;

function pick<K extends Key>(key: K, value: unknown): ReaderSettings[K] {
  const options: readonly { value: string }[] = SETTING_FIELDS[key];
  return (typeof value === 'string' && options.some((option) => option.value === value)
    ? value
    : DEFAULT_SETTINGS[key]) as ReaderSettings[K];
}

/** Reads settings from anything with get(name): the cookie's pairs or a posted form. */
function fromPairs(get: (key: Key) => unknown): ReaderSettings {
  return { size: pick('size', get('size')), spacing: pick('spacing', get('spacing')), width: pick('width', get('width')), theme: pick('theme', get('theme')) };
}

/**
 * The settings in a cookie value ("size=large&theme=dark"). A missing, oversized
 * or malformed cookie gives the defaults; an unknown key is ignored; an unknown
 * value falls back to that setting's default. Never throws.
 */
export function parseSettings(value: string | undefined | null): ReaderSettings {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_COOKIE_LENGTH) return { ...DEFAULT_SETTINGS };
  let pairs: URLSearchParams;
  try {
    pairs = new URLSearchParams(value);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
  return fromPairs((key) => pairs.get(key));
}

/** The settings a posted form asks for (FormData or URLSearchParams); files and unknown values are ignored. */
export function settingsFromForm(form: { get(name: string): unknown }): ReaderSettings {
  return fromPairs((key) => form.get(key));
}

export function isDefault(settings: ReaderSettings): boolean {
  return KEYS.every((key) => settings[key] === DEFAULT_SETTINGS[key]);
}

/** The cookie value: only the settings that differ from the default, in a fixed order ("" when none do). */
export function serializeSettings(settings: ReaderSettings): string {
  const pairs = new URLSearchParams();
  for (const key of KEYS) if (settings[key] !== DEFAULT_SETTINGS[key]) pairs.set(key, pick(key, settings[key]));
  return pairs.toString();
}

/** The Set-Cookie header that stores these settings. All-default settings delete the cookie: no cookie is kept that changes nothing. */
export const settingsSetCookie = (settings: ReaderSettings, options: { secure: boolean }) =>
  setCookieHeader(SETTINGS_COOKIE, serializeSettings(settings), options);

/**
 * A same-site path to send the reader back to after saving, or undefined: a
 * safe path (lib/http/return-path.ts) that is not one of the settings pages.
 */
export function safeSettingsReturn(value: unknown): string | undefined {
  const safe = safeReturnPath(value);
  return safe !== undefined && !isWithin(pathOf(safe), SETTINGS_PATH) ? safe : undefined;
}

/** Where the form handler sends the reader: back where they were, or to the settings page saying it saved. */
export function settingsRedirectTarget(returnValue: unknown): string {
  return safeSettingsReturn(returnValue) ?? `${SETTINGS_PATH}?saved=1`;
}

/** The settings page's own address, remembering where the reader came from. */
export function settingsPathFrom(currentPath: string | null | undefined): string {
  const back = safeSettingsReturn(currentPath ?? undefined);
  return back ? `${SETTINGS_PATH}?return=${encodeURIComponent(back)}` : SETTINGS_PATH;
}
