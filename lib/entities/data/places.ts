import type { EntityBase } from '../types';

/**
 * Curated places other than capitals (those are generated with the countries): regions, seas and
 * straits, cities, bases and sites that diplomatic news names. `country` is the state the place
 * belongs to under international law, where one applies; contested places say so in the description,
 * and the disputes themselves are in disputes.ts (with every party's name). Islands whose sovereignty
 * is the whole story (Takeshima/Dokdo, Senkaku/Diaoyu, the Spratlys…) are disputes, not places.
 *
 * Regions such as "Latin America" are here partly so that the longest match wins over "America".
 */

export type PlaceInput = Omit<EntityBase, 'kind'>;

/** A place; `cc` is an ISO alpha-2 code (or '' where no single state applies). */
export function p(slug: string, name: string, cc: string, description: string, extra: Partial<PlaceInput> = {}): PlaceInput {
  const place: PlaceInput = { id: `place:${slug}`, name, ...extra, description };
  if (cc) place.country = `country:${cc}`;
  return place;
}

const LIST: PlaceInput[] = [
  // ── Regions ─────────────────────────────────────────────────────────────────────────────────
  p('indo-pacific', 'Indo-Pacific', '', 'Region spanning the Indian and Pacific oceans'),
  p('asia-pacific', 'Asia-Pacific', '', 'Region of East Asia, Southeast Asia, Oceania and the Pacific Rim'),
  p('east-asia', 'East Asia', '', 'Region of China, Japan, Mongolia, the Koreas and Taiwan'),
  p('northeast-asia', 'Northeast Asia', '', 'Region of China, Japan, the Koreas, Mongolia and the Russian Far East', {
    aliases: ['North-East Asia'],
  }),
  p('southeast-asia', 'Southeast Asia', '', 'Region south of China and east of India', { aliases: ['South-East Asia'] }),
  p('south-asia', 'South Asia', '', 'Region of India, Pakistan, Bangladesh, Sri Lanka, Nepal, Bhutan, the Maldives and Afghanistan'),
  p('central-asia', 'Central Asia', '', 'Region of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan'),
  p('middle-east', 'Middle East', '', 'Region of western Asia and Egypt', { aliases: ['Mideast', 'Mid East', 'Mid-East'] }),
  p('caucasus', 'Caucasus', '', 'Region between the Black and Caspian seas', { aliases: ['South Caucasus'] }),
  p('balkans', 'Balkans', '', 'Region of south-eastern Europe', { aliases: ['Western Balkans'] }),
  p('horn-of-africa', 'Horn of Africa', '', 'Region of Ethiopia, Eritrea, Djibouti and Somalia'),
  p('sahel', 'Sahel', '', 'Semi-arid belt south of the Sahara'),
  p('latin-america', 'Latin America', '', 'Spanish- and Portuguese-speaking countries of the Americas'),
  p('south-america', 'South America', '', 'Continent'),
  p('north-america', 'North America', '', 'Continent'),
  p('central-america', 'Central America', '', 'Region between Mexico and Colombia'),
  p('caribbean', 'Caribbean', '', 'Region of the Caribbean Sea and its islands'),
  p('arctic', 'Arctic', '', 'Polar region around the North Pole'),
  // Continents, seas and islands in general come from Natural Earth (open data); these are the
  // parts of continents news names, which no map dataset labels.
  p('western-europe', 'Western Europe', '', 'Western part of Europe'),
  p('eastern-europe', 'Eastern Europe', '', 'Eastern part of Europe, in news mostly the former Soviet bloc'),
  p('central-europe', 'Central Europe', '', 'Central part of Europe'),
  p('central-and-eastern-europe', 'Central and Eastern Europe', '', 'Former Soviet-bloc states of Europe'),
  p('northern-europe', 'Northern Europe', '', 'Northern part of Europe'),
  p('southern-europe', 'Southern Europe', '', 'Southern part of Europe'),
  p('scandinavia', 'Scandinavia', '', 'Region of Denmark, Norway and Sweden'),
  p('baltic-states', 'Baltic states', '', 'Estonia, Latvia and Lithuania', { aliases: ['Baltics'] }),
  p('north-africa', 'North Africa', '', 'Region of Africa on the Mediterranean', { aliases: ['Northern Africa'] }),
  p('west-africa', 'West Africa', '', 'Region of western Africa, from Senegal to Nigeria', { aliases: ['Western Africa'] }),
  p('east-africa', 'East Africa', '', 'Region of eastern Africa', { aliases: ['Eastern Africa'] }),
  p('central-africa', 'Central Africa', '', 'Region of central Africa'),
  p('southern-africa', 'Southern Africa', '', 'Region of southern Africa'),
  p('sub-saharan-africa', 'sub-Saharan Africa', '', 'Africa south of the Sahara', { aliases: ['Sub-Saharan Africa'] }),
  p('maghreb', 'Maghreb', '', 'Region of north-western Africa: Morocco, Algeria, Tunisia, Libya and Mauritania'),
  p('levant', 'Levant', '', 'Region of the eastern Mediterranean coast'),
  p('arab-world', 'Arab world', '', 'The Arabic-speaking states of the Middle East and North Africa'),
  p('gulf-region', 'Gulf region', '', 'The states around the Persian Gulf', { aliases: ['Gulf states', 'Gulf countries'] }),
  // Colonial names history pieces use; without them "West Africa" would be read inside "South-West Africa".
  p('south-west-africa', 'South West Africa', 'na', 'Namibia’s name under German (1884–1915) and South African rule (to 1990)', {
    aliases: ['South-West Africa', 'German South West Africa', 'German South-West Africa'],
  }),
  p('german-east-africa', 'German East Africa', 'tz', 'German colony (1885–1919) of today’s mainland Tanzania, Rwanda and Burundi'),
  p('americas', 'Americas', '', 'North, Central and South America and the Caribbean'),
  p('western-hemisphere', 'Western Hemisphere', '', 'The Americas'),
  p('far-east', 'Far East', '', 'East Asia, as older news calls it'),
  p('oceania', 'Oceania', '', 'Australia, New Zealand and the Pacific islands'),
  p('antarctica', 'Antarctica', '', 'Continent around the South Pole, governed by the Antarctic Treaty System'),

  // ── Seas, straits and canals ────────────────────────────────────────────────────────────────
  p('sea-of-japan-east-sea', 'Sea of Japan / East Sea', '', 'Sea between the Japanese archipelago and the Korean Peninsula; Japan calls it the Sea of Japan, the two Koreas the East Sea', {
    aliases: ['Sea of Japan', 'East Sea', 'East Sea of Korea'],
    native: ['日本海', '동해'],
  }),
  p('yellow-sea', 'Yellow Sea', '', 'Sea between China and the Korean Peninsula', { native: ['黄海', '황해'] }),
  p('east-china-sea', 'East China Sea', '', 'Sea between China, Taiwan, South Korea and Japan’s Ryukyu Islands', {
    native: ['東シナ海'],
  }),
  p('south-china-sea', 'South China Sea', '', 'Sea bordered by China, Taiwan, the Philippines, Malaysia, Brunei, Indonesia and Vietnam; subject of overlapping claims', {
    native: ['南シナ海', '南中国海'],
  }),
  p('taiwan-strait', 'Taiwan Strait', '', 'Strait between Taiwan and mainland China', {
    aliases: ['Strait of Taiwan', 'Formosa Strait'],
    native: ['台灣海峽', '台湾海峡'],
  }),
  p('strait-of-hormuz', 'Strait of Hormuz', '', 'Strait between Iran and Oman through which much of the world’s oil passes'),
  p('persian-gulf', 'Persian Gulf', '', 'Gulf between Iran and the Arabian Peninsula; Arab states call it the Arabian Gulf', {
    aliases: ['Arabian Gulf'],
  }),
  p('gulf-of-mexico', 'Gulf of Mexico', '', 'Gulf bordered by the United States, Mexico and Cuba; renamed the Gulf of America for US federal use in 2025', {
    aliases: ['Gulf of America'],
  }),
  p('red-sea', 'Red Sea', '', 'Sea between north-east Africa and the Arabian Peninsula'),
  p('bab-el-mandeb', 'Bab el-Mandeb', '', 'Strait between Yemen and Djibouti linking the Red Sea to the Gulf of Aden', {
    aliases: ['Bab al-Mandab', 'Bab el-Mandeb Strait'],
  }),
  p('gulf-of-aden', 'Gulf of Aden', '', 'Gulf between Yemen and Somalia'),
  p('black-sea', 'Black Sea', '', 'Sea between south-eastern Europe and Anatolia'),
  p('sea-of-azov', 'Sea of Azov', '', 'Sea between Ukraine and Russia, linked to the Black Sea by the Kerch Strait'),
  p('kerch-strait', 'Kerch Strait', '', 'Strait between Crimea and Russia’s Taman Peninsula'),
  p('baltic-sea', 'Baltic Sea', '', 'Sea of northern Europe'),
  p('mediterranean', 'Mediterranean Sea', '', 'Sea between Europe, North Africa and western Asia', { aliases: ['Mediterranean'] }),
  p('eastern-mediterranean', 'Eastern Mediterranean', '', 'Eastern basin of the Mediterranean, between Greece, Turkey, Cyprus, the Levant and Egypt', {
    aliases: ['East Mediterranean'],
  }),
  p('aegean-sea', 'Aegean Sea', '', 'Sea between Greece and Turkey', { aliases: ['Aegean'] }),
  p('nile', 'Nile', '', 'River flowing north through East Africa, Sudan and Egypt to the Mediterranean', { aliases: ['River Nile', 'Nile River', 'Blue Nile', 'White Nile'] }),
  p('indian-ocean', 'Indian Ocean', '', 'Ocean between Africa, Asia and Australia'),
  // "Pacific" and "Atlantic" alone are the oceans, but not in "Pacific Fleet" or "Atlantic Council".
  p('pacific-ocean', 'Pacific Ocean', '', 'The largest ocean', {
    aliases: ['Pacific'],
    guards: [{ alias: 'Pacific', notBeforeName: true, notAfterName: true }],
  }),
  p('atlantic-ocean', 'Atlantic Ocean', '', 'Ocean between the Americas, Europe and Africa', {
    aliases: ['Atlantic'],
    guards: [{ alias: 'Atlantic', notBeforeName: true, notAfterName: true }],
  }),
  p('strait-of-gibraltar', 'Strait of Gibraltar', '', 'Strait between Spain and Morocco linking the Atlantic and the Mediterranean'),
  p('bosphorus', 'Bosphorus', 'tr', 'Strait through Istanbul linking the Black Sea and the Sea of Marmara', { aliases: ['Bosporus'] }),
  p('dardanelles', 'Dardanelles', 'tr', 'Turkish strait linking the Sea of Marmara and the Aegean'),
  p('caspian-sea', 'Caspian Sea', '', 'Inland sea between Russia, Kazakhstan, Turkmenistan, Iran and Azerbaijan', { aliases: ['Caspian'] }),
  p('english-channel', 'English Channel', '', 'Sea between England and France'),
  p('gulf-of-tonkin', 'Gulf of Tonkin', '', 'Gulf between Vietnam and China', { aliases: ['Tonkin Gulf'] }),
  p('gulf-of-oman', 'Gulf of Oman', '', 'Gulf linking the Arabian Sea to the Strait of Hormuz'),
  p('gulf-of-guinea', 'Gulf of Guinea', '', 'Gulf of the Atlantic off West Africa'),
  p('gulf-of-aqaba', 'Gulf of Aqaba', '', 'Gulf at the northern end of the Red Sea, between Egypt, Israel, Jordan and Saudi Arabia', { aliases: ['Gulf of Eilat'] }),
  p('bering-strait', 'Bering Strait', '', 'Strait between Russia and Alaska'),
  p('north-sea', 'North Sea', '', 'Sea between Britain, Scandinavia and the Low Countries'),
  p('strait-of-malacca', 'Strait of Malacca', '', 'Strait between the Malay Peninsula and Sumatra', { aliases: ['Malacca Strait'] }),
  p('suez-canal', 'Suez Canal', 'eg', 'Canal linking the Mediterranean and the Red Sea'),
  p('panama-canal', 'Panama Canal', 'pa', 'Canal linking the Atlantic and Pacific oceans, under Panamanian control since 1999'),

  // ── Korean Peninsula ────────────────────────────────────────────────────────────────────────
  p('korean-peninsula', 'Korean Peninsula', '', 'Peninsula shared by North Korea and South Korea', { native: ['한반도', '朝鮮半島', '朝鲜半岛'] }),
  p('dmz', 'Korean Demilitarized Zone', '', 'Buffer zone along the 1953 armistice line between North and South Korea', {
    aliases: ['Demilitarized Zone', 'Demilitarised Zone', 'DMZ'],
  }),
  p('panmunjom', 'Panmunjom', '', 'Truce village in the Korean Demilitarized Zone, site of the Joint Security Area', {
    aliases: ['Joint Security Area'],
  }),
  p('busan', 'Busan', 'kr', 'South Korea’s second-largest city and main port', { aliases: ['Pusan'], native: ['부산'] }),
  p('incheon', 'Incheon', 'kr', 'South Korean port city west of Seoul', { native: ['인천'] }),
  p('jeju', 'Jeju Island', 'kr', 'South Korean island province', { aliases: ['Jeju'], native: ['제주도'] }),
  p('yeonpyeong-island', 'Yeonpyeong Island', 'kr', 'South Korean island near the Northern Limit Line, shelled by North Korea in 2010', {
    aliases: ['Yeonpyeong'],
  }),
  p('yongbyon', 'Yongbyon', 'kp', 'Site of North Korea’s main nuclear complex', { native: ['영변'] }),
  p('punggye-ri', 'Punggye-ri', 'kp', 'North Korea’s nuclear test site'),
  p('kaesong', 'Kaesong', 'kp', 'North Korean border city, former site of an inter-Korean industrial park', { native: ['개성'] }),

  // ── Japan ───────────────────────────────────────────────────────────────────────────────────
  p('okinawa', 'Okinawa', 'jp', 'Japan’s southernmost prefecture, host to most US military bases in Japan', { native: ['沖縄'] }),
  p('hokkaido', 'Hokkaido', 'jp', 'Japan’s northernmost main island', { native: ['北海道'] }),
  p('osaka', 'Osaka', 'jp', 'Japan’s second city', { native: ['大阪'] }),
  p('nagoya', 'Nagoya', 'jp', 'Japanese city, centre of the Chubu region’s car industry', { native: ['名古屋'] }),
  p('sagamihara', 'Sagamihara', 'jp', 'Japanese city near Tokyo, home of the space agency’s science institute'),
  p('kyoto', 'Kyoto', 'jp', 'Japanese city, the former imperial capital', { native: ['京都'] }),
  p('hiroshima', 'Hiroshima', 'jp', 'Japanese city destroyed by a US atomic bomb on 6 August 1945', { native: ['広島'] }),
  p('nagasaki', 'Nagasaki', 'jp', 'Japanese city destroyed by a US atomic bomb on 9 August 1945', { native: ['長崎'] }),
  p('niigata', 'Niigata', 'jp', 'Japanese city and prefecture on the Sea of Japan coast', { native: ['新潟'] }),
  p('fukuoka', 'Fukuoka', 'jp', 'Largest city on the Japanese island of Kyushu', { native: ['福岡'] }),
  p('fukushima', 'Fukushima', 'jp', 'Japanese prefecture, site of the 2011 nuclear disaster', { native: ['福島'] }),
  p('fukushima-daiichi', 'Fukushima Daiichi nuclear power plant', 'jp', 'Nuclear plant wrecked by the 2011 tsunami', {
    aliases: ['Fukushima Daiichi', 'Fukushima nuclear plant'],
  }),
  p('yokosuka', 'Yokosuka', 'jp', 'Japanese port, home of the US Seventh Fleet', { native: ['横須賀'] }),
  p('kuril-islands', 'Kuril Islands', 'ru', 'Island chain administered by Russia; Japan claims the four southernmost islands as its Northern Territories', {
    aliases: ['Kurils', 'Kuriles', 'Kurile Islands'],
  }),
  p('sakhalin', 'Sakhalin', 'ru', 'Russian island north of Hokkaido'),

  // ── China and Taiwan ────────────────────────────────────────────────────────────────────────
  p('shanghai', 'Shanghai', 'cn', 'China’s largest city', { native: ['上海'] }),
  p('xian', 'Xi’an', 'cn', 'Chinese city, capital of Shaanxi province', { native: ['西安'] }),
  p('manchuria', 'Manchuria', 'cn', 'Historical region of north-east China; Japan’s puppet state Manchukuo 1932–1945'),
  p('xinjiang', 'Xinjiang', 'cn', 'Region of north-western China, home to the Uyghurs', { aliases: ['Xinjiang Uyghur Autonomous Region'], native: ['新疆'] }),
  p('tibet', 'Tibet', 'cn', 'Region of south-western China; Tibetan exile groups contest Chinese rule', {
    aliases: ['Tibet Autonomous Region'],
    native: ['西藏'],
  }),
  p('kinmen', 'Kinmen', 'tw', 'Taiwanese-held islands just off the Chinese coast', { aliases: ['Quemoy'], native: ['金門'] }),

  // ── Russia, Ukraine and the region ──────────────────────────────────────────────────────────
  p('crimea', 'Crimea', 'ua', 'Peninsula internationally recognised as part of Ukraine, annexed by Russia in 2014', {
    aliases: ['Crimean Peninsula'],
    native: ['Крим', 'Крым'],
  }),
  p('sevastopol', 'Sevastopol', 'ua', 'Port city in Crimea, base of Russia’s Black Sea Fleet'),
  p('donbas', 'Donbas', 'ua', 'Eastern Ukrainian region of Donetsk and Luhansk, largely occupied by Russia', { aliases: ['Donbass'] }),
  p('donetsk', 'Donetsk', 'ua', 'City and region of eastern Ukraine, occupied by Russia since 2014', { aliases: ['Donetsk region'] }),
  p('luhansk', 'Luhansk', 'ua', 'City and region of eastern Ukraine, occupied by Russia', { aliases: ['Lugansk', 'Luhansk region'] }),
  p('zaporizhzhia', 'Zaporizhzhia', 'ua', 'City and region of south-eastern Ukraine, partly occupied by Russia', {
    aliases: ['Zaporizhzhia region', 'Zaporizhia'],
  }),
  p('zaporizhzhia-nuclear-power-plant', 'Zaporizhzhia nuclear power plant', 'ua', 'Europe’s largest nuclear plant, occupied by Russia since March 2022', {
    aliases: ['Zaporizhzhia nuclear plant', 'ZNPP'],
  }),
  p('kherson', 'Kherson', 'ua', 'City and region of southern Ukraine'),
  p('kharkiv', 'Kharkiv', 'ua', 'Ukraine’s second-largest city', { aliases: ['Kharkov'] }),
  p('odesa', 'Odesa', 'ua', 'Ukraine’s main Black Sea port', { aliases: ['Odessa'] }),
  p('avdiivka', 'Avdiivka', 'ua', 'Town in Donetsk Oblast taken by Russian forces in February 2024', { aliases: ['Avdeyevka'] }),
  p('mariupol', 'Mariupol', 'ua', 'Ukrainian port on the Sea of Azov, occupied by Russia since 2022'),
  p('bakhmut', 'Bakhmut', 'ua', 'Eastern Ukrainian city, scene of a long battle in 2022–2023'),
  p('chernobyl', 'Chernobyl', 'ua', 'Site of the 1986 nuclear disaster in northern Ukraine', { aliases: ['Chornobyl'] }),
  p('kursk', 'Kursk', 'ru', 'Russian city and region bordering Ukraine'),
  p('belgorod', 'Belgorod', 'ru', 'Russian city and region bordering Ukraine'),
  p('ural-mountains', 'Ural Mountains', 'ru', 'Mountain range and industrial region dividing European Russia from Siberia', { aliases: ['Urals'] }),
  p('kaliningrad', 'Kaliningrad', 'ru', 'Russian exclave between Poland and Lithuania'),

  // ── Middle East ─────────────────────────────────────────────────────────────────────────────
  p('jerusalem', 'Jerusalem', '', 'City whose status is disputed: Israel’s seat of government, with East Jerusalem claimed by Palestinians as their capital', {
    native: ['ירושלים', 'القدس'],
  }),
  p('east-jerusalem', 'East Jerusalem', '', 'Part of Jerusalem captured by Israel in 1967 and annexed; the annexation is not internationally recognised'),
  p('gaza-strip', 'Gaza Strip', 'ps', 'Palestinian territory on the Mediterranean coast, scene of war since October 2023', { aliases: ['Gaza'] }),
  p('west-bank', 'West Bank', 'ps', 'Palestinian territory occupied by Israel since 1967; Israel calls it Judea and Samaria'),
  p('palestinian-territories', 'Palestinian territories', 'ps', 'The West Bank, East Jerusalem and the Gaza Strip, occupied by Israel in 1967; the State of Palestine claims them', {
    aliases: ['Occupied Palestinian Territory', 'Occupied Palestinian Territories'],
  }),
  p('rafah', 'Rafah', 'ps', 'City in the southern Gaza Strip on the border with Egypt'),
  p('golan-heights', 'Golan Heights', 'sy', 'Syrian plateau occupied by Israel since 1967 and annexed in 1981; the annexation is recognised by the United States but not by the UN'),
  p('tel-aviv', 'Tel Aviv', 'il', 'Israeli city, where most foreign embassies are'),
  p('sinai', 'Sinai Peninsula', 'eg', 'Egyptian peninsula between the Mediterranean and the Red Sea', { aliases: ['Sinai'] }),
  p('idlib', 'Idlib', 'sy', 'Province of north-western Syria'),
  p('aleppo', 'Aleppo', 'sy', 'Syria’s second city'),
  // Towns and camps of the Middle East's wars that news names daily, where GeoNames is too small or spells them otherwise.
  p('khan-younis', 'Khan Younis', 'ps', 'City in the southern Gaza Strip', { aliases: ['Khan Yunis'] }),
  p('jabalia', 'Jabalia', 'ps', 'Town and refugee camp in the northern Gaza Strip', { aliases: ['Jabaliya', 'Jabalya'] }),
  p('nuseirat', 'Nuseirat', 'ps', 'Refugee camp in the central Gaza Strip'),
  p('beit-hanoun', 'Beit Hanoun', 'ps', 'Town in the north-east of the Gaza Strip', { aliases: ['Beit Hanun'] }),
  p('qalqilya', 'Qalqilya', 'ps', 'Palestinian city in the occupied West Bank, enclosed by Israel’s barrier', { aliases: ['Qalqiliya', 'Qalqilyah'] }),
  p('sderot', 'Sderot', 'il', 'Israeli town next to the Gaza Strip'),
  p('eilat', 'Eilat', 'il', 'Israeli port city on the Gulf of Aqaba'),
  p('hodeidah', 'Hodeidah', 'ye', 'Yemen’s main Red Sea port', { aliases: ['Hudaydah', 'Hodeida', 'Al Hudaydah'] }),
  p('taiz', 'Taiz', 'ye', 'City in south-western Yemen', { aliases: ['Taizz', 'Ta’izz'] }),
  p('marib', 'Marib', 'ye', 'City and oil-producing province in central Yemen', { aliases: ['Ma’rib'] }),
  p('hama', 'Hama', 'sy', 'City in west-central Syria', { aliases: ['Hamah'] }),
  p('latakia', 'Latakia', 'sy', 'Syria’s main port city', { aliases: ['Lattakia', 'Al-Ladhiqiyah'] }),
  p('kobani', 'Kobani', 'sy', 'Kurdish-majority town in northern Syria on the Turkish border; in Arabic Ayn al-Arab', { aliases: ['Kobane', 'Ayn al-Arab', 'Ain al-Arab'] }),
  p('afrin', 'Afrin', 'sy', 'Kurdish-majority town in north-western Syria'),
  p('qamishli', 'Qamishli', 'sy', 'City in north-eastern Syria on the Turkish border', { aliases: ['Al-Qamishli', 'Qamishlo'] }),
  p('hasakah', 'Hasakah', 'sy', 'City in north-eastern Syria', { aliases: ['Al-Hasakah', 'Hasaka'] }),
  p('ras-al-ain', 'Ras al-Ain', 'sy', 'Syrian town on the Turkish border; in Kurdish Serêkaniyê', { aliases: ['Ras al-Ayn', 'Serekaniye'] }),
  p('tal-abyad', 'Tal Abyad', 'sy', 'Syrian town on the Turkish border', { aliases: ['Tell Abyad'] }),
  p('abu-kamal', 'Abu Kamal', 'sy', 'Syrian town on the Euphrates at the Iraqi border', { aliases: ['Albu Kamal', 'Al-Bukamal', 'Bukamal'] }),
  p('tikrit', 'Tikrit', 'iq', 'Iraqi city on the Tigris north of Baghdad'),
  p('derna', 'Derna', 'ly', 'Libyan port city in the east of the country', { aliases: ['Darnah'] }),
  p('sabha', 'Sabha', 'ly', 'Main city of southern Libya', {
    aliases: ['Sebha'],
    guards: [{ alias: 'Sabha', notBeforeName: true, notAfterName: true }],
  }),
  p('baalbek', 'Baalbek', 'lb', 'City in Lebanon’s Bekaa Valley'),
  p('port-said', 'Port Said', 'eg', 'Egyptian city at the Mediterranean end of the Suez Canal'),
  p('nyala', 'Nyala', 'sd', 'Capital of South Darfur, Sudan', { guards: [{ alias: 'Nyala', notBeforeName: true, notAfterName: true }] }),
  p('deir-ez-zor', 'Deir ez-Zor', 'sy', 'City on the Euphrates in eastern Syria', { aliases: ['Deir al-Zour', 'Deir el-Zour', 'Deir ez-Zour', 'Deir al-Zor', 'Deir Ezzor'] }),
  p('sharm-el-sheikh', 'Sharm el-Sheikh', 'eg', 'Egyptian resort at the tip of the Sinai, host of peace summits', { aliases: ['Sharm el-Sheik', 'Sharm al-Sheikh', 'Sharm'] }),
  p('mosul', 'Mosul', 'iq', 'City in northern Iraq'),
  p('kurdistan-region', 'Kurdistan Region', 'iq', 'Autonomous Kurdish region of northern Iraq', { aliases: ['Iraqi Kurdistan'] }),
  p('rojava', 'Rojava', 'sy', 'Kurdish name for the Kurdish-led self-governed region of north-eastern Syria', { aliases: ['Syrian Kurdistan'] }),
  p('western-wall', 'Western Wall', '', 'Remnant of the Second Temple’s retaining wall in Jerusalem’s Old City, Judaism’s holiest place of prayer; Muslims call it the Buraq Wall', {
    aliases: ['Wailing Wall', 'Kotel', 'Buraq Wall', 'Al-Buraq Wall'],
  }),
  p('natanz', 'Natanz', 'ir', 'Site of Iran’s main uranium enrichment plant'),
  p('fordow', 'Fordow', 'ir', 'Iranian uranium enrichment site built inside a mountain', { aliases: ['Fordo'] }),
  p('isfahan', 'Isfahan', 'ir', 'Iranian city and nuclear site'),
  p('bushehr', 'Bushehr', 'ir', 'Iranian port and site of its nuclear power plant'),

  // ── Europe ──────────────────────────────────────────────────────────────────────────────────
  p('england', 'England', 'gb', 'Constituent country of the United Kingdom'),
  p('scotland', 'Scotland', 'gb', 'Constituent country of the United Kingdom'),
  p('wales', 'Wales', 'gb', 'Constituent country of the United Kingdom'),
  p('northern-ireland', 'Northern Ireland', 'gb', 'Part of the United Kingdom on the island of Ireland'),
  p('the-hague', 'The Hague', 'nl', 'Dutch seat of government, home of the International Court of Justice and the International Criminal Court'),
  p('geneva', 'Geneva', 'ch', 'Swiss city, home of the UN’s European headquarters'),
  p('davos', 'Davos', 'ch', 'Swiss resort that hosts the World Economic Forum’s annual meeting'),
  p('munich', 'Munich', 'de', 'German city that hosts the annual Munich Security Conference'),
  p('strasbourg', 'Strasbourg', 'fr', 'French city, seat of the European Parliament and the Council of Europe'),
  p('catalonia', 'Catalonia', 'es', 'Autonomous region of north-eastern Spain'),
  p('ceuta', 'Ceuta', 'es', 'Spanish autonomous city on the North African coast; Morocco claims it'),
  p('melilla', 'Melilla', 'es', 'Spanish autonomous city on the North African coast; Morocco claims it'),
  p('gallipoli', 'Gallipoli', 'tr', 'Peninsula of north-western Turkey on the Dardanelles, where the Allies fought the Ottoman army in 1915–1916', {
    aliases: ['Gallipoli Peninsula', 'Gelibolu'],
  }),
  p('whitehall', 'Whitehall', 'gb', 'London street of government ministries; by extension, the British civil service'),

  // ── South Asia and Africa ───────────────────────────────────────────────────────────────────
  p('jammu-and-kashmir', 'Jammu and Kashmir', 'in', 'Indian-administered part of Kashmir, a union territory since 2019'),
  p('ladakh', 'Ladakh', 'in', 'Indian-administered region of Kashmir bordering China, a union territory since 2019'),
  p('balochistan', 'Balochistan', 'pk', 'Pakistan’s largest province'),
  p('khyber-pakhtunkhwa', 'Khyber Pakhtunkhwa', 'pk', 'Province of north-western Pakistan, called the North-West Frontier Province until 2010', {
    aliases: ['North-West Frontier Province', 'North West Frontier Province', 'Northwest Frontier Province', 'NWFP'],
  }),
  p('fata', 'Federally Administered Tribal Areas', 'pk', 'Tribal areas of north-western Pakistan along the Afghan border, merged into Khyber Pakhtunkhwa in 2018', {
    aliases: ['FATA'],
  }),
  p('waziristan', 'Waziristan', 'pk', 'Mountainous region of north-western Pakistan on the Afghan border, now the North and South Waziristan districts'),
  p('north-waziristan', 'North Waziristan', 'pk', 'District of north-western Pakistan on the Afghan border; a tribal agency until 2018'),
  p('south-waziristan', 'South Waziristan', 'pk', 'District of north-western Pakistan on the Afghan border; a tribal agency until 2018'),
  p('mumbai', 'Mumbai', 'in', 'India’s financial capital', { aliases: ['Bombay'] }),
  p('tigray', 'Tigray', 'et', 'Region of northern Ethiopia, scene of a war in 2020–2022'),
  p('darfur', 'Darfur', 'sd', 'Region of western Sudan'),

  // ── Americas and elsewhere ──────────────────────────────────────────────────────────────────
  p('new-york', 'New York', 'us', 'US city, home of the UN headquarters'),
  p('atlanta', 'Atlanta', 'us', 'Capital of the US state of Georgia'),
  p('stanley', 'Stanley', 'fk', 'Capital of the Falkland Islands, which Argentina calls Puerto Argentino', { aliases: ['Port Stanley', 'Puerto Argentino'] }),
  p('hawaii', 'Hawaii', 'us', 'US state in the Pacific, home of the Indo-Pacific Command'),
  p('alaska', 'Alaska', 'us', 'US state bordering Canada and facing Russia across the Bering Strait'),
  p('guantanamo-bay', 'Guantanamo Bay', 'cu', 'US naval base on land leased from Cuba', { aliases: ['Guantanamo'] }),
  p('diego-garcia', 'Diego Garcia', 'io', 'Island in the Chagos Archipelago with a joint UK–US military base'),

  // ── Military bases and sites of diplomacy that news names ───────────────────────────────────
  p('camp-david', 'Camp David', 'us', 'US presidential retreat in Maryland, site of the 1978 Egypt–Israel accords'),
  p('bagram', 'Bagram Air Base', 'af', 'Former main US base in Afghanistan, handed to Afghan forces in 2021', { aliases: ['Bagram', 'Bagram Airfield', 'Bagram air base'] }),
  p('ramstein', 'Ramstein Air Base', 'de', 'US Air Force base in Germany', { aliases: ['Ramstein'] }),
  p('incirlik', 'Incirlik Air Base', 'tr', 'Turkish air base used by US forces', { aliases: ['Incirlik'] }),
  p('al-udeid', 'Al Udeid Air Base', 'qa', 'Qatari air base hosting US Central Command’s forward headquarters', { aliases: ['Al Udeid', 'Al-Udeid'] }),
  p('camp-lemonnier', 'Camp Lemonnier', 'dj', 'US naval expeditionary base in Djibouti'),
  p('kadena', 'Kadena Air Base', 'jp', 'US air base on Okinawa', { aliases: ['Kadena'] }),
  p('futenma', 'Marine Corps Air Station Futenma', 'jp', 'US Marine air station on Okinawa whose relocation has long divided Tokyo and Okinawa', { aliases: ['Futenma'] }),
  p('camp-humphreys', 'Camp Humphreys', 'kr', 'Largest US base in South Korea'),
  p('pine-gap', 'Pine Gap', 'au', 'Joint Australia–US intelligence facility near Alice Springs'),
  p('akrotiri', 'RAF Akrotiri', 'cy', 'British sovereign base on Cyprus', { aliases: ['Akrotiri'] }),
  p('hmeimim', 'Hmeimim Air Base', 'sy', 'Russian air base in Syria', { aliases: ['Hmeimim', 'Khmeimim'] }),
  p('tartus', 'Tartus', 'sy', 'Syrian port with a Russian naval facility'),
  p('camp-bondsteel', 'Camp Bondsteel', 'xk', 'US base in Kosovo'),
  p('thule', 'Pituffik Space Base', 'gl', 'US base in Greenland, formerly Thule Air Base', { aliases: ['Thule Air Base', 'Pituffik'] }),
  p('fort-bragg', 'Fort Bragg', 'us', 'US Army post in North Carolina (Fort Liberty 2023–2025)', { aliases: ['Fort Liberty'] }),
];

export const PLACES: readonly EntityBase[] = LIST.map((place) => ({ ...place, kind: 'place' }));
