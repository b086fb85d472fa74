import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { pageMetadata } from '@/lib/view/metadata';
import {
  LINE_SPACINGS,
  LINE_WIDTHS,
  SETTINGS_ACTION_PATH,
  SETTINGS_COOKIE,
  TEXT_SIZES,
  THEMES,
  parseSettings,
  safeSettingsReturn,
} from '@/lib/settings/settings';

export const metadata: Metadata = pageMetadata({ path: '/settings', title: 'Reading settings', description: 'Text size, line spacing, line width and light or dark theme for every page.', noindex: true });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

type Option = { readonly value: string; readonly label: string; readonly hint?: string };

/** One setting as a group of radio buttons (GOV.UK's pattern): a legend, and a label per choice. */
function Choice({ name, legend, options, current }: { name: string; legend: string; options: readonly Option[]; current: string }) {
  return (
    <fieldset className="settings-choice">
      <legend>{legend}</legend>
      <div className="radios">
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <div className="radio" key={option.value}>
              <input type="radio" id={id} name={name} value={option.value} defaultChecked={option.value === current} />
              <label htmlFor={id}>
                {option.label}
                {option.hint ? <span className="radio-hint"> ({option.hint})</span> : null}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/**
 * The reading settings: a plain form posted to a route handler, so it works with
 * no JavaScript; the server then applies the settings to every page (app/layout.tsx).
 */
export default async function SettingsPage({ searchParams }: Props) {
  const params = await searchParams;
  const returnPath = safeSettingsReturn(typeof params.return === 'string' ? params.return : undefined);
  const saved = params.saved === '1';
  const settings = parseSettings((await cookies()).get(SETTINGS_COOKIE)?.value);
  return (
    <div className="page settings">
      <h1>Reading settings</h1>
      {saved ? (
        <div className="notice" role="status">
          <p>Your reading settings are saved. Every page now uses them on this device.</p>
        </div>
      ) : null}
      <p className="lede">
        Choose how the text looks on every page. Your choices are kept in one cookie on this device, and nowhere else.
      </p>
      <form method="post" action={SETTINGS_ACTION_PATH} className="settings-form">
        {returnPath ? <input type="hidden" name="return" value={returnPath} /> : null}
        <Choice name="size" legend="Text size" options={TEXT_SIZES} current={settings.size} />
        <Choice name="spacing" legend="Line spacing" options={LINE_SPACINGS} current={settings.spacing} />
        <Choice name="width" legend="Line width" options={LINE_WIDTHS} current={settings.width} />
        <Choice name="theme" legend="Colours" options={THEMES} current={settings.theme} />
        <div className="button-group">
          <button type="submit" className="button button-primary">
            Save settings
          </button>
          <button type="submit" name="action" value="reset" className="button">
            Reset all to the defaults
          </button>
        </div>
      </form>
      {returnPath ? (
        <p>
          <a href={returnPath}>Go back without saving</a>
        </p>
      ) : null}
    </div>
  );
}
