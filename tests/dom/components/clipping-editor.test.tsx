// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClippingEditor } from '../../../components/ClippingEditor';
import { MAX_NOTE, MAX_TAGS } from '../../../lib/store/clipping-rules';
import { clipping } from './fixtures';
import { mount } from './render';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function type(element: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function show() {
  const onSave = vi.fn();
  const view = mount(<ClippingEditor clipping={clipping('a')} onSave={onSave} />);
  cleanup = view.unmount;
  const { container } = view;
  return {
    onSave,
    note: container.querySelector('textarea')!,
    tags: container.querySelector<HTMLInputElement>('#clipping-tags')!,
    save: [...container.querySelectorAll('button')].find((b) => b.textContent?.includes('Save note'))!,
    alert: () => container.querySelector('[role="alert"]')?.textContent ?? '',
  };
}

describe('note and tag editor: the limits a clipping may hold', () => {
  it(`says a note over ${MAX_NOTE} characters is too long and does not save it`, () => {
    const editor = show();
    type(editor.note, 'x'.repeat(MAX_NOTE + 1));
    expect(editor.alert()).toMatch(/note .*100,000 characters/i);
    expect(editor.save.disabled).toBe(true);
    type(editor.note, 'x'.repeat(MAX_NOTE));
    expect(editor.alert()).toBe('');
    expect(editor.save.disabled).toBe(false);
  });

  it(`says more than ${MAX_TAGS} tags are too many`, () => {
    const editor = show();
    type(editor.tags, Array.from({ length: MAX_TAGS + 1 }, (_, n) => `t${n}`).join(', '));
    expect(editor.alert()).toMatch(/500 tags/);
    expect(editor.save.disabled).toBe(true);
  });

  it('shows why the store refused a save', async () => {
    const onSave = vi.fn(async () => {
      throw new Error('Diplomark could not save this change. What was wrong: tags must be at most 500 texts.');
    });
    const view = mount(<ClippingEditor clipping={clipping('a')} onSave={onSave} />);
    cleanup = view.unmount;
    const note = view.container.querySelector('textarea')!;
    type(note, 'a new note');
    await act(async () => {
      view.container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(view.container.querySelector('[role="alert"]')?.textContent).toMatch(/What was wrong: tags/);
  });
});
