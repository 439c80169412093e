import { describe, expect, it } from 'vitest';
import { gatherEvidence, judgeVerdict, LEAD_CHARACTERS, type RelevanceEvidence } from '../../../lib/article/verdict';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import { recognise } from '../../../lib/entities/recognise';

const none: RelevanceEvidence = { countries: 0, disputes: 0, officials: 0, internationalBodies: 0, lexiconHits: 0, words: 400 };
const diplomaticBody: RelevanceEvidence = { countries: 3, disputes: 1, officials: 2, internationalBodies: 1, lexiconHits: 12, words: 600 };

describe('judgeVerdict', () => {
  it('calls an article about relations between states diplomatic', () => {
    expect(judgeVerdict(diplomaticBody, { ...none, countries: 2, lexiconHits: 2, words: 120 })).toBe('diplomatic');
  });

  it('keeps a story that only touches foreign affairs after its lead an article', () => {
    expect(judgeVerdict(diplomaticBody, { ...none, countries: 1, words: 120 })).toBe('article');
  });

  it('keeps sports and business stories that name countries but not relations an article', () => {
    expect(judgeVerdict({ ...none, countries: 4, words: 500 }, { ...none, countries: 2, words: 120 })).toBe('article');
  });

  it('needs the language of relations often enough for the length', () => {
    expect(judgeVerdict({ ...diplomaticBody, lexiconHits: 40, words: 16_000 }, { ...none, countries: 3, lexiconHits: 1 })).toBe('article');
  });
});

describe('gatherEvidence', () => {
  const gazetteer = Gazetteer.compile([
    { id: 'country:jp', kind: 'country', name: 'Japan' },
    { id: 'country:kr', kind: 'country', name: 'South Korea' },
    { id: 'org:wto', kind: 'organization', name: 'WTO' },
    { id: 'org:afp', kind: 'organization', name: 'AFP', orgType: 'media' },
  ]);

  it('counts distinct actors and diplomatic vocabulary, not news agencies or everyday words', () => {
    const text = 'Japan and South Korea held bilateral talks on Japan’s WTO case (AFP). Race relations and family ties.';
    expect(gatherEvidence(text, recognise(text, gazetteer), gazetteer)).toEqual({
      countries: 2,
      disputes: 0,
      officials: 0,
      internationalBodies: 1,
      lexiconHits: 2,
      words: 17,
    });
  });
});

