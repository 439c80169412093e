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
  p('efrat', 'Efrat', 'ps', 'Israeli settlement in the Gush Etzion bloc south of Bethlehem, in the occupied West Bank', {
    aliases: ['Efrata'], guards: [{ alias: 'Efrat', notBeforeName: true, notAfterName: true }],
  }),
  p('kiryat-arba', 'Kiryat Arba', 'ps', 'Israeli settlement on the edge of Hebron in the occupied West Bank', { aliases: ['Qiryat Arba'] }),
  p('beit-el', 'Beit El', 'ps', 'Israeli settlement north of Ramallah in the occupied West Bank', { aliases: ['Bet El'] }),
  p('ofra', 'Ofra', 'ps', 'Israeli settlement north-east of Ramallah in the occupied West Bank', { guards: [{ alias: 'Ofra', notBeforeName: true, notAfterName: true }] }),
  p('shiloh', 'Shiloh', 'ps', 'Israeli settlement north of Ramallah in the occupied West Bank, beside the ancient site of that name', {
    aliases: ['Shilo'], guards: [{ alias: 'Shiloh', notBeforeName: true, notAfterName: true }, { alias: 'Shilo', notBeforeName: true, notAfterName: true }],
  }),
  p('itamar', 'Itamar', 'ps', 'Israeli settlement south-east of Nablus in the occupied West Bank', { guards: [{ alias: 'Itamar', notBeforeName: true, notAfterName: true }] }),
  p('yitzhar', 'Yitzhar', 'ps', 'Israeli settlement south of Nablus in the occupied West Bank, known for attacks by its settlers on Palestinian villages', {
    guards: [{ alias: 'Yitzhar', notBeforeName: true, notAfterName: true }],
  }),
  p('elon-moreh', 'Elon Moreh', 'ps', 'Israeli settlement east of Nablus in the occupied West Bank'),
  p('amona', 'Amona', 'ps', 'Israeli outpost near Ofra in the occupied West Bank, built on private Palestinian land and evacuated in 2006 and 2017'),
  p('migron', 'Migron', 'ps', 'Israeli outpost north of Jerusalem in the occupied West Bank, built on private Palestinian land and evacuated in 2012'),
  p('givat-zeev', 'Givat Ze’ev', 'ps', 'Israeli settlement north-west of Jerusalem in the occupied West Bank', { aliases: ['Givat Zeev', 'Giv’at Ze’ev'] }),
  p('har-homa', 'Har Homa', '', 'Israeli settlement neighbourhood of occupied East Jerusalem, built from 1997 on a hill between Jerusalem and Bethlehem'),
  p('gilo', 'Gilo', '', 'Israeli settlement neighbourhood of southern East Jerusalem, beyond the 1967 line'),
  p('pisgat-zeev', 'Pisgat Ze’ev', '', 'Israeli settlement neighbourhood of northern East Jerusalem, beyond the 1967 line', { aliases: ['Pisgat Zeev'] }),
  p('ramat-shlomo', 'Ramat Shlomo', '', 'Israeli settlement neighbourhood of northern East Jerusalem, whose expansion caused a row with the United States in 2010'),
  p('area-c', 'Area C', 'ps', 'The three-fifths of the occupied West Bank under full Israeli civil and security control under the 1995 Oslo II Accord'),
  p('qalandiya', 'Qalandiya', 'ps', 'Israeli checkpoint and Palestinian refugee camp between Jerusalem and Ramallah', { aliases: ['Qalandia', 'Kalandia'] }),
  p('bilin', 'Bil’in', 'ps', 'Palestinian village west of Ramallah, known for weekly protests against the separation barrier', { aliases: ['Bilin'] }),
  p('huwara', 'Huwara', 'ps', 'Palestinian town on the main road south of Nablus, attacked by hundreds of settlers in February 2023', { aliases: ['Hawara', 'Huwwara'] }),
  p('masafer-yatta', 'Masafer Yatta', 'ps', 'Palestinian hamlets in the South Hebron Hills that Israel declared a firing zone and whose residents face expulsion'),
  p('khan-al-ahmar', 'Khan al-Ahmar', 'ps', 'Bedouin village east of Jerusalem near the E1 zone, under Israeli demolition orders', { aliases: ['Khan Al-Ahmar', 'Khan al Ahmar'] }),
  p('katzrin', 'Katzrin', 'sy', 'Israeli settlement town in the Israeli-occupied Golan Heights, internationally recognised as Syrian', { aliases: ['Qatzrin'] }),
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
