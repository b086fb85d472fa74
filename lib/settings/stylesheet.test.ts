import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { settingsStylesheet, stylesheetEtag } from '@/lib/settings/stylesheet';

describe('settingsStylesheet', () => {
  it('carries nothing for the defaults: globals.css already has them', () => {
    expect(settingsStylesheet({ ...DEFAULT_SETTINGS })).not.toMatch(/[{:;]/);
  });

  it('sets, for the screen, the properties of each setting that differs from the default', () => {
    const css = settingsStylesheet({ size: 'largest', spacing: 'widest', width: 'narrow', theme: 'dark' });
    expect(css).toMatch(/@media screen \{\s*:root \{/);
    for (const declaration of ['--font-size: 2rem;', '--line-height: 2.2;', '--measure: 50ch;', 'color-scheme: dark;']) expect(css).toContain(declaration);
    expect(settingsStylesheet({ ...DEFAULT_SETTINGS, theme: 'light' })).toContain('color-scheme: light;');
    expect(settingsStylesheet({ ...DEFAULT_SETTINGS, size: 'large' })).not.toContain('color-scheme');
  });

  it('gives the same settings the same ETag, and other settings another', () => {
    const dark = settingsStylesheet({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(stylesheetEtag(dark)).toBe(stylesheetEtag(settingsStylesheet({ ...DEFAULT_SETTINGS, theme: 'dark' })));
    expect(stylesheetEtag(dark)).not.toBe(stylesheetEtag(settingsStylesheet({ ...DEFAULT_SETTINGS })));
    expect(stylesheetEtag(dark)).toMatch(/^"[\w-]{22}"$/);
  });
});
