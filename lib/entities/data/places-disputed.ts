import type { EntityBase } from '../types';
import { p, type PlaceInput } from './places';

/**
 * Towns, settlements and districts in occupied or contested territory that news names. Each is a place
 * (a town is not a dispute), linked by `country` to the state it belongs to under international law;
 * its description names the dispute it sits in, and where the parties call it differently
 * (Stepanakert/Khankendi, Laayoune/El Aaiún) every name is an alias and appears in the description.
 * Capitals of breakaway states (Sukhumi, Tskhinvali, Tiraspol) and cities already in places.ts are not
 * repeated.
 */

const LIST: PlaceInput[] = [
  // ── West Bank, East Jerusalem and the Golan ─────────────────────────────────────────────────
  p('maale-adumim', 'Ma’ale Adumim', 'ps', 'Large Israeli settlement city east of Jerusalem in the occupied West Bank; most states consider the settlements illegal under international law, which Israel disputes', {
    aliases: ['Maale Adumim', 'Ma’aleh Adumim', 'Maaleh Adumim'],
  }),
  p('e1', 'E1', 'ps', 'Planned Israeli settlement zone between Jerusalem and Ma’ale Adumim in the occupied West Bank; critics say building there would cut the West Bank in two', {
    aliases: ['E1 settlement', 'E1 area', 'E1 corridor'],
  }),
  p('ariel', 'Ariel', 'ps', 'Israeli settlement city deep in the northern occupied West Bank, home to a university', {
    guards: [{ alias: 'Ariel', notBeforeName: true, notAfterName: true, notSentenceStart: true, otherSense: ['Little Mermaid', 'Ariel Sharon'] }],
  }),
  p('gush-etzion', 'Gush Etzion', 'ps', 'Bloc of Israeli settlements south of Jerusalem in the occupied West Bank', { aliases: ['Etzion bloc', 'Gush Etzion bloc'] }),
  p('modiin-illit', 'Modi’in Illit', 'ps', 'Ultra-Orthodox Israeli settlement city west of Ramallah in the occupied West Bank, the largest by population', {
    aliases: ['Modiin Illit'],
  }),
  p('beitar-illit', 'Beitar Illit', 'ps', 'Ultra-Orthodox Israeli settlement city south-west of Jerusalem in the occupied West Bank', { aliases: ['Betar Illit'] }),
  p('hebron', 'Hebron', 'ps', 'Largest Palestinian city in the occupied West Bank, divided since 1997 into a Palestinian-run area and a part under Israeli control around a small settler enclave and the Cave of the Patriarchs (Ibrahimi Mosque)', {
    aliases: ['Al-Khalil'],
  }),
  p('nablus', 'Nablus', 'ps', 'Palestinian city in the northern occupied West Bank'),
  p('jenin', 'Jenin', 'ps', 'Palestinian city and refugee camp in the northern occupied West Bank, frequent target of Israeli military raids', { aliases: ['Jenin refugee camp'] }),
  p('tulkarm', 'Tulkarm', 'ps', 'Palestinian city and refugee camps in the northern occupied West Bank', { aliases: ['Tulkarem'] }),
  p('bethlehem', 'Bethlehem', 'ps', 'Palestinian city south of Jerusalem in the occupied West Bank, birthplace of Jesus in Christian tradition'),
  p('jericho', 'Jericho', 'ps', 'Palestinian city in the Jordan Valley, in the occupied West Bank'),
  p('jordan-valley', 'Jordan Valley', '', 'Strip of the West Bank along the Jordan river, largely under Israeli control, which Israeli governments have proposed to annex'),
  p('sheikh-jarrah', 'Sheikh Jarrah', '', 'Palestinian neighbourhood of occupied East Jerusalem where attempts by Israeli settler groups to evict families drew protests in 2021'),
  p('silwan', 'Silwan', '', 'Palestinian neighbourhood of occupied East Jerusalem below the Old City, where settler groups have taken over homes and demolitions are frequent'),
  p('majdal-shams', 'Majdal Shams', 'sy', 'Druze town in the Israeli-occupied Golan Heights, internationally recognised as Syrian; a rocket strike killed 12 children there in July 2024'),

  // ── Former Soviet Union ─────────────────────────────────────────────────────────────────────
  p('simferopol', 'Simferopol', 'ua', 'Main city of Crimea, annexed by Russia in 2014; Ukraine and most states regard it as occupied Ukrainian territory'),
  p('melitopol', 'Melitopol', 'ua', 'City in Ukraine’s Zaporizhzhia region occupied by Russia since 2022'),
  p('khankendi', 'Khankendi', 'az', 'Main town of Karabakh, called Stepanakert by Armenians, capital of the breakaway Armenian-run administration until Azerbaijan retook the region in 2023', {
    aliases: ['Stepanakert', 'Xankəndi', 'Khankendy'],
  }),
  p('shusha', 'Shusha', 'az', 'Town in Karabakh, called Shushi by Armenians, taken by Azerbaijan in the 2020 war', { aliases: ['Shushi'] }),

  // ── Africa, Europe and the Americas ─────────────────────────────────────────────────────────
  p('laayoune', 'Laayoune', 'eh', 'Largest city of Western Sahara, called El Aaiún in Spanish and by the Polisario Front; administered by Morocco, which claims the territory', {
    aliases: ['El Aaiún', 'El Aaiun', 'Laâyoune', 'Al-Ayoun', 'El-Aaiun'],
  }),
  p('dakhla', 'Dakhla', 'eh', 'Port town in Western Sahara administered by Morocco, where several states have opened consulates in support of Morocco’s claim', { aliases: ['Villa Cisneros', 'Ad-Dakhla'] }),
  p('varosha', 'Varosha', 'cy', 'Fenced-off resort quarter of Famagusta in the Turkish Cypriot north, abandoned since 1974 and partly reopened in 2020 against UN resolutions'),
  p('mitrovica', 'Mitrovica', 'xk', 'Town in northern Kosovo divided by the Ibar river between an Albanian-majority south and a Serb-majority north', { aliases: ['North Mitrovica', 'South Mitrovica'] }),
  p('gilgit-baltistan', 'Gilgit-Baltistan', '', 'Pakistani-administered region of the former princely state of Kashmir, claimed by India'),
  p('muzaffarabad', 'Muzaffarabad', '', 'Capital of Pakistani-administered Azad Kashmir, claimed by India'),
  p('svalbard', 'Svalbard', 'no', 'Norwegian Arctic archipelago where the 1920 Svalbard Treaty gives other signatories, Russia among them, equal rights to economic activity', { aliases: ['Spitsbergen'] }),
];

export const PLACES_DISPUTED: readonly EntityBase[] = LIST.map((place) => ({ ...place, kind: 'place' }));
