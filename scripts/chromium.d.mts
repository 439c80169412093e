// Types for scripts/chromium.mjs (imported by the end-to-end tests).
import type { BrowserContext, Worker } from 'playwright-core';

export const BROWSER_HELP: string;
export function findBrowser(env?: NodeJS.ProcessEnv): { path: string } | { error: string };
export function unpackedExtensionId(extensionDir: string): string;
export function extensionArgs(extensionDir: string, options: { headless: boolean; hostMap?: Record<string, string> }): string[];
/** `MAP host ip:port, …` for Chromium's --host-resolver-rules. */
export function hostResolverRules(hostMap: Record<string, string>): string;

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's background service worker, or null when none started. */
  serviceWorker: Worker | null;
  close(): Promise<void>;
}

export function launchWithExtension(options: {
  extensionDir: string;
  executablePath?: string;
  headless?: boolean;
  serviceWorkerTimeout?: number;
  /** Host name → `ip:port`: serve those sites from a local server under their real names. */
  hostMap?: Record<string, string>;
}): Promise<LaunchedBrowser>;
