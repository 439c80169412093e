// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsForm } from '../../../components/OptionsForm';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { mount } from './render';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('options page: private windows', () => {
  it('states the rule, shows saving from private windows off by default, and turns it on when asked', () => {
    const onChange = vi.fn();
    const view = mount(<OptionsForm settings={DEFAULT_SETTINGS} onChange={onChange} status="" />);
    cleanup = view.unmount;
    const section = view.container.querySelector('section[aria-labelledby="private-windows"]')!;
    expect(section.textContent).toMatch(/saves nothing from them/);
    const toggle = section.querySelector<HTMLInputElement>('input[name="save-from-private-windows"]')!;
    expect(toggle.checked).toBe(false);
    act(() => {
      toggle.click();
    });
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, saveFromPrivateWindows: true });
  });
});
