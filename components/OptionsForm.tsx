import { useState } from 'preact/hooks';
import type { Settings } from '../lib/settings/settings';
import { toSiteHost } from '../lib/settings/settings';

export interface OptionsFormProps {
  settings: Settings;
  onChange: (settings: Settings) => void;
  /** A plain-language status line ("Saved", or what went wrong). */
  status: string;
}

/** The options page form: global pause, saving from private windows, and the sites where Diplomark stays off. Render-only. */
export function OptionsForm({ settings, onChange, status }: OptionsFormProps) {
  const [site, setSite] = useState('');
  const [error, setError] = useState('');

  const addSite = (event: Event) => {
    event.preventDefault();
    const host = toSiteHost(site);
    if (!host) {
      setError('Enter a site such as news.example or a page address from it.');
      return;
    }
    setError('');
    setSite('');
    if (!settings.disabledSites.includes(host)) onChange({ ...settings, disabledSites: [...settings.disabledSites, host].sort() });
  };

  return (
    <main class="options">
      <h1>Diplomark settings</h1>
      <section aria-labelledby="everywhere">
        <h2 id="everywhere">Everywhere</h2>
        <label class="switch">
          <input
            type="checkbox"
            checked={settings.paused}
            onChange={(event) => onChange({ ...settings, paused: (event.currentTarget as HTMLInputElement).checked })}
          />
          Pause Diplomark on every site (no analysis, no highlights)
        </label>
      </section>
      <section aria-labelledby="private-windows">
        <h2 id="private-windows">Private windows</h2>
        <p class="muted">
          Diplomark highlights articles in private windows when the browser lets it run there, but by default it saves
          nothing from them: a private window should leave no trace, and saved clippings stay after it closes.
        </p>
        <label class="switch">
          <input
            type="checkbox"
            name="save-from-private-windows"
            checked={settings.saveFromPrivateWindows}
            onChange={(event) => onChange({ ...settings, saveFromPrivateWindows: (event.currentTarget as HTMLInputElement).checked })}
          />
          Save clippings and highlights from private windows too (they are kept like any other clipping)
        </label>
      </section>
      <section aria-labelledby="sites">
        <h2 id="sites">Sites where Diplomark stays off</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">None. Diplomark runs on every news site.</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((host) => (
              <li key={host}>
                <span>{host}</span>
                <button
                  type="button"
                  aria-label={`Turn Diplomark back on for ${host}`}
                  onClick={() => onChange({ ...settings, disabledSites: settings.disabledSites.filter((s) => s !== host) })}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={addSite} class="add-site">
          <label for="site">Add a site</label>
          <input
            id="site"
            type="text"
            inputMode="url"
            placeholder="news.example"
            value={site}
            onInput={(event) => setSite((event.currentTarget as HTMLInputElement).value)}
            aria-describedby="site-error"
          />
          <button type="submit">Turn off there</button>
        </form>
        <p id="site-error" class="error" role="alert">
          {error}
        </p>
      </section>
      <p class="status" role="status">
        {status}
      </p>
    </main>
  );
}
