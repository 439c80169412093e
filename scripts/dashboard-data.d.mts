/** Types for dashboard-data.mjs (generated clippings for the dashboard benchmark, e2e tests and screenshots). */
export interface GenerateOptions {
  count: number;
  seed?: number;
  textParagraphs?: number;
}
export function generateClippings(options: GenerateOptions): Record<string, unknown>[];
export function writeClippings(clippings: readonly Record<string, unknown>[]): Promise<number>;
/** An expression for page.evaluate that fills the extension's database; resolves to `{ written, ms }`. */
export function fillDatabaseScript(options: GenerateOptions): string;
