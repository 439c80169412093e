// Types for scripts/check-bundle.mjs (imported by its unit test).
export const ALLOWED_PERMISSIONS: string[];
export function scanText(text: string): { rule: string; why: string; excerpt: string }[];
export function checkManifest(manifest: Record<string, unknown>): string[];
export function checkBuild(dir: string): Promise<string[]>;
export const SCRIPT_BUDGETS: Record<string, number>;
export function checkSizes(sizes: Record<string, number>): string[];
