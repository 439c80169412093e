// Types for scripts/serve.mjs (imported by the end-to-end tests).
export interface ServerOptions {
  /** Folder served at `/`; without it nothing outside `mounts` and `fixtures` is served. */
  root?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** URL prefix → folder served as it is, e.g. `{ '/firefox/': 'tests/e2e-firefox/pages' }`. */
  mounts?: Record<string, string>;
  /**
   * URL prefix → folder of fixture folders (the layout of tests/fixtures/pages): `<prefix><name>.html` serves
   * `<folder>/<name>/source.html`; every other path under the prefix is not found. E.g. `{ '/own/': 'tests/fixtures/pages' }`.
   */
  fixtures?: Record<string, string>;
  /** URL paths of single-page apps whose unknown, extension-less deep links fall back to the page. */
  spaFallback?: string[];
  /** URL path → extra response headers (e.g. a Content-Security-Policy for one page). */
  headers?: Record<string, Record<string, string>>;
  log?: (line: string) => void;
}

export interface RunningServer {
  /** Origin, without a trailing slash. */
  url: string;
  port: number;
  /** Host name → `ip:port` of this server, for launchWithExtension's `hostMap`. */
  hostMap(names: string[]): Record<string, string>;
  /** `http://<name>`: this server's files under a real site name, once the browser maps it. */
  siteUrl(name: string): string;
  close(): Promise<void>;
}

export function startServer(options: ServerOptions): Promise<RunningServer>;
