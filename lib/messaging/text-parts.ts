import type { YieldToPage } from '../time-slices';
import type { RecogniseTextRequest } from './contract';
import { MAX_TEXT } from './validate';

/**
 * A long article's text travels to the background in parts. A message is serialised on the sending
 * thread in one go, and 200,000 words (1.2 million characters) take the page tens of milliseconds to
 * serialise: sent in parts over a port, one part per task, the page never stops for that long. The port
 * holds the parts: should the background stop meanwhile, the port closes and nothing is left behind.
 *
 * On the port, page → background: `content→background:text-part` messages `{ text }`, then the
 * `content→background:recognise-text` request whose text is the last part; background → page: the
 * request's answer, after which the background closes the port.
 */

/** A text longer than this is sent in parts of this length. */
export const TEXT_PART_CHARACTERS = 100_000;
/** The name of the port a text in parts travels over. */
export const TEXT_PARTS_PORT = 'content→background:recognise-text-in-parts';

export interface TextPartMessage {
  type: 'content→background:text-part';
  text: string;
}

/** The browser's `runtime.Port`, as far as sending a text in parts uses it. */
export interface TextPort<Sender = unknown> {
  readonly name: string;
  readonly sender?: Sender;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/**
 * Page side: sends `request` over `port`, its text in parts of `partLength` characters with the page let
 * in between (`yieldToPage`), and resolves with the background's answer. Rejects when the port closes
 * first (the message names a closed channel, so the typed client's retry after a stopped background applies).
 */
export async function sendTextInParts<Answer>(
  port: TextPort,
  request: RecogniseTextRequest,
  yieldToPage: YieldToPage,
  partLength = TEXT_PART_CHARACTERS,
): Promise<Answer> {
  let closed = false;
  const answered = new Promise<Answer>((resolve, reject) => {
    port.onMessage.addListener((message) => resolve(message as Answer));
    port.onDisconnect.addListener(() => {
      closed = true;
      reject(new Error('The message channel closed before the background answered.'));
    });
  });
  // Handled here so a rejection while parts are still being sent is never reported as unhandled.
  answered.catch(() => undefined);
  const post = (message: unknown) => {
    try {
      port.postMessage(message);
    } catch {
      // A closed port throws here; its onDisconnect rejects the answer.
      closed = true;
    }
  };
  const { text } = request;
  let start = 0;
  for (; text.length - start > partLength && !closed; start += partLength) {
    const part: TextPartMessage = { type: 'content→background:text-part', text: text.slice(start, start + partLength) };
    post(part);
    await yieldToPage();
  }
  if (!closed) post({ ...request, text: text.slice(start) });
  try {
    return await answered;
  } finally {
    if (!closed) port.disconnect();
  }
}

/**
 * Background side: collects the parts arriving on `port` and hands the whole request to `answer` (which
 * checks the sender and the request as for any message), posts its answer back and closes the port.
 * Parts that are not text, or add up to more than a request may carry, or an end that is not a
 * recognition request, close the port with an error.
 */
export function receiveTextInParts<Sender>(port: TextPort<Sender>, answer: (request: unknown, sender: Sender | undefined) => Promise<unknown>): void {
  const parts: string[] = [];
  let length = 0;
  let done = false;
  const finish = (reply: unknown) => {
    if (done) return;
    done = true;
    parts.length = 0;
    try {
      port.postMessage(reply);
      port.disconnect();
    } catch {
      // The page went away meanwhile: nobody is waiting for the answer.
    }
  };
  port.onDisconnect.addListener(() => {
    done = true;
    parts.length = 0;
  });
  port.onMessage.addListener((message) => {
    if (done) return;
    const { type, text } = (typeof message === 'object' && message !== null ? message : {}) as { type?: unknown; text?: unknown };
    if (typeof text !== 'string' || length + text.length > MAX_TEXT) {
      finish({ ok: false, error: `Rejected: text must be a string of at most ${MAX_TEXT} characters.` });
      return;
    }
    length += text.length;
    parts.push(text);
    if (type === 'content→background:text-part') return;
    if (type !== 'content→background:recognise-text') {
      finish({ ok: false, error: `Rejected: a text in parts ends with a recognition request, not ${String(type).slice(0, 60)}.` });
      return;
    }
    const whole = { ...(message as object), text: parts.join('') };
    parts.length = 0;
    answer(whole, port.sender).then(finish, (error: unknown) => finish({ ok: false, error: error instanceof Error ? error.message : String(error) }));
  });
}