describe('verdicts on whole articles', () => {
  const gazetteer = Gazetteer.compile([
    { id: 'country:sy', kind: 'country', name: 'Syria', weakAliases: ['Syrian'] },
    { id: 'country:tr', kind: 'country', name: 'Turkey', weakAliases: ['Turkish'] },
    { id: 'country:lb', kind: 'country', name: 'Lebanon', weakAliases: ['Lebanese'] },
    { id: 'country:fr', kind: 'country', name: 'France', weakAliases: ['French'] },
    { id: 'country:us', kind: 'country', name: 'United States', aliases: ['U.S.'] },
    { id: 'country:cn', kind: 'country', name: 'China', weakAliases: ['Chinese'] },
    { id: 'country:au', kind: 'country', name: 'Australia', weakAliases: ['Australian'] },
    { id: 'country:br', kind: 'country', name: 'Brazil', weakAliases: ['Brazilian'] },
    { id: 'country:ar', kind: 'country', name: 'Argentina', weakAliases: ['Argentine'] },
    { id: 'country:jp', kind: 'country', name: 'Japan', weakAliases: ['Japanese'] },
    { id: 'country:de', kind: 'country', name: 'Germany', weakAliases: ['German'] },
  ]);
  const verdictOf = (text: string) => {
    const mentions = recognise(text, gazetteer);
    const leadEnd = Math.min(text.length, LEAD_CHARACTERS);
    return judgeVerdict(gatherEvidence(text, mentions, gazetteer), gatherEvidence(text.slice(0, leadEnd), mentions.filter((m) => m.end <= leadEnd), gazetteer));
  };

  it('calls a war between states diplomatic', () => {
    const text =
      'Syrian shelling kills Turkish soldiers near border town\n\n' +
      'Syrian government artillery killed two Turkish soldiers near the town of Saraqeb on Sunday, and Turkish warplanes ' +
      'answered with airstrikes on Syrian army positions through the night, residents said. Turkey said it had hit more than ' +
      'fifty targets. The shelling is the worst between the two armies since the war began, and thousands of refugees fled ' +
      'north toward the border. Medics in the town said the hospital could no longer take the wounded, and aid groups ' +
      'warned of a humanitarian crisis as the road south was cut. Damascus said its forces were fighting terrorists on ' +
      'Syrian soil; Ankara said every attack on its soldiers would be answered.';
    expect(verdictOf(text)).toBe('diplomatic');
  });

  it('calls an assassination that other states react to diplomatic', () => {
    const text =
      'Car bomb kills Lebanese general in Beirut suburb\n\n' +
      'A car bomb killed a senior Lebanese army general in a Christian suburb of Beirut on Wednesday, the latest in a series of ' +
      'assassinations of public figures since 2005. France called for an international investigation into the assassination, ' +
      'and the United States said those behind it sought to destabilise Lebanon. Lebanese politicians blamed Syria, which ' +
      'denied any role. The general had been tipped to lead the army. Hundreds of mourners gathered outside the hospital ' +
      'where he was taken, and the army sealed off the street while investigators searched the wreckage for evidence.';
    expect(verdictOf(text)).toBe('diplomatic');
  });

  it('calls trade retaliation between governments diplomatic', () => {
    const text =
      'China hits Australian wine with anti-dumping duties in retaliation\n\n' +
      'China imposed anti-dumping duties of up to 212 percent on Australian wine on Friday, the latest in a string of ' +
      'retaliatory measures after Australia called for an inquiry into the origins of the pandemic. Australia said the ' +
      'duties were unjustified and that it would take the case to the World Trade Organization. Beijing has already placed ' +
      'an import ban on Australian timber and suspended beef from four abattoirs. Australian exporters said the market they ' +
      'had spent a decade building had vanished overnight, and growers in South Australia warned of job losses across the region.';
    expect(verdictOf(text)).toBe('diplomatic');
  });

  it('calls a meeting of regional leaders with a foreign delegation diplomatic', () => {
    const text =
      'Leaders press United States lawmakers on bank closures\n\n' +
      'Several regional leaders met a United States congressional delegation in Brazil on Wednesday to press for banking ' +
      'services their economies depend on. The host said the region was taken for granted by lawmakers in Washington and ' +
      'asked for an annual forum on finance. The visiting chair of the House committee on financial services said she would ' +
      'carry the request home. Argentina sent its finance minister, who said the loss of accounts with American banks had ' +
      'raised the cost of trade and of the money families abroad send home, and small lenders said they had been cut off ' +
      'from the payment system within a year.';
    expect(verdictOf(text)).toBe('diplomatic');
  });

  it('keeps sport, business and culture pages that name countries in passing articles', () => {
    const sport =
      'Brazil beat Argentina 2-1 in a tense qualifier\n\n' +
      'Brazil came from behind to beat Argentina in Rio on Tuesday. Argentina led through an early header, but Brazil ' +
      'equalised before half-time and won it with a late penalty. The coach praised his players for their patience, and ' +
      'Argentina will now need a win in their final game to be sure of a place at the tournament. The crowd of 70,000 ' +
      'sang long after the whistle, and both teams fly to Europe for friendlies next month.';
    const business =
      'Carmaker profits rise on strong sales in China and the United States\n\n' +
      'The Japanese carmaker reported a 12 percent rise in quarterly profit on Thursday, helped by strong demand for hybrid ' +
      'models in China and the United States and a weaker yen. Sales in Germany were flat. The company raised its forecast ' +
      'for the year and said it would spend more on batteries. Its shares rose 4 percent in Tokyo, and analysts said the ' +
      'outlook for the second half depended on supply of chips.';
    const culture =
      'Film festival opens with a French drama\n\n' +
      'The festival opened on Wednesday with a French drama about a family reunion in Provence, and films from Japan, ' +
      'Brazil and Germany are among those competing for the top prize. The jury, led by an Argentine director, will ' +
      'announce its winners next Saturday. Organisers said ticket sales were the best in a decade, with more than ' +
      '200 screenings across the city and a new section for first films.';
    expect(verdictOf(sport)).toBe('article');
    expect(verdictOf(business)).toBe('article');
    expect(verdictOf(culture)).toBe('article');
  });
});
