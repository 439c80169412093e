// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../entrypoints/popup/PopupApp';
import { browserSiteAccess, type SiteAccess } from '../../../entrypoints/popup/site-access';
import type { DiplomarkDatabase } from '../../../lib/store/db';
import { letLiveQueriesRun } from '../../support/live-query';
import { eventually } from '../../support/eventually';
import { freshDatabase } from '../../unit/store/helpers';
import { buttonByText, click, mount } from '../components/render';

letLiveQueriesRun();

let cleanup: (() => void) | undefined;
let db: DiplomarkDatabase | undefined;
afterEach(async () => {
  cleanup?.();
  await db?.delete();
});

/** A browser whose active tab is `url` and whose host permissions are `granted`; request() answers `answer`. */
function fakeBrowser(url: string, granted: string[], answer = true) {
  const permissions = {
    contains: vi.fn(async ({ origins }: { origins?: string[] }) => (origins ?? []).every((origin) => granted.includes(origin))),
    request: vi.fn(async ({ origins }: { origins?: string[] }) => {
      if (answer) granted.push(...(origins ?? []));
      return answer;
    }),
  };
  const tabs = { query: vi.fn(async () => [{ id: 7, url, active: true }]) };
  return { permissions, tabs, siteAccess: browserSiteAccess(tabs as never, permissions as never) as SiteAccess };
}

function showPopup(siteAccess: SiteAccess) {
  db = freshDatabase();
  const mounted = mount(<PopupApp database={Promise.resolve(db)} siteAccess={siteAccess} />);
  cleanup = mounted.unmount;
  return mounted.container;
}

describe('popup: host access to the current site', () => {
  it('says so when the reader withdrew access to the site, and asks again with the button', async () => {
    const browser = fakeBrowser('https://www.news.example/world/story', []);
    const root = showPopup(browser.siteAccess);

    await eventually(() => expect(root.querySelector('.host-access')?.textContent).toContain('not allowed to read pages on www.news.example'));
    click(buttonByText(root, 'Allow on this site'));
    expect(browser.permissions.request).toHaveBeenCalledWith({ origins: ['https://www.news.example/*'] });

    await eventually(() => expect(root.querySelector('.host-access')).toBeNull());
    expect(root.querySelector('.notices .notice.info')?.textContent).toContain('Diplomark may now read www.news.example. Reload the page');
  });

  it('keeps the message and says so when the reader declines', async () => {
    const browser = fakeBrowser('https://www.news.example/world/story', [], false);
    const root = showPopup(browser.siteAccess);
    await eventually(() => expect(buttonByText(root, 'Allow on this site')).toBeDefined());
    click(buttonByText(root, 'Allow on this site'));
    await eventually(() => expect(root.querySelector('.notices .notice.error[role="alert"]')?.textContent).toContain('was not allowed on www.news.example'));
    expect(root.querySelector('.host-access')).not.toBeNull();
  });

  it('shows nothing about access when Diplomark may read the site', async () => {
    const browser = fakeBrowser('https://www.news.example/world/story', ['https://www.news.example/*']);
    const root = showPopup(browser.siteAccess);
    await eventually(() => expect(browser.permissions.contains).toHaveBeenCalled());
    await eventually(() => expect(root.querySelector('.empty-state')).not.toBeNull());
    expect(root.querySelector('.host-access')).toBeNull();
    expect(buttonByText(root, 'Allow on this site')).toBeUndefined();
  });

  it('shows nothing about access on a browser page', async () => {
    const browser = fakeBrowser('about:addons', []);
    const root = showPopup(browser.siteAccess);
    await eventually(() => expect(browser.tabs.query).toHaveBeenCalled());
    await eventually(() => expect(root.querySelector('.empty-state')).not.toBeNull());
    expect(root.querySelector('.host-access')).toBeNull();
    expect(browser.permissions.contains).not.toHaveBeenCalled();
  });
});
