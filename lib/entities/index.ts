import { loadGazetteerEntities, loadPackedGazetteer } from './data/gazetteer.generated';
import { Gazetteer } from './gazetteer';
import type { KnowledgeBaseCopy } from './knowledge-base-copy';
import { inflateKnowledgeBase, readKnowledgeBase } from './knowledge-base-file';

let compiled: Gazetteer | undefined;

/**
 * The hand-curated gazetteer, bundled with the code that imports it (compiled at build time by
 * scripts/generate-gazetteer.mjs) and unpacked on first use, then shared by every analysis in this
 * context. For tests and code that cannot wait; recognition in the extension uses `loadGazetteer`,
 * which opens the whole knowledge base.
 */
export function getGazetteer(): Gazetteer {
  if (!compiled) {
    const started = performance.now();
    compiled = Gazetteer.unpack(loadGazetteerEntities(), loadPackedGazetteer());
    // On the page's performance timeline for the benchmarks (scripts/bench.mjs).
    performance.measure('diplomark:gazetteer', { start: started, end: performance.now() });
  }
  return compiled;
}

export { Gazetteer } from './gazetteer';
export { recognise } from './recognise';
export type { Entity, EntityKind, Mention } from './types';

/** Where the build puts the knowledge base (gzip-compressed): public/ in the repository, the root of the extension. */
export const KNOWLEDGE_BASE_PATH = '/knowledge-base.bin.gz';

/** A file the extension ships, as it is read (a stream), or (in Node: tests, benchmarks) the repository's copy of it. */
async function readPackagedFile(extensionPath: string): Promise<ReadableStream<BufferSource>> {
  const runtime = (globalThis as { chrome?: { runtime?: { getURL?: (path: string) => string } } }).chrome?.runtime;
  // Node first: tests run with a fake extension API whose URLs lead nowhere.
  const inNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
  if (!inNode && runtime?.getURL) {
    // The extension's own files are readable from its background without being web-accessible.
    const response = await fetch(runtime.getURL(extensionPath));
    if (!response.ok || !response.body) throw new Error(`knowledge base: ${extensionPath} answered ${response.status}`);
    return response.body;
  }
  // Hidden from bundlers: the extension never takes this path.
  const fs = 'node:fs/promises';
  const { readFile } = (await import(/* @vite-ignore */ fs)) as typeof import('node:fs/promises');
  return new Blob([await readFile(new URL(`../../public${extensionPath}`, import.meta.url))]).stream();
}

let knowledgeBase: Promise<Gazetteer> | undefined;

/** How long after opening the packaged file its copy is written: after the first article is answered, not during it. */
const COPY_AFTER_MS = 3_000;

/**
 * The knowledge base where recognition runs (the extension's background): the curated entities and
 * the open-data layer, opened once from the packed file the extension ships and shared by every
 * analysis there. Never import this from a content script: the file is for the background only.
 * `read` is for tests: it streams the file's (gzip-compressed) bytes. With `copy`, a background that
 * has just started opens the copy of an earlier start when there is a good one, and otherwise keeps
 * one after opening the packaged file (lib/entities/knowledge-base-copy.ts).
 */
export async function loadGazetteer(
  read: (path: string) => Promise<ReadableStream<BufferSource>> = readPackagedFile,
  copy?: KnowledgeBaseCopy,
): Promise<Gazetteer> {
  knowledgeBase ??= (async () => {
    const reading = performance.now();
    const copied = await copy?.read();
    if (copied) {
      try {
        return open(copied, reading, 'copy');
      } catch {
        // A damaged copy (storage cut short): read the packaged file, and keep a good copy instead.
        await copy!.forget();
      }
    }
    const bytes = await inflateKnowledgeBase(await read(KNOWLEDGE_BASE_PATH));
    const gazetteer = open(bytes, reading, 'package');
    if (copy) {
      setTimeout(() => {
        copy.write(bytes).catch((error: unknown) => {
          // Storage full or refused: nothing is lost, the next start reads the packaged file again.
          console.warn(`Diplomark could not keep a copy of its knowledge base (${error instanceof Error ? error.message : String(error)}); it reads the packaged file when it starts.`);
        });
      }, COPY_AFTER_MS);
    }
    return gazetteer;
  })();
  try {
    return await knowledgeBase;
  } catch (error) {
    // A failed read may succeed later (an extension update in progress): do not keep the failure.
    knowledgeBase = undefined;
    throw error;
  }
}

/** Opens the base's bytes, with the time read and opened on the performance timeline for the benchmarks. */
function open(bytes: ArrayBuffer, reading: number, from: 'copy' | 'package'): Gazetteer {
  const started = performance.now();
  const gazetteer = readKnowledgeBase(bytes);
  performance.measure('diplomark:knowledge-base-read', { start: reading, end: started, detail: { from } });
  performance.measure('diplomark:knowledge-base', { start: started, end: performance.now() });
  return gazetteer;
}
