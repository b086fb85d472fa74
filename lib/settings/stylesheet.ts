import { createHash } from 'node:crypto';
import { DEFAULT_SETTINGS, type ReaderSettings } from './settings';

/**
 * The reading settings as a stylesheet, so that pages stay the same for every
 * reader (static, cacheable) and the server picks only this small file from the
 * reader's cookie. Linked from every page's head, it blocks the first paint
 * like any stylesheet: the page appears in the reader's size and theme, with no
 * script and no flash. The defaults live in globals.css; this carries only what
 * differs from them, for the screen (paper keeps its own sizes and colours).
 */

export const SETTINGS_STYLESHEET_PATH = '/reader-settings.css';

/** The custom properties globals.css sizes everything from, for each setting that is not the default. */
const DECLARATIONS: { [K in keyof ReaderSettings]: Partial<Record<ReaderSettings[K], string>> } = {
  size: { small: '--font-size: 1rem', large: '--font-size: 1.375rem', larger: '--font-size: 1.625rem', largest: '--font-size: 2rem' },
  spacing: { wide: '--line-height: 1.9', widest: '--line-height: 2.2' },
  width: { narrow: '--measure: 50ch', wide: '--measure: 80ch' },
  // The palette's switches (globals.css), and the scheme of the browser's own controls and scrollbars.
  theme: { light: 'color-scheme: light; --if-light: initial; --if-dark: ', dark: 'color-scheme: dark; --if-light: ; --if-dark: initial' },
};

export function settingsStylesheet(settings: ReaderSettings): string {
  const declarations = (Object.keys(DECLARATIONS) as (keyof ReaderSettings)[])
    .filter((key) => settings[key] !== DEFAULT_SETTINGS[key])
    .flatMap((key) => (DECLARATIONS[key] as Record<string, string>)[settings[key]] ?? []);
  if (declarations.length === 0) return '/* Reading settings are the defaults */\n';
  return `/* Reading settings from this reader's cookie. */\n@media screen {\n  :root {\n${declarations.map((d) => `    ${d};\n`).join('')}  }\n}\n`;
}

/** A strong validator for the stylesheet's text: the same settings give the same ETag. */
export const stylesheetEtag = (css: string) => `"${createHash('sha256').update(css).digest('base64url').slice(0, 22)}"`;
