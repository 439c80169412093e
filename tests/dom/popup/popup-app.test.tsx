// @vitest-environment happy-dom
import { eventually } from '../../support/eventually';
import { letLiveQueriesRun } from '../../support/live-query';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../entrypoints/popup/PopupApp';
import { saveClipping } from '../../../lib/store/clippings';
import type { DiplomarkDatabase } from '../../../lib/store/db';
import { draft, freshDatabase } from '../../unit/store/helpers';
import { buttonByText, click, mount } from '../components/render';

letLiveQueriesRun();

let cleanup: (() => void) | undefined;
let db: DiplomarkDatabase | undefined;
afterEach(async () => {
  cleanup?.();
  await db?.delete();
});


describe('PopupApp with a real (fake-indexeddb) database', () => {
  it('shows clippings saved elsewhere without reopening, and deletes with Undo', async () => {
    db = freshDatabase();
    const mounted = mount(<PopupApp database={Promise.resolve(db)} />);
    cleanup = mounted.unmount;
    const root = mounted.container;

    await eventually(() => expect(root.querySelector('.empty-state')).not.toBeNull());

    // Saved "by the background": the popup's liveQuery picks it up.
    await saveClipping(db, draft({ title: 'Seoul and Tokyo talk' }));
    await eventually(() => expect(root.querySelector('.clipping-title')?.textContent).toBe('Seoul and Tokyo talk'));
    expect(root.querySelector('.count')?.textContent).toBe('1 clipping');

    click(buttonByText(root, 'Delete'));
    await eventually(() => expect(root.querySelector('.empty-state')).not.toBeNull());
    expect(root.querySelector('.notice.undo')?.textContent).toContain('Seoul and Tokyo talk');
    expect(await db.clippings.count()).toBe(0);

    click(buttonByText(root, 'Undo'));
    await eventually(() => expect(root.querySelectorAll('li.clipping')).toHaveLength(1));
    expect(root.querySelector('.notice.undo')).toBeNull();
    expect(await db.clippings.count()).toBe(1);
  });

  it('shows a storage error when the database cannot be opened', async () => {
    const failing = Promise.reject(new DOMException('no IndexedDB', 'InvalidStateError'));
    const mounted = mount(<PopupApp database={failing} />);
    cleanup = mounted.unmount;
    await eventually(() => expect(mounted.container.querySelector('[role="alert"]')?.textContent).toMatch(/storage/));
  });
});
