// Generated clippings for the dashboard benchmark, e2e tests and screenshots. `generateClippings` is
// pure and self-contained (no imports, no outside variables) so it can also run INSIDE an extension page:
// `fillDatabaseScript` returns an expression for Playwright's page.evaluate that generates the clippings
// there and writes them straight to IndexedDB `diplomark`/`clippings` (the schema of lib/store/db.ts)
// in batches, once the page's own Dexie has created the database. Reload the page afterwards so the
// dashboard reads them.

/**
 * @param {{ count: number, seed?: number, textParagraphs?: number }} options
 * @returns {object[]} clippings in the stored shape
 */
export function generateClippings({ count, seed = 1, textParagraphs = 6 }) {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (items) => items[Math.floor(random() * items.length)];
  const countries = [
    ['country:jp', 'Japan'], ['country:kr', 'South Korea'], ['country:cn', 'China'], ['country:us', 'United States'],
    ['country:ru', 'Russia'], ['country:ua', 'Ukraine'], ['country:fr', 'France'], ['country:de', 'Germany'],
    ['country:in', 'India'], ['country:br', 'Brazil'], ['country:tr', 'Türkiye'], ['country:il', 'Israel'],
  ];
  const disputes = [
    ['dispute:takeshima-dokdo', 'Dokdo / Takeshima'], ['dispute:south-china-sea', 'South China Sea'],
    ['dispute:crimea', 'Crimea'], ['dispute:kashmir', 'Kashmir'], ['dispute:kuril-islands', 'Kuril Islands'],
  ];
  const people = [['person:yoon-suk-yeol', 'Yoon Suk-yeol'], ['person:kishida-fumio', 'Kishida Fumio'], ['person:wang-yi', 'Wang Yi'], ['person:antonio-guterres', 'António Guterres']];
  const orgs = [['org:un', 'United Nations'], ['org:wto', 'World Trade Organization'], ['org:asean', 'ASEAN'], ['org:nato', 'NATO']];
  const sites = ['Asia Wire', 'The Diplomat Daily', 'Le Monde diplomatique', 'Seoul Herald', 'Nikkei Review', 'Global Times'];
  const verbs = ['met', 'summoned', 'protested to', 'signed an accord with', 'called on', 'warned'];
  const topics = ['trade', 'fisheries', 'security', 'the islands', 'sanctions', 'a summit', 'maritime patrols', 'energy'];

  const start = Date.UTC(2022, 0, 1);
  const span = Date.UTC(2024, 11, 31) - start;
  const clippings = [];
  for (let n = 0; n < count; n += 1) {
    const a = pick(countries);
    let b = pick(countries);
    if (b === a) b = countries[(countries.indexOf(a) + 1) % countries.length];
    const dispute = random() < 0.6 ? pick(disputes) : null;
    const person = pick(people);
    const org = pick(orgs);
    const paragraphs = [];
    for (let p = 0; p < textParagraphs; p += 1) {
      paragraphs.push(
        `${a[1]} ${pick(verbs)} ${b[1]} over ${pick(topics)} on day ${n}-${p}. ${person[1]} spoke after talks at the ${org[1]}` +
          (dispute ? `, where ${dispute[1].split(' / ')[0]} came up again.` : '.') +
          ` Officials said further meetings on ${pick(topics)} would follow within weeks.`,
      );
    }
    const text = paragraphs.join('\n\n');
    const published = new Date(start + random() * span).toISOString();
    const saved = new Date(Date.parse(published) + random() * 86400000 * 3).toISOString();
    const entities = [
      { id: a[0], kind: 'country', name: a[1], count: 1 + Math.floor(random() * 8) },
      { id: b[0], kind: 'country', name: b[1], count: 1 + Math.floor(random() * 5) },
      { id: person[0], kind: 'person', name: person[1], count: 1 + Math.floor(random() * 4) },
      { id: org[0], kind: 'organization', name: org[1], count: 1 + Math.floor(random() * 3) },
      ...(dispute ? [{ id: dispute[0], kind: 'dispute', name: dispute[1], count: 1 + Math.floor(random() * 6) }] : []),
    ];
    const url = `https://news.example/${n}/${a[1].toLowerCase().replace(/\W+/g, '-')}-${b[1].toLowerCase().replace(/\W+/g, '-')}`;
    const quote = paragraphs[0].slice(0, paragraphs[0].indexOf('.') + 1);
    clippings.push({
      id: `gen-${seed}-${n}`,
      url,
      canonicalUrl: url,
      title: `${a[1]} and ${b[1]}: ${pick(topics)} ${dispute ? `amid ${dispute[1]} row` : 'talks'} (${n})`,
      site: pick(sites),
      byline: pick(['Kim Min-ji', 'Jane Doe', 'Sato Haruki', 'Staff reporter']),
      publishedAt: published,
      savedAt: saved,
      updatedAt: saved,
      language: 'en',
      verdict: 'diplomatic',
      excerpt: quote,
      text,
      entities,
      entityIds: [...new Set(entities.map((e) => e.id))],
      disputes: dispute ? [dispute[0]] : [],
      highlights:
        random() < 0.2
          ? [
              {
                id: `gen-h-${n}`,
                selectors: [
                  { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: text.slice(quote.length, quote.length + 32) },
                  { type: 'TextPositionSelector', start: 0, end: quote.length },
                ],
                note: random() < 0.5 ? 'Compare with the earlier statement.' : '',
                createdAt: saved,
                updatedAt: saved,
              },
            ]
          : [],
      note: random() < 0.1 ? 'Follow up with the embassy.' : '',
      tags: random() < 0.3 ? [pick(['east-asia', 'europe', 'trade', 'to-read'])] : [],
    });
  }
  return clippings;
}

/** Writes clippings to the extension's database in batches of 1,000 (runs in an extension page). */
export async function writeClippings(clippings) {
  // Opens the database the extension created (at whatever schema version it is now); if it doesn't exist
  // yet, the page's own Dexie is still creating it, so wait rather than create it behind its back.
  const open = () =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open('diplomark');
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error));
    });
  let db = null;
  for (let attempt = 0; attempt < 100 && !(db && db.objectStoreNames.contains('clippings')); attempt += 1) {
    db?.close();
    db = await open();
    if (!db || !db.objectStoreNames.contains('clippings')) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!db || !db.objectStoreNames.contains('clippings')) throw new Error('the extension never created diplomark/clippings');
  for (let batch = 0; batch < clippings.length; batch += 1000) {
    await new Promise((resolve, reject) => {
      const tx = db.transaction('clippings', 'readwrite');
      const store = tx.objectStore('clippings');
      for (const clipping of clippings.slice(batch, batch + 1000)) store.put(clipping);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
  return clippings.length;
}

/**
 * An expression for `page.evaluate` (evaluated by the debugger protocol, so the extension page's CSP
 * doesn't apply) that generates `count` clippings in the page and writes them; it resolves to
 * `{ written, ms }`.
 */
export function fillDatabaseScript(options) {
  return `(async () => {
    const started = performance.now();
    const clippings = (${generateClippings.toString()})(${JSON.stringify(options)});
    const written = await (${writeClippings.toString()})(clippings);
    return { written, ms: performance.now() - started };
  })()`;
}
