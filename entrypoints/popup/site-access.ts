import { browser } from 'wxt/browser';
import { checkHostAccess, type HostAccess } from '../../lib/host-access';

type TabsApi = Pick<typeof browser.tabs, 'query'>;
type PermissionsApi = Pick<typeof browser.permissions, 'contains' | 'request'>;

/** How the popup learns about and asks for access to the active tab's site; injectable for tests. */
export interface SiteAccess {
  check(): Promise<HostAccess>;
  /** Must be called straight from the click handler: browsers only show the prompt for a reader's action. */
  request(origins: string[]): Promise<boolean>;
}

/** SiteAccess through the browser: the active tab's address (activeTab lets the popup see it) and `permissions`. */
export function browserSiteAccess(tabs: TabsApi = browser.tabs, permissions: PermissionsApi = browser.permissions): SiteAccess {
  return {
    async check() {
      const [tab] = await tabs.query({ active: true, currentWindow: true });
      return checkHostAccess(tab?.url, permissions);
    },
    request: (origins) => permissions.request({ origins }),
  };
}
