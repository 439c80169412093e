import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import type { Entity, Mention } from '../../../lib/entities/types';
import { analyseText } from '../../../lib/recognition/analyse-text';
import { packMentions, unpackMentions } from '../../../lib/recognition/packed-mentions';
import { createRecognitionHandler } from '../../../lib/recognition/recognition-handler';

const gazetteer = Gazetteer.compile([
  { id: 'country:jp', kind: 'country', name: 'Japan', aliases: [], weakAliases: ['Japanese'] },
  { id: 'country:kr', kind: 'country', name: 'South Korea' },
  {
    id: 'person:park-jin',
    kind: 'person',
    name: 'Park Jin',
    roles: [{ title: 'Foreign Minister', country: 'kr', from: '2022-05-12', to: '2024-01-10' }],
  },
] satisfies Entity[]);

const TEXT =
  'Foreign Minister Park Jin flew to Japan for bilateral talks. Diplomats from Japan and South Korea discussed sanctions. ' +
  'The Japanese side called the talks constructive; South Korea agreed to meet again.';

describe('packed mentions', () => {
  it('gives the page back exactly the mentions recognition found, weak ones and titles included', () => {
    const { mentions } = analyseText(TEXT, gazetteer, { publishedAt: '2023-03-16' });
    expect(mentions.some((m) => m.weak)).toBe(true);
    const sent = JSON.parse(JSON.stringify(packMentions(mentions))) as ReturnType<typeof packMentions>;
    expect(unpackMentions(sent, TEXT)).toEqual(mentions.map((m) => ({ ...m })));
  });

  it('names each entity once however often it is mentioned', () => {
    const mention = (start: number, end: number): Mention => ({ start, end, entityId: 'country:jp', kind: 'country', surface: TEXT.slice(start, end) });
    const packed = packMentions([mention(34, 39), mention(76, 81)]);
    expect(packed.ids).toEqual(['country:jp']);
    expect(packed.fields).toHaveLength(10);
  });

  it('refuses an answer whose mentions lie outside the text the page sent', () => {
    const packed = packMentions([{ start: 0, end: 5, entityId: 'country:jp', kind: 'country', surface: 'Japan' }]);
    expect(() => unpackMentions(packed, 'Jap')).toThrow(/outside the text/);
    expect(() => unpackMentions({ ...packed, fields: [0, 3, 7, 1, 0] }, 'Japan')).toThrow(/outside the text/);
    expect(() => unpackMentions({ ...packed, fields: [0, 3, 0] }, 'Japan')).toThrow(/not packed/);
  });

  it('is what the background answers a page', async () => {
    const handle = createRecognitionHandler({ extensionId: 'ext', gazetteer: async () => gazetteer, isActiveOn: async () => true, loadArticleCode: async () => {} });
    const answer = await handle({ type: 'content→background:recognise-text', text: TEXT, publishedAt: null }, { id: 'ext', tab: { id: 1 }, frameId: 0, url: 'https://news.example/a' });
    if (!answer.ok || !('analysis' in answer)) throw new Error('no analysis');
    expect(unpackMentions(answer.analysis.mentions, TEXT)).toEqual(analyseText(TEXT, gazetteer).mentions);
  });
});
