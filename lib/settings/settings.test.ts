import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  LINE_SPACINGS,
  LINE_WIDTHS,
  SETTINGS_COOKIE,
  TEXT_SIZES,
  THEMES,
  parseSettings,
  safeSettingsReturn,
  serializeSettings,
  settingsFromForm,
  settingsPathFrom,
  settingsRedirectTarget,
  settingsSetCookie,
  type ReaderSettings,
} from '@/lib/settings/settings';

const LARGEST_DARK: ReaderSettings = { size: 'largest', spacing: 'widest', width: 'narrow', theme: 'dark' };

describe('the choices offered', () => {
  it('has at least four text sizes, and line spacing, line width and theme (system, light, dark)', () => {
    expect(TEXT_SIZES.length).toBeGreaterThanOrEqual(4);
    expect(LINE_SPACINGS.length).toBeGreaterThanOrEqual(2);
    expect(LINE_WIDTHS.length).toBeGreaterThanOrEqual(2);
    expect(THEMES.map((theme) => theme.value)).toEqual(['system', 'light', 'dark']);
  });

  it('defaults to options that exist', () => {
    expect(TEXT_SIZES.map((o) => o.value)).toContain(DEFAULT_SETTINGS.size);
    expect(LINE_SPACINGS.map((o) => o.value)).toContain(DEFAULT_SETTINGS.spacing);
    expect(LINE_WIDTHS.map((o) => o.value)).toContain(DEFAULT_SETTINGS.width);
    expect(DEFAULT_SETTINGS.theme).toBe('system');
  });
});

describe('parseSettings: reading the cookie', () => {
  it('gives the defaults when there is no cookie', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('')).toEqual(DEFAULT_SETTINGS);
  });

  it('reads what serializeSettings wrote', () => {
    expect(parseSettings(serializeSettings(LARGEST_DARK))).toEqual(LARGEST_DARK);
    expect(parseSettings('theme=light')).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' });
  });

  it('ignores malformed, unknown or hostile values safely, one setting at a time', () => {
    expect(parseSettings('size=enormous&theme=dark')).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(parseSettings('theme=<script>alert(1)</script>')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('theme=dark" onload="x')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('%E0%A4%A')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('constructor=x&__proto__=y&toString=z')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('===&&&')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(`size=large&pad=${'x'.repeat(5000)}`)).toEqual(DEFAULT_SETTINGS);
  });

  it('takes the first of repeated keys, like the rest of the web', () => {
    expect(parseSettings('size=large&size=largest').size).toBe('large');
  });

  it('never returns the shared defaults object (callers may change theirs)', () => {
    expect(parseSettings(undefined)).not.toBe(DEFAULT_SETTINGS);
  });
});

describe('settingsFromForm: reading the posted form', () => {
  it('reads every field', () => {
    const form = new URLSearchParams({ size: 'largest', spacing: 'widest', width: 'narrow', theme: 'dark' });
    expect(settingsFromForm(form)).toEqual(LARGEST_DARK);
  });

  it('falls back per field for missing, unknown or non-string values', () => {
    const form = new FormData();
    form.set('size', new Blob(['largest']));
    form.set('theme', 'DARK');
    form.set('width', 'wide');
    expect(settingsFromForm(form)).toEqual({ ...DEFAULT_SETTINGS, width: 'wide' });
  });
});

describe('serializeSettings and the Set-Cookie header', () => {
  it('stores only what differs from the default, in a fixed order', () => {
    expect(serializeSettings(DEFAULT_SETTINGS)).toBe('');
    expect(serializeSettings({ ...DEFAULT_SETTINGS, theme: 'dark', size: 'large' })).toBe('size=large&theme=dark');
  });

  it('sets one cookie, SameSite=Lax, Path=/, for a year, Secure only over HTTPS', () => {
    const header = settingsSetCookie(LARGEST_DARK, { secure: false });
    expect(header.startsWith(`${SETTINGS_COOKIE}=`)).toBe(true);
    expect(header).toContain('; Path=/');
    expect(header).toContain('; SameSite=Lax');
    expect(header).toContain('; Max-Age=31536000');
    expect(header).not.toContain('Secure');
    expect(settingsSetCookie(LARGEST_DARK, { secure: true })).toContain('; Secure');
    // The value is URI-encoded, as Next's cookie parser decodes it.
    const value = decodeURIComponent(header.split(';')[0]!.slice(SETTINGS_COOKIE.length + 1));
    expect(parseSettings(value)).toEqual(LARGEST_DARK);
  });

  it('deletes the cookie when every setting is back to its default', () => {
    expect(settingsSetCookie(DEFAULT_SETTINGS, { secure: false })).toMatch(new RegExp(`^${SETTINGS_COOKIE}=; Max-Age=0;`));
  });
});

describe('safeSettingsReturn: where saving sends the reader back to', () => {
  it('keeps plain paths on this site, with a simple fragment', () => {
    for (const path of ['/', '/stories/a-story', '/stories/a-story/sources/heart', '/stories/a-story/summary']) {
      expect(safeSettingsReturn(path), path).toBe(path);
    }
    expect(safeSettingsReturn('/stories/a#note-3')).toBe('/stories/a#note-3');
    expect(safeSettingsReturn('/stories/a#:~:text=x')).toBe('/stories/a');
  });

  it('refuses anything that could leave the site or loop', () => {
    for (const value of [
      '//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      'https://evil.example/',
      'http:/evil.example',
      'javascript:alert(1)',
      'evil.example',
      '/%2F%2Fevil.example',
      '/%5Cevil.example',
      '/stories/../../etc',
      '/./x',
      '/a b',
      '/a\tb',
      '/a\nLocation: x',
      '/stories?x=1',
      '/settings',
      '/settings/save',
      '',
      `/${'a'.repeat(600)}`,
      42,
      undefined,
      null,
      ['/'],
    ]) {
      expect(safeSettingsReturn(value), String(value)).toBeUndefined();
    }
  });

  it('sends the reader to the settings page, saying it saved, when there is nowhere safe to return to', () => {
    expect(settingsRedirectTarget('//evil.example')).toBe('/settings?saved=1');
    expect(settingsRedirectTarget('/stories/a')).toBe('/stories/a');
  });

  it('links to the settings page with the current page as the way back', () => {
    expect(settingsPathFrom('/stories/a/sources/heart')).toBe('/settings?return=%2Fstories%2Fa%2Fsources%2Fheart');
    expect(settingsPathFrom('/')).toBe('/settings?return=%2F');
    expect(settingsPathFrom('/settings')).toBe('/settings');
    expect(settingsPathFrom(null)).toBe('/settings');
  });
});
