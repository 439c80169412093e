import type { Gazetteer } from '../entities/gazetteer';
import {
  parseRecognitionRequest,
  type LoadArticleCodeResponse,
  type PageClipping,
  type RecogniseTextResponse,
} from '../messaging/contract';
import { analyseText } from './analyse-text';
import { packMentions } from './packed-mentions';

/** The parts of a message sender the background trusts: set by the browser, not by the page. */
export interface RecognitionSender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

export interface RecognitionEnvironment {
  extensionId: string;
  /** The knowledge base, opened once where recognition runs (lib/entities `loadGazetteer`). */
  gazetteer: () => Promise<Gazetteer>;
  /** Whether the reader's settings let Diplomark run on a page of this URL (not paused, site not turned off). */
  isActiveOn: (url: string) => Promise<boolean>;
  /** Runs the article code (and its highlight styles) in one frame of a tab. */
  loadArticleCode: (tabId: number, frameId: number) => Promise<void>;
  /** Told which entities a tab's page shows once its text is analysed (top frame only). */
  onAnalysed?: (tabId: number, pageUrl: string, entityIds: readonly string[]) => void;
  /**
   * The sending page's clipping by its canonical URL (null: none saved), checked as `get-clipping-for-page`
   * is; undefined when it cannot be told (refused, failed). Looked up while the text is recognised.
   */
  clippingForPage?: (canonicalUrl: string, sender: RecognitionSender) => Promise<PageClipping | null | undefined>;
}

/** How long an answer waits, after recognition, for the page's clipping before it goes without it. */
export const CLIPPING_WAIT_MS = 5;

/** `work`'s value if it settles within `ms`, else undefined. */
function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, ms, undefined)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

function isHttpPage(url: string | undefined): boolean {
  try {
    const { protocol } = new URL(url ?? '');
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Answers the two requests of a page's analysis: load the article code into the sending frame (the
 * gate found a possible article, or the reader asked), and recognise an article's text. Only our own
 * content scripts in an http(s) tab are answered; the text is validated for shape and size first.
 */
export function createRecognitionHandler(env: RecognitionEnvironment) {
  return async (message: unknown, sender: RecognitionSender): Promise<RecogniseTextResponse | LoadArticleCodeResponse> => {
    const tabId = sender.tab?.id;
    if (sender.id !== env.extensionId || tabId === undefined || tabId < 0 || !isHttpPage(sender.url)) {
      return { ok: false, error: 'Rejected: messages are accepted only from Diplomark in a browser tab.' };
    }
    const request = parseRecognitionRequest(message);
    if (typeof request === 'string') return { ok: false, error: `Rejected: ${request}.` };
    try {
      if (request.type === 'content→background:load-article-code') {
        // The page's text follows shortly: open the knowledge base while the settings are read and the page
        // finds its article. In a background the browser has just started, reading it is the longest wait
        // before the first highlight; on a site the reader turned off it opens for nothing, once.
        void env.gazetteer().catch(() => undefined);
        if (!(await env.isActiveOn(sender.url!))) return { ok: true, loaded: false };
        await env.loadArticleCode(tabId, sender.frameId ?? 0);
        return { ok: true, loaded: true };
      }
      // The page's clipping (its reader highlights) is looked up in the database while the text is recognised,
      // and goes with the answer when found by then: the page is spared a message of its own for it.
      const clipping = request.canonicalUrl && env.clippingForPage ? env.clippingForPage(request.canonicalUrl, sender).catch(() => undefined) : null;
      const gazetteer = await env.gazetteer();
      const started = performance.now();
      const analysis = analyseText(request.text, gazetteer, { publishedAt: request.publishedAt });
      // On the background's timeline, read by the benchmarks: recognition itself, apart from waiting for the knowledge base.
      performance.measure('diplomark:recognise', { start: started, end: performance.now() });
      if ((sender.frameId ?? 0) === 0) env.onAnalysed?.(tabId, sender.url!, analysis.entities.map((entity) => entity.id));
      const saved = clipping ? await within(clipping, CLIPPING_WAIT_MS) : undefined;
      return { ok: true, analysis: { ...analysis, mentions: packMentions(analysis.mentions) }, ...(saved !== undefined ? { clipping: saved } : {}) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
