import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { OptionsForm } from '../../components/OptionsForm';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { loadSettings, saveSettings, watchSettings } from '../../lib/settings/storage';

function OptionsPage() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState('');

  useEffect(() => {
    loadSettings().then(setSettings, (error: unknown) => setStatus(`Could not read settings: ${String(error)}`));
    return watchSettings(setSettings);
  }, []);

  const change = (next: Settings) => {
    setSettings(next);
    saveSettings(next).then(
      () => setStatus('Saved. Open tabs follow the change at once.'),
      (error: unknown) => setStatus(`Could not save settings: ${String(error)}`),
    );
  };

  return <OptionsForm settings={settings} onChange={change} status={status} />;
}

render(<OptionsPage />, document.getElementById('app')!);
