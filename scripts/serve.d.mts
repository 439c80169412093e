// Types for scripts/serve.mjs (imported by the end-to-end tests).
export interface ServerOptions {
  /** Folder served at `/`. */
  root: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** URL prefix → folder, e.g. `{ '/own/': 'tests/fixtures/pages' }`. */
  mounts?: Record<string, string>;
  /** URL paths of single-page apps whose unknown, extension-less deep links fall back to the page. */
  spaFallback?: string[];
  log?: (line: string) => void;
}

export interface RunningServer {
  /** Origin, without a trailing slash. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startServer(options: ServerOptions): Promise<RunningServer>;
