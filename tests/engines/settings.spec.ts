/**
 * Reading settings (deliverable 6 of the accessibility issue) in each engine,
 * scripts on and off: chosen in the plain form by keyboard (arrows within a
 * radio group, as each engine implements it) and pointer, saved, and applied by
 * the stylesheet the server picks from the cookie on the page the reader
 * returns to.
 */
import { expect, test } from './fixtures';
import { arrivedAt, hasFocus, tabTo } from './reader';
import { passContentNote, scriptsRan, STORY } from './site';

/** What the reader sees of the settings: the root's text size and colour scheme, the canvas. */
const applied = (reader: import('./reader').Reader) =>
  reader.run(() => ({
    rootSize: parseFloat(getComputedStyle(document.documentElement).fontSize),
    scheme: getComputedStyle(document.documentElement).colorScheme,
    background: getComputedStyle(document.body).backgroundColor,
  }));

for (const script of [true, false]) {
  test.describe(`page scripts ${script ? 'on' : 'off'}`, () => {
    test.use({ script });

    test('the largest text and the dark theme, chosen at /settings from a story, apply to the story the reader is sent back to', async ({ reader }) => {
      await passContentNote(reader);
      await reader.open(STORY);
      expect(await applied(reader)).toMatchObject({ rootSize: 18, scheme: 'light dark', background: 'rgb(253, 252, 248)' });
      expect(await scriptsRan(reader), 'the page’s script ran as the engine was told').toBe(script);

      await reader.click('header a[href^="/settings?return="]');
      await arrivedAt(reader, /^\/settings$/);
      // Tab enters the text size group at its checked radio; the arrows move the choice within it.
      await tabTo(reader, '#size-standard');
      for (let i = 0; i < 3; i++) await reader.press('ArrowDown');
      expect(await hasFocus(reader, '#size-largest:checked'), 'the arrows chose the largest text').toBe(true);
      await reader.click('label[for="theme-dark"]');
      expect(await reader.run(() => document.querySelector<HTMLInputElement>('#theme-dark')!.checked), 'its label chose the dark theme').toBe(true);
      await tabTo(reader, 'button.button-primary[type="submit"]');
      await reader.press('Enter');

      await arrivedAt(reader, new RegExp(`^${STORY}$`));
      // The server's stylesheet: the largest text and the dark theme, although the system is light.
      expect(await applied(reader)).toEqual({ rootSize: 32, scheme: 'dark', background: 'rgb(20, 20, 20)' });
    });
  });
}
