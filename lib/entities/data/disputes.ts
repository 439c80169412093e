import type { DisputeCategory, DisputeEntity } from '../types';

/**
 * Curated disputes and standing issues. Every dispute lists what each party calls it (the card shows
 * all of them, never one side's name alone), a neutral name where one exists and a one-line neutral
 * summary.
 *
 * `aliases` are specific proper names that mean the dispute wherever they appear ("Dokdo", "JCPOA").
 * `triggers` are generic phrases ("forced labor", "export controls") that mean the dispute only when at
 * least two of its parties are in the article. Single-word terms only match capitalised, so generic
 * triggers are phrases. Names of the physical place (a sea, a city) belong to the place entity; a
 * naming dispute about it carries only triggers.
 */

type DisputeInput = Omit<DisputeEntity, 'kind' | 'id' | 'parties' | 'names' | 'category' | 'summary'>;

/**
 * A dispute. `names` maps a party code (ISO alpha-2, or a slug such as 'northern-cyprus') to what that
 * party calls it; its keys are the parties.
 */
export function d(
  slug: string,
  category: DisputeCategory,
  names: Record<string, string>,
  summary: string,
  rest: DisputeInput,
): DisputeEntity {
  const parties = Object.keys(names).map((code) => `country:${code}`);
  return {
    id: `dispute:${slug}`,
    kind: 'dispute',
    ...rest,
    parties,
    category,
    names: Object.entries(names).map(([code, name]) => ({ party: `country:${code}`, name })),
    summary,
  };
}

export const DISPUTES: readonly DisputeEntity[] = [
  // ── Japan and the Koreas ────────────────────────────────────────────────────────────────────
  d('takeshima-dokdo', 'territorial', { jp: 'Takeshima', kr: 'Dokdo' },
    'Sovereignty dispute over a group of islets between the Korean Peninsula and Japan, administered by South Korea and claimed by Japan.',
    {
      name: 'Liancourt Rocks', neutralName: 'Liancourt Rocks',
      aliases: ['Takeshima', 'Dokdo', 'Tokdo'], native: ['竹島', '독도', '獨島'],
    }),
  d('comfort-women', 'historical', { jp: 'Comfort women issue', kr: 'Japanese military sexual slavery' },
    'Dispute over Japan’s responsibility, apology and compensation for the women and girls, many of them Korean, forced to work in Japanese military brothels before and during World War II; a 2015 bilateral agreement meant to settle it remains contested.',
    {
      name: 'Comfort women issue',
      aliases: ['Japanese military sexual slavery'],
      triggers: ['comfort women', 'comfort woman', 'comfort stations', 'comfort station'],
      native: ['위안부', '慰安婦'],
    }),
  d('wartime-forced-labor', 'historical', {
    jp: 'Issue of former civilian workers from the Korean Peninsula',
    kr: 'Forced labor mobilization under Japanese rule',
  },
    'Dispute over compensation for Koreans made to work for Japanese companies under Japan’s colonial rule and during World War II; Japan says all claims were settled by the 1965 treaty, while South Korea’s Supreme Court ordered Japanese firms to pay compensation in 2018. Seoul proposed paying it through a domestic foundation in 2023.',
    {
      name: 'Wartime labor compensation dispute',
      triggers: [
        'forced labor', 'forced labour', 'wartime labor', 'wartime labour', 'forced laborers', 'forced labourers',
        'forced mobilization',
      ],
      native: ['강제징용', '徴用工'],
    }),
  d('japan-korea-export-controls', 'trade', {
    jp: 'Review of export control operations',
    kr: 'Export restrictions (economic retaliation)',
  },
    'In July 2019 Japan tightened controls on exports to South Korea of three materials used to make chips and displays and later removed it from its “white list” of trusted trading partners; South Korea called this retaliation over the forced labor rulings and complained to the WTO. The measures were lifted in 2023.',
    {
      name: 'Japan–South Korea export control dispute',
      triggers: [
        'export controls', 'export control', 'export restrictions', 'white list', 'whitelist', 'trusted trading partners',
        'semiconductor materials',
      ],
    }),
  d('japan-korea-radar-incident', 'security', {
    jp: 'Fire-control radar lock-on incident',
    kr: 'Low-altitude flight by a Japanese patrol aircraft',
  },
    'December 2018 incident in which Japan said a South Korean destroyer locked its fire-control radar on a Japanese patrol plane; South Korea denied it and accused the aircraft of flying threateningly low.',
    {
      name: 'Japan–South Korea radar incident',
      triggers: ['fire control radar', 'fire-control radar', 'radar incident', 'radar lock', 'radar lock-on'],
    }),
  d('japan-korea-gsomia', 'security', { jp: 'GSOMIA', kr: 'GSOMIA' },
    'Japan–South Korea military intelligence-sharing pact signed in 2016; South Korea moved to end it in August 2019 amid the export control row, suspended that decision in November 2019 and fully normalised the pact in 2023.',
    { name: 'GSOMIA', aliases: ['General Security of Military Information Agreement'] }),
  d('yasukuni-shrine', 'historical', { jp: 'Yasukuni Shrine', cn: 'Yasukuni Shrine', kr: 'Yasukuni Shrine' },
    'Tokyo shrine to Japan’s war dead that also honours convicted World War II war criminals; visits and offerings by Japanese leaders draw protests from China and South Korea.',
    { name: 'Yasukuni Shrine', aliases: ['Yasukuni'], native: ['靖国神社', '靖國神社', '야스쿠니'] }),
  d('japan-history-textbooks', 'historical', {
    jp: 'Textbook authorization',
    kr: 'Distortion of history in Japanese textbooks',
    cn: 'Japanese history textbook issue',
  },
    'Disputes over how Japanese school textbooks, approved by the education ministry, describe Japan’s wartime and colonial past and its territorial claims.',
    {
      name: 'Japanese history textbook controversy',
      triggers: [
        'history textbooks', 'history textbook', 'school textbooks', 'school textbook', 'textbook screening', 'textbook authorization',
      ],
    }),
  d('sea-of-japan-naming', 'maritime', { jp: 'Sea of Japan', kr: 'East Sea', kp: 'East Sea of Korea' },
    'South and North Korea object to the name “Sea of Japan” and campaign for “East Sea”, or both names, on international maps; Japan says “Sea of Japan” is the only internationally established name.',
    { name: 'Sea of Japan naming dispute', aliases: ['East Sea naming dispute'], triggers: ['naming dispute'] }),
  d('rising-sun-flag', 'historical', { jp: 'Rising Sun Flag', kr: 'War criminal flag' },
    'The rayed Rising Sun ensign, still flown by Japan’s Maritime Self-Defense Force; South Korea and China see it as a symbol of Japanese imperialism and object to its display.',
    { name: 'Rising Sun flag' }),
  d('sado-mine', 'historical', { jp: 'Sado Island Gold Mines', kr: 'Sado mine (site of Korean forced labor)' },
    'Japanese gold mine listed as a UNESCO World Heritage Site in 2024 after Japan agreed to present the history of Korean laborers there; South Korea boycotted a November 2024 memorial over how it was handled.', // memorial boycott: ca.news.yahoo.com (AP), taipeitimes.com 2024-11-24
    { name: 'Sado mine', aliases: ['Sado gold mine', 'Sado Island Gold Mines', 'Sado mines'] }),
  d('hashima-island', 'historical', {
    jp: 'Sites of Japan’s Meiji Industrial Revolution (Hashima)',
    kr: 'Hashima (Battleship Island) forced labor site',
  },
    'Coal-mining island listed in 2015 among UNESCO World Heritage sites of Japan’s industrial revolution; South Korea says Japan has not kept its promise to explain that Koreans were forced to work there.',
    {
      name: 'Hashima Island',
      aliases: ['Hashima', 'Battleship Island', 'Gunkanjima', 'Sites of Japan’s Meiji Industrial Revolution'],
      native: ['端島', '군함도'],
    }),
  d('northern-limit-line', 'maritime', {
    kr: 'Northern Limit Line',
    kp: 'Maritime military demarcation line claimed by North Korea',
  },
    'Maritime boundary in the Yellow Sea drawn by the UN Command after the 1953 armistice, which North Korea rejects; the area has seen deadly clashes, including the sinking of the South Korean corvette Cheonan and the shelling of Yeonpyeong Island in 2010.',
    { name: 'Northern Limit Line', aliases: ['NLL'] }),
  d('north-korea-nuclear', 'security', {
    kp: 'Nuclear war deterrent',
    us: 'Denuclearization of North Korea',
    kr: 'North Korean nuclear issue',
    jp: 'North Korean nuclear and missile issue',
  },
    'North Korea has conducted six nuclear tests since 2006 and builds nuclear-capable missiles in defiance of UN Security Council resolutions; talks with the United States stalled after 2019.',
    {
      name: 'North Korean nuclear issue',
      aliases: ['North Korean nuclear program', 'North Korean nuclear programme', 'North Korea’s nuclear program', 'North Korea’s nuclear programme', 'North Korean nuclear weapons program', 'North Korean nuclear weapons programme', 'North Korea’s nuclear weapons program', 'North Korea’s nuclear weapons programme', 'Pyongyang’s nuclear program', 'Pyongyang’s nuclear programme', 'Six-Party Talks', 'North Korean nuclear crisis', 'North Korea nuclear crisis', 'North Korean nuclear standoff', 'North Korea nuclear issue', 'North Korean nuclear problem', 'Korean Peninsula nuclear issue', 'nuclear issue on the Korean Peninsula', 'denuclearization of the Korean Peninsula', 'denuclearisation of the Korean Peninsula', 'Korean Peninsula issue', 'Korean nuclear issue', 'North Korean issue', 'North Korea issue'],
      triggers: [
        'ballistic missile', 'ballistic missiles', 'ballistic missile launches', 'intercontinental ballistic missile', 'ICBM',
        'nuclear test', 'nuclear tests', 'complete denuclearization', 'denuclearization talks', 'nuclear standoff', 'nuclear issue',
        'nuclear crisis', 'nuclear program', 'nuclear programme', 'nuclear weapons program', 'nuclear weapons programme',
      ],
    }),
  d('thaad', 'security', { kr: 'THAAD deployment', cn: 'THAAD deployment', us: 'THAAD deployment' },
    'Deployment of a US THAAD missile-defence battery in South Korea in 2017, which China opposed as a threat to its security and answered with informal economic retaliation.',
    { name: 'THAAD deployment dispute', aliases: ['THAAD', 'Terminal High Altitude Area Defense'] }),
  d('fukushima-treated-water', 'trade', { jp: 'ALPS treated water', cn: 'Nuclear-contaminated water' },
    'Japan began releasing treated, diluted water from the wrecked Fukushima Daiichi nuclear plant into the Pacific in August 2023 with IAEA endorsement; China, which calls it “nuclear-contaminated water”, banned Japanese seafood imports.',
    {
      name: 'Fukushima treated water release',
      aliases: ['Fukushima water release', 'Fukushima wastewater'],
      triggers: ['treated water', 'contaminated water', 'radioactive water', 'seafood ban', 'wastewater release'],
    }),
  d('okinotorishima', 'maritime', { jp: 'Okinotorishima Island', cn: 'Okinotori Reef' },
    'Remote Japanese-held atoll in the Pacific; Japan claims an exclusive economic zone around it, while China (and South Korea) say it is a rock that cannot generate one.',
    { name: 'Okinotorishima', aliases: ['Okinotori'], native: ['沖ノ鳥島', '冲之鸟礁'] }),
  d('kuril-islands', 'territorial', { jp: 'Northern Territories', ru: 'Southern Kurils' },
    'Four islands or island groups north of Hokkaido seized by the Soviet Union in 1945, administered by Russia and claimed by Japan; the dispute has kept the two from signing a peace treaty.',
    {
      name: 'Kuril Islands dispute',
      aliases: [
        'Northern Territories', 'Southern Kurils', 'South Kurils', 'Southern Kuril Islands', 'Etorofu', 'Iturup', 'Kunashiri', 'Kunashir',
        'Shikotan', 'Habomai',
      ],
      native: ['北方領土', 'Южные Курилы'],
    }),

  // ── China and its neighbours ────────────────────────────────────────────────────────────────
  d('senkaku-diaoyu', 'territorial', { jp: 'Senkaku Islands', cn: 'Diaoyu Islands', tw: 'Tiaoyutai Islands' },
    'Uninhabited islands in the East China Sea administered by Japan and claimed by China and Taiwan.',
    {
      name: 'Senkaku/Diaoyu Islands dispute',
      aliases: ['Senkaku Islands', 'Senkakus', 'Senkaku', 'Diaoyu Islands', 'Diaoyu', 'Diaoyu Dao', 'Diaoyutai', 'Tiaoyutai', 'Tiaoyutai Islands'],
      native: ['尖閣諸島', '钓鱼岛', '釣魚島', '釣魚台', '釣魚臺'],
    }),
  d('east-china-sea-boundary', 'maritime', {
    jp: 'Japan–China median line',
    cn: 'Natural prolongation of the continental shelf',
  },
    'Japan and China disagree over their maritime boundary in the East China Sea: Japan proposes a median line, China claims the continental shelf up to the Okinawa Trough; Chinese gas platforms near the line draw Japanese protests.',
    {
      name: 'East China Sea boundary dispute',
      aliases: ['Chunxiao gas field', 'Shirakaba gas field'],
      // Not "median line": news uses it as much for the Taiwan Strait.
      triggers: ['gas field', 'gas platforms'],
    }),
  d('south-china-sea', 'maritime', {
    cn: 'South China Sea',
    tw: 'South China Sea',
    vn: 'East Sea',
    ph: 'West Philippine Sea',
    my: 'South China Sea',
    bn: 'South China Sea',
  },
    'Overlapping claims by China, Taiwan, Vietnam, the Philippines, Malaysia and Brunei to islands, reefs and waters; in 2016 an arbitral tribunal ruled that China’s “nine-dash line” claims had no legal basis, a ruling China rejects.',
    {
      name: 'South China Sea disputes',
      aliases: ['West Philippine Sea', 'nine-dash line', 'South China Sea arbitration', 'South China Sea dispute'],
      triggers: ['artificial islands', 'island building', 'island-building', 'land reclamation', 'freedom of navigation operations', 'freedom of navigation operation', 'arbitral ruling', 'arbitral award', 'arbitration ruling', 'code of conduct in the South China Sea'],
    }),
  d('spratly-islands', 'territorial', {
    cn: 'Nansha Islands',
    tw: 'Nansha Islands',
    vn: 'Trường Sa Islands',
    ph: 'Kalayaan Island Group',
    my: 'Spratly Islands',
    bn: 'Spratly Islands',
  },
    'Islands, reefs and shoals in the South China Sea claimed in whole by China, Taiwan and Vietnam and in part by the Philippines, Malaysia and Brunei.',
    {
      name: 'Spratly Islands dispute',
      aliases: ['Spratly Islands', 'Spratlys', 'Nansha Islands', 'Nansha Qundao', 'Truong Sa', 'Truong Sa Islands', 'Kalayaan Island Group', 'Kalayaan Islands'],
      native: ['南沙群岛', '南沙群島'],
    }),
  d('paracel-islands', 'territorial', { cn: 'Xisha Islands', vn: 'Hoàng Sa Islands', tw: 'Xisha Islands' },
    'Islands in the South China Sea controlled by China since 1974 and claimed by Vietnam and Taiwan.',
    {
      name: 'Paracel Islands dispute',
      aliases: ['Paracel Islands', 'Paracels', 'Xisha Islands', 'Xisha Qundao', 'Hoang Sa', 'Hoang Sa Islands'],
      native: ['西沙群岛', '西沙群島'],
    }),
  d('scarborough-shoal', 'territorial', { cn: 'Huangyan Island', ph: 'Bajo de Masinloc', tw: 'Huangyan Island' },
    'Shoal west of Luzon under effective Chinese control since a 2012 standoff, claimed by the Philippines and Taiwan.',
    {
      name: 'Scarborough Shoal', neutralName: 'Scarborough Shoal',
      aliases: ['Huangyan Island', 'Huangyan Dao', 'Bajo de Masinloc', 'Panatag Shoal', 'Panatag'],
      native: ['黄岩岛', '黃岩島'],
    }),
  d('second-thomas-shoal', 'territorial', { cn: 'Ren’ai Reef', ph: 'Ayungin Shoal' },
    'Reef in the Spratly Islands where the Philippines keeps a small garrison aboard a grounded warship, the BRP Sierra Madre; Chinese vessels have repeatedly blocked its resupply.',
    {
      name: 'Second Thomas Shoal', neutralName: 'Second Thomas Shoal',
      aliases: ['Ayungin Shoal', 'Ayungin', 'Ren’ai Reef', 'Ren’ai Jiao', 'Ren’ai Shoal', 'BRP Sierra Madre'],
      native: ['仁爱礁'],
    }),
  // Features inside the Spratly and Paracel disputes, each under every claimant's name: features.ts.
  d('natuna-sea', 'maritime', { id: 'North Natuna Sea', cn: 'South China Sea (nine-dash line)' },
    'China’s nine-dash line overlaps Indonesia’s exclusive economic zone north of the Natuna Islands, which Indonesia renamed the North Natuna Sea in 2017; Indonesia says it has no territorial dispute with China.',
    { name: 'Natuna Sea dispute', aliases: ['North Natuna Sea'] }),
  d('taiwan-status', 'security', { cn: 'Taiwan question', tw: 'Cross-Strait relations' },
    'The People’s Republic of China claims Taiwan, governed separately since 1949, as part of its territory and has not ruled out force to take it; Taiwan’s government rejects Beijing’s claim.',
    {
      name: 'Cross-Strait dispute',
      aliases: ['Taiwan question', 'One China policy', 'Taiwan issue', 'Taiwan Strait crisis', 'Taiwan Strait crises', 'cross-Strait issue', 'status of Taiwan', 'One China principle', '1992 Consensus', 'Taiwan Relations Act', 'cross-Strait relations'],
      triggers: ['reunification', 'Taiwan independence', 'cross-Strait tensions', 'peaceful reunification'],
    }),
  d('ieodo-socotra-rock', 'maritime', { kr: 'Ieodo', cn: 'Suyan Rock' },
    'Submerged rock in the East China Sea within overlapping South Korean and Chinese exclusive economic zone claims, where South Korea runs a research station; both agree it is not territory.',
    {
      name: 'Socotra Rock', neutralName: 'Socotra Rock',
      aliases: ['Ieodo', 'Suyan Rock', 'Ieodo Ocean Research Station'],
      native: ['이어도', '苏岩礁'],
    }),
  d('northeast-project', 'historical', { kr: 'Northeast Project (distortion of Korean history)', cn: 'Northeast Project' },
    'South Korean objections to Chinese state research, notably the 2002–2007 Northeast Project, that treats the ancient kingdoms of Goguryeo and Balhae as part of Chinese history.',
    { name: 'Northeast Project', triggers: ['Goguryeo', 'Koguryo', 'Balhae'] }),
  d('nanjing-massacre', 'historical', { cn: 'Nanjing Massacre', jp: 'Nanjing Incident' },
    'Mass killings and rapes by Japanese troops after they captured Nanjing in December 1937; the death toll and how it is described remain a source of friction between China and Japan.',
    {
      name: 'Nanjing Massacre',
      aliases: ['Nanking Massacre', 'Rape of Nanking', 'Rape of Nanjing', 'Nanjing Incident'],
      native: ['南京大屠杀', '南京大虐殺'],
    }),
  d('hong-kong-national-security-law', 'legal', {
    cn: 'Hong Kong national security law',
    gb: 'Breach of the Sino-British Joint Declaration',
  },
    'Britain says China’s 2020 national security law for Hong Kong breaches the 1984 Sino-British Joint Declaration; China says Hong Kong is its internal affair.',
    {
      name: 'Hong Kong national security law',
      aliases: ['Sino-British Joint Declaration'],
      triggers: ['national security law', 'Article 23'],
    }),
  d('xinjiang-uyghurs', 'legal', {
    cn: 'Vocational education and training centers',
    us: 'Uyghur genocide',
  },
    'Allegations of mass detention, forced labour and repression of Uyghurs and other Muslims in Xinjiang, which the United States calls genocide; China says its policies counter extremism and terrorism.',
    {
      name: 'Xinjiang Uyghur rights dispute',
      aliases: ['Uyghur genocide', 'Uyghur Forced Labor Prevention Act', 'UFLPA', 'Xinjiang camps'],
      triggers: ['Uyghurs', 'Uyghur', 'Uighurs', 'Uighur', 're-education camps'],
    }),
  d('us-china-trade-war', 'trade', { us: 'US–China trade dispute', cn: 'China–US trade friction' },
    'Escalating tariffs and trade restrictions between the United States and China since 2018, resumed and sharply raised in 2025.', // US tariffs up to 145%, China’s up to 125%, April 2025: avganalysis.com 2025-04-10, vedomosti.ru 2025-10-15
    {
      name: 'US–China trade war',
      aliases: ['U.S.-China trade war', 'China-US trade war', 'China-U.S. trade war', 'Sino-US trade war'],
      triggers: ['trade war', 'tariff war', 'reciprocal tariffs', 'Section 301', 'Phase One deal', 'trade truce'],
    }),
  d('us-china-chip-controls', 'trade', {
    us: 'Export controls on advanced computing and semiconductors',
    cn: 'Abuse of export controls',
  },
    'US restrictions since 2022 on selling China advanced semiconductors and chipmaking equipment, partly matched by Japan and the Netherlands; China has answered with export controls of its own on critical minerals.',
    {
      name: 'US chip export controls on China',
      triggers: ['Entity List', 'chip war', 'chip export controls', 'semiconductor export controls', 'chip controls', 'export curbs', 'chipmaking equipment', 'advanced chips'],
    }),

  // ── South Asia ──────────────────────────────────────────────────────────────────────────────
  d('kashmir', 'territorial', {
    in: 'Pakistan-occupied Kashmir (for the part Pakistan holds)',
    pk: 'Indian Illegally Occupied Jammu and Kashmir (for the part India holds)',
  },
    'India and Pakistan both claim the former princely state of Jammu and Kashmir, divided since 1947–48 along what is now the Line of Control; they have fought several wars and many clashes over it, most recently in May 2025.', // strikes of 2025-05-07 and ceasefire of 2025-05-10: worthview.com, business-standard.com 2025-05-11
    {
      name: 'Kashmir conflict', neutralName: 'Kashmir',
      aliases: [
        'Kashmir', 'Kashmir dispute', 'Kashmir issue', 'Kashmir question', 'Jammu and Kashmir dispute', 'Line of Control', 'Pakistan-occupied Kashmir', 'Azad Kashmir', 'Azad Jammu and Kashmir',
        'Pakistan-administered Kashmir', 'Indian-administered Kashmir', 'Indian Illegally Occupied Jammu and Kashmir', 'IIOJK',
      ],
    }),
  d('aksai-chin', 'territorial', { in: 'Aksai Chin (part of Ladakh)', cn: 'Aksai Chin' },
    'High-altitude region administered by China and claimed by India as part of Ladakh.',
    { name: 'Aksai Chin dispute', aliases: ['Aksai Chin'] }),
  d('arunachal-pradesh', 'territorial', { in: 'Arunachal Pradesh', cn: 'Zangnan (South Tibet)' },
    'Indian state in the eastern Himalayas that China claims as “Zangnan”, or South Tibet.',
    { name: 'Arunachal Pradesh dispute', aliases: ['Zangnan', 'South Tibet'], triggers: ['Arunachal Pradesh', 'Arunachal', 'Tawang'], native: ['藏南'] }),
  d('india-china-border', 'security', { in: 'Line of Actual Control', cn: 'China–India boundary question' },
    'Undemarcated Himalayan border along the Line of Actual Control; a clash in the Galwan Valley in June 2020 killed 20 Indian and at least four Chinese soldiers, and the two agreed on patrolling arrangements in October 2024.', // agreement of 2024-10-21: indiatoday.in 2024-11-29, m.thewire.in 2024-11-29
    {
      name: 'India–China border dispute',
      aliases: ['Line of Actual Control', 'Galwan Valley', 'Galwan', 'Sino-Indian border dispute', 'India-China border dispute'],
      triggers: ['LAC', 'border standoff'],
    }),
  d('doklam', 'territorial', { bt: 'Doklam', cn: 'Donglang', in: 'Doklam' },
    'Plateau claimed by both Bhutan and China; Chinese road-building there led to a 73-day standoff between Indian and Chinese troops in 2017.',
    { name: 'Doklam dispute', aliases: ['Doklam', 'Donglang', 'Doklam plateau'] }),
  d('indus-waters-treaty', 'legal', { in: 'Indus Waters Treaty (held in abeyance)', pk: 'Indus Waters Treaty' },
    '1960 treaty sharing the rivers of the Indus basin; India put it in abeyance in April 2025 after a militant attack in Pahalgam, and Pakistan says stopping its water would be an act of war.', // newindianexpress.com 2025-04-23; “act of war”: indiatoday.in 2025-04-24
    { name: 'Indus Waters Treaty dispute', aliases: ['Indus Waters Treaty', 'Indus Water Treaty'] }),
  d('sir-creek', 'maritime', { in: 'Sir Creek', pk: 'Sir Creek' },
    'Tidal estuary in the Rann of Kutch marshes whose boundary India and Pakistan dispute, with consequences for their maritime boundary.',
    { name: 'Sir Creek' }),
  d('kalapani', 'territorial', { np: 'Kalapani, Lipulekh and Limpiyadhura', in: 'Kalapani' },
    'Border area at the India–Nepal–China trijunction administered by India and claimed by Nepal, which put it on a new official map in 2020.',
    { name: 'Kalapani dispute', aliases: ['Kalapani', 'Lipulekh', 'Limpiyadhura', 'Lipulekh Pass'] }),
  d('durand-line', 'territorial', { af: 'Durand Line (not recognised)', pk: 'Pakistan–Afghanistan border' },
    'Border between Afghanistan and Pakistan drawn in 1893, which Afghan governments, the Taliban included, have never formally recognised; it sees frequent clashes.',
    { name: 'Durand Line' }),
  d('rohingya-genocide-case', 'legal', { gm: 'The Gambia v. Myanmar', mm: 'Rakhine State situation' },
    'Myanmar’s military drove more than 700,000 Rohingya Muslims into Bangladesh in 2017; The Gambia accused Myanmar of genocide at the International Court of Justice in 2019.',
    { name: 'Rohingya genocide case', aliases: ['Rohingya crisis', 'Gambia v. Myanmar'], triggers: ['Rohingya', 'Rakhine'] }),

  // ── Russia, Ukraine and the former Soviet Union ─────────────────────────────────────────────
  d('russia-ukraine-war', 'security', { ua: 'Russia’s full-scale invasion', ru: 'Special military operation' },
    'War that began with Russia’s full-scale invasion of Ukraine on 24 February 2022, after Russia’s seizure of Crimea and the war in the Donbas from 2014.',
    {
      name: 'Russia–Ukraine war', neutralName: 'Russia–Ukraine war',
      aliases: ['Russo-Ukrainian War', 'war in Ukraine', 'Ukraine war', 'war on Ukraine', 'war against Ukraine', 'Russian-Ukrainian war', 'Ukrainian conflict', 'Ukrainian crisis', 'Donbass war', 'war in Donbass', 'conflict in Donbas', 'conflict in Donbass', 'Minsk agreements', 'Minsk accords', 'special military operation', 'war in Donbas', 'war in the Donbas', 'Donbas war', 'Donbas conflict'],
      triggers: ['full-scale invasion', 'occupied territories'],
    }),
  d('crimea-annexation', 'territorial', {
    ua: 'Temporarily occupied Autonomous Republic of Crimea',
    ru: 'Republic of Crimea',
  },
    'Russia annexed Crimea from Ukraine in March 2014 after a referendum held under Russian military control; Ukraine and most UN members do not recognise the annexation.',
    {
      name: 'Annexation of Crimea',
      aliases: ['Crimean annexation', 'Crimea annexation', 'Crimean crisis', 'Republic of Crimea', 'Autonomous Republic of Crimea'],
    }),
  d('kerch-strait-incident', 'security', { ru: 'Kerch Strait incident', ua: 'Kerch Strait incident' },
    'In November 2018 Russia fired on and seized three Ukrainian navy vessels trying to pass through the Kerch Strait into the Sea of Azov.',
    { name: 'Kerch Strait incident' }),
  d('holodomor', 'historical', { ua: 'Holodomor', ru: 'Famine of 1932–1933' },
    'Famine in Soviet Ukraine in 1932–1933 that killed millions; Ukraine and many states recognise it as genocide, a characterisation Russia rejects.',
    { name: 'Holodomor' }),
  d('nord-stream', 'security', { de: 'Nord Stream', ru: 'Nord Stream' },
    'Gas pipelines from Russia to Germany under the Baltic Sea, long opposed by Ukraine, Poland and the United States; Germany halted Nord Stream 2 in February 2022, and explosions in September 2022 wrecked three of the four lines.',
    { name: 'Nord Stream pipelines', aliases: ['Nord Stream', 'Nord Stream 2', 'Nord Stream sabotage'] }),
  d('mh17', 'legal', { nl: 'MH17', au: 'MH17', ru: 'MH17' },
    'Malaysia Airlines flight shot down over eastern Ukraine in July 2014 by a Russian Buk missile, killing all 298 on board; the Netherlands and Australia hold Russia responsible, which it denies.',
    { name: 'MH17', aliases: ['Flight MH17', 'Malaysia Airlines Flight 17'] }),
  d('skripal-poisoning', 'security', { gb: 'Salisbury poisoning', ru: 'Skripal case' },
    'Poisoning of the former Russian spy Sergei Skripal and his daughter with the nerve agent Novichok in Salisbury, England, in March 2018, which Britain blamed on Russian military intelligence; Russia denies it.',
    { name: 'Skripal poisoning', aliases: ['Salisbury poisoning'], triggers: ['Novichok'] }),
  d('nagorno-karabakh', 'territorial', { am: 'Artsakh', az: 'Karabakh' },
    'Region internationally recognised as part of Azerbaijan, held by ethnic Armenian forces from the early 1990s until Azerbaijan retook it in September 2023, after which almost all its Armenian population fled; Armenia and Azerbaijan initialled a peace agreement in August 2025.', // initialled at the White House 2025-08-08: factually.co 2026-01-21, europeanconservative.com 2025-08-08
    {
      name: 'Nagorno-Karabakh conflict', neutralName: 'Nagorno-Karabakh',
      aliases: ['Nagorno-Karabakh', 'Karabakh', 'Artsakh', 'Lachin corridor', 'Karabakh conflict', 'Nagorno-Karabakh war', 'Nagorno-Karabakh issue', 'Karabakh issue', 'Nagorno-Karabakh dispute', 'Karabakh dispute'],
    }),
  d('abkhazia', 'territorial', { ge: 'Occupied Abkhazia', abkhazia: 'Republic of Abkhazia', ru: 'Republic of Abkhazia' },
    'Abkhazia broke away from Georgia in a 1992–1993 war; Russia recognised its independence after the 2008 Russo-Georgian war and keeps troops there.',
    { name: 'Georgian–Abkhaz conflict', aliases: ['Georgian-Abkhaz conflict', 'Abkhaz conflict', 'Abkhazia conflict', 'conflict in Abkhazia', 'Abkhazian conflict', 'Abkhazia issue', 'Abkhazia war', 'war in Abkhazia'] }),
  d('south-ossetia', 'territorial', { ge: 'Tskhinvali Region', 'south-ossetia': 'Republic of South Ossetia', ru: 'Republic of South Ossetia' },
    'South Ossetia broke away from Georgia in the early 1990s; Russia fought Georgia over it in August 2008, recognised its independence and keeps troops there.',
    { name: 'Georgian–Ossetian conflict', aliases: ['Russo-Georgian War', '2008 Russo-Georgian war', 'South Ossetia conflict', 'conflict in South Ossetia', 'South Ossetian conflict', 'Ossetian conflict', 'South Ossetia war', 'war in South Ossetia', 'Russian-Georgian war', 'August War', 'Five-Day War', 'Georgian war'] }),
  d('transnistria', 'territorial', {
    md: 'Transnistrian region of the Republic of Moldova',
    transnistria: 'Pridnestrovian Moldavian Republic',
  },
    'Breakaway strip of eastern Moldova, unrecognised, that has run itself with Russian backing and troops since a 1992 war.',
    { name: 'Transnistria conflict', aliases: ['Transnistrian conflict', 'Transnistria settlement', 'Transnistrian settlement'] }),

  // ── Europe and the Mediterranean ────────────────────────────────────────────────────────────
  d('cyprus', 'territorial', {
    cy: 'Cyprus problem',
    tr: 'Cyprus issue',
    'northern-cyprus': 'Cyprus issue',
  },
    'Cyprus has been divided since 1974, when Turkey invaded after a Greek-backed coup; the Turkish Cypriot north declared independence in 1983, recognised only by Turkey, and UN-led reunification talks have repeatedly failed.',
    { name: 'Cyprus problem', aliases: ['Cyprus question', 'Cyprus dispute', 'Cyprus issue', 'Cyprus conflict', 'Turkish invasion of Cyprus', 'division of Cyprus', 'reunification of Cyprus', 'Annan Plan'] }),
  d('aegean', 'maritime', { gr: 'Greek sovereign rights in the Aegean', tr: 'Aegean issues' },
    'Greek–Turkish disputes over territorial waters, airspace, the continental shelf and the status of some Aegean islands and islets; the two came close to war over the Imia/Kardak islets in 1996.',
    {
      name: 'Aegean dispute', aliases: ['Imia', 'Kardak'],
      triggers: ['continental shelf', 'territorial waters', 'airspace violations', 'casus belli'],
    }),
  d('eastern-mediterranean', 'maritime', { tr: 'Blue Homeland', gr: 'Greek exclusive economic zone', cy: 'Cypriot exclusive economic zone' },
    'Turkey contests Greek and Cypriot maritime zones in the eastern Mediterranean, where gas has been found; its survey ship Oruç Reis set off a naval standoff with Greece in 2020.',
    {
      name: 'Eastern Mediterranean maritime dispute',
      aliases: ['Blue Homeland', 'Mavi Vatan', 'Oruç Reis'],
      triggers: ['gas exploration', 'drilling rights'],
    }),
  d('kosovo-serbia', 'territorial', { rs: 'Kosovo and Metohija', xk: 'Republic of Kosovo' },
    'Kosovo declared independence from Serbia in 2008; Serbia, backed by Russia and China, rejects it, and the EU mediates talks on normalising relations.',
    { name: 'Kosovo–Serbia dispute', aliases: ['Kosovo and Metohija', 'Belgrade-Pristina dialogue', 'Kosovo issue', 'Kosovo question', 'status of Kosovo', 'Kosovo dispute'] }),
  d('macedonia-naming', 'historical', {
    gr: 'Former Yugoslav Republic of Macedonia',
    mk: 'Republic of Macedonia',
  },
    'Greece objected to its northern neighbour’s use of the name Macedonia; the 2018 Prespa Agreement settled the dispute, and the country became North Macedonia in 2019.',
    { name: 'Macedonia naming dispute', aliases: ['Prespa Agreement', 'Macedonian naming dispute', 'Macedonia name dispute'] }),
  d('gibraltar', 'territorial', { gb: 'British Overseas Territory of Gibraltar', es: 'Gibraltar (El Peñón)' },
    'British Overseas Territory at the southern tip of Spain, ceded by Spain in the 1713 Treaty of Utrecht, whose return Spain seeks.',
    { name: 'Gibraltar dispute', aliases: ['Gibraltar question'] }),
  d('northern-ireland-protocol', 'trade', { gb: 'Windsor Framework', ie: 'Protocol on Ireland/Northern Ireland' },
    'Post-Brexit trade arrangements for Northern Ireland, agreed between the UK and the EU to avoid a hard border with Ireland; revised as the Windsor Framework in 2023.',
    {
      name: 'Northern Ireland Protocol',
      aliases: ['Windsor Framework', 'Irish backstop', 'Protocol on Ireland/Northern Ireland'],
      triggers: ['Brexit', 'hard border', 'Irish border'],
    }),
  d('armenian-genocide', 'historical', { am: 'Armenian Genocide', tr: 'Events of 1915' },
    'Armenia and many states recognise the mass killing and deportation of Armenians in the Ottoman Empire from 1915 as genocide; Turkey rejects the term.',
    { name: 'Armenian genocide' }),
  d('poland-germany-reparations', 'historical', { pl: 'War reparations', de: 'Reparations question (considered closed)' },
    'Poland’s government demanded in 2022 that Germany pay about 6.2 trillion zlotys in reparations for World War II; Germany says the matter is legally closed.',
    { name: 'Polish war reparations claim', triggers: ['war reparations', 'World War II reparations'] }),
  d('parthenon-marbles', 'historical', { gr: 'Parthenon Sculptures', gb: 'Elgin Marbles' },
    'Greece seeks the return of sculptures removed from the Parthenon by Lord Elgin in the early 1800s and held by the British Museum.',
    { name: 'Parthenon Marbles', aliases: ['Elgin Marbles', 'Parthenon Sculptures'] }),
  d('hans-island', 'territorial', { dk: 'Hans Ø', ca: 'Hans Island' },
    'Tiny Arctic island between Greenland and Canada’s Ellesmere Island, divided between Denmark and Canada by a June 2022 agreement that ended the so-called Whisky War.',
    { name: 'Hans Island', aliases: ['Tartupaluk', 'Whisky War'] }),
  d('greenland-us', 'territorial', {
    us: 'Acquisition of Greenland',
    dk: 'Greenland, part of the Kingdom of Denmark',
    gl: 'Kalaallit Nunaat',
  },
    'US President Donald Trump’s push, first in 2019 and renewed from late 2024, for the United States to acquire Greenland, which Denmark and Greenland reject.', // renewed in a December 2024 post and pressed into January 2026: hagg.ai; thepapyrusdaily.com
    { name: 'US bid for Greenland', triggers: ['annex Greenland', 'buy Greenland', 'acquire Greenland', 'annexation of Greenland'] }),

  // ── Middle East ─────────────────────────────────────────────────────────────────────────────
  d('israeli-palestinian-conflict', 'territorial', { il: 'Israeli–Palestinian conflict', ps: 'Question of Palestine' },
    'Conflict over land and statehood between Israel and the Palestinians, including Israel’s occupation of the West Bank, East Jerusalem and Gaza since 1967, Israeli settlements, refugees and the status of Jerusalem.',
    {
      name: 'Israeli–Palestinian conflict', neutralName: 'Israeli–Palestinian conflict',
      aliases: [
        'Palestinian-Israeli conflict', 'two-state solution', 'Oslo Accords', 'Question of Palestine', 'Judea and Samaria', 'Palestinian question', 'Palestine question', 'Palestinian issue', 'Palestine issue', 'Israeli-Palestinian dispute', 'Palestinian-Israeli dispute', 'Israeli-Palestinian issue', 'Oslo Accord', 'Oslo peace process', 'Camp David summit', 'Annapolis conference', 'Road Map for Peace', 'Mideast peace process', 'Middle East peace talks', 'Mideast peace talks',
        'Middle East peace process', 'Israeli-Palestinian peace process', 'West Bank settlements',
      ],
      triggers: ['peace process', 'Israeli settlements', 'settler violence', 'Israeli occupation', 'Israeli military occupation', 'military occupation', 'Israeli-Palestinian peace', 'Palestinian-Israeli peace', 'Israeli-Palestinian peace talks', 'Palestinian-Israeli peace talks', 'occupied territories', 'settlement expansion', 'settlement construction', 'illegal settlements', 'Jewish settlements', 'settlement activity', 'settlement building', 'separation barrier', 'security barrier', 'right of return', 'final status talks', 'final-status talks', 'disengagement plan', 'intifada', 'second intifada', 'first intifada', 'Nakba'],
    }),
  d('kurdish-question', 'security', { tr: 'Kurdish question', iq: 'Kurdish question', sy: 'Kurdish question', ir: 'Kurdish question' },
    'The demands of Kurds in Turkey, Iraq, Syria and Iran for rights, autonomy or a state of their own, and the wars they have led to, above all the PKK’s insurgency against Turkey since 1984; the PKK announced in May 2025 that it would disband and lay down its arms.', // PKK congress decision announced 2025-05-12: reuters.com, bbc.com 2025-05-12
    {
      name: 'Kurdish question', neutralName: 'Kurdish question',
      aliases: ['Kurdish issue', 'Kurdish problem', 'Kurdish conflict', 'Kurdish-Turkish conflict', 'Turkish-Kurdish conflict', 'PKK insurgency', 'PKK conflict', 'Kurdish peace process'],
    }),
  d('gaza-war', 'security', { il: 'Israel–Hamas war', ps: 'War on Gaza' },
    'War in the Gaza Strip that followed the Hamas-led attack on Israel of 7 October 2023, which killed about 1,200 people; Israel’s offensive killed tens of thousands of Palestinians, and a ceasefire took effect in October 2025.', // ceasefire in force 2025-10-10: trtworld.com, capitalfm.co.ke 2025-10-10
    {
      name: 'Gaza war', neutralName: 'Gaza war',
      aliases: ['Israel-Hamas war', 'war in Gaza', 'War on Gaza', 'October 7 attack', 'October 7 attacks'],
      triggers: ['hostage deal', 'hostage release', 'ceasefire deal'],
    }),
  d('jerusalem-status', 'legal', {
    il: 'Jerusalem, capital of Israel',
    ps: 'Al-Quds (East Jerusalem), capital of a future Palestinian state',
  },
    'Israel regards all of Jerusalem as its capital; Palestinians seek East Jerusalem, annexed by Israel after 1967, as the capital of a future state. Most countries keep their embassies in Tel Aviv; the United States moved its embassy to Jerusalem in 2018.',
    {
      name: 'Status of Jerusalem',
      aliases: ['Al-Quds', 'Temple Mount', 'Al-Aqsa Mosque', 'Haram al-Sharif', 'Al-Aqsa'],
    }),
  d('golan-heights', 'territorial', { sy: 'Occupied Syrian Golan', il: 'Golan Heights' },
    'Plateau captured by Israel from Syria in 1967 and annexed in 1981; the annexation is recognised by the United States (since 2019) but not by the UN.',
    { name: 'Golan Heights dispute', aliases: ['Occupied Syrian Golan', 'Syrian Golan', 'occupied Golan', 'occupied Golan Heights'], triggers: ['Golan'] }),
  d('shebaa-farms', 'territorial', { lb: 'Shebaa Farms', il: 'Har Dov', sy: 'Shebaa Farms' },
    'Small area on the slopes of Mount Hermon held by Israel since 1967; Lebanon claims it, while the UN treats it as Syrian territory.',
    { name: 'Shebaa Farms', aliases: ['Sheba Farms', 'Har Dov'] }),
  d('iran-nuclear', 'security', {
    ir: 'Peaceful nuclear programme',
    us: 'Iranian nuclear program',
    il: 'Iranian nuclear threat',
    gb: 'Iranian nuclear programme',
    fr: 'Iranian nuclear programme',
    de: 'Iranian nuclear programme',
  },
    'Dispute over Iran’s uranium enrichment and whether it seeks nuclear weapons, which it denies; the 2015 nuclear deal (JCPOA) was abandoned by the US in 2018, Israel and the US struck Iranian nuclear sites in June 2025, UN sanctions were reimposed in September 2025, and US–Israeli strikes resumed in February 2026.', // newindianexpress.com, iranintl.com 2025-09-28 (snapback; June 2025 strikes); aljazeera.com 2026-03-01
    {
      name: 'Iranian nuclear programme dispute',
      aliases: [
        'Iran nuclear deal', 'Joint Comprehensive Plan of Action', 'JCPOA', 'Iranian nuclear program', 'Iranian nuclear programme',
        'Iran’s nuclear program', 'Iran’s nuclear programme', 'Iranian nuclear issue', 'Iran nuclear issue', 'Iranian nuclear crisis', 'Iran nuclear crisis', 'Iran nuclear standoff', 'nuclear standoff with Iran', 'Iran nuclear program', 'Iran nuclear programme', 'Iranian nuclear dossier', 'Iran nuclear dossier', 'Tehran’s nuclear program', 'Tehran’s nuclear programme', 'Iran nuclear talks', 'Iranian nuclear talks', 'Iran nuclear dispute',
      ],
      triggers: ['uranium enrichment', 'enriched uranium', 'enriching uranium', 'enrich uranium', 'nuclear weapons program', 'nuclear weapons programme', 'nuclear program', 'nuclear programme', 'snapback sanctions', 'snapback mechanism', 'nuclear deal', 'nuclear talks', 'nuclear standoff', 'nuclear dispute', 'nuclear issue', 'nuclear crisis', 'nuclear dossier'],
    }),
  d('abu-musa-tunbs', 'territorial', {
    ae: 'Occupied islands of Abu Musa and the Greater and Lesser Tunbs',
    ir: 'Abu Musa and the Greater and Lesser Tunbs',
  },
    'Three Gulf islands taken over by Iran in 1971 and claimed by the United Arab Emirates.',
    { name: 'Abu Musa and the Tunbs', aliases: ['Abu Musa', 'Greater Tunb', 'Lesser Tunb', 'Tunb islands'] }),
  d('persian-gulf-naming', 'maritime', { ir: 'Persian Gulf', sa: 'Arabian Gulf', ae: 'Arabian Gulf' },
    'Iran insists on the historical name Persian Gulf, which the UN uses; Arab states call it the Arabian Gulf.',
    { name: 'Persian Gulf naming dispute', triggers: ['naming dispute'] }),
  d('houthi-red-sea-attacks', 'security', {
    ye: 'Naval blockade in support of Gaza',
    us: 'Houthi attacks on shipping',
    gb: 'Houthi attacks on shipping',
    il: 'Houthi attacks',
  },
    'Attacks by Yemen’s Houthis on Israel since 19 October 2023 and on ships in the Red Sea since November 2023, which they tie to the war in Gaza; the United States and Britain have struck Houthi targets in response.',
    { name: 'Red Sea crisis', triggers: ['Red Sea shipping', 'Houthi attacks', 'shipping attacks'] }),
  d('south-africa-v-israel', 'legal', { za: 'South Africa v. Israel', il: 'South Africa v. Israel' },
    'South Africa’s case at the International Court of Justice, filed in December 2023, accusing Israel of genocide in Gaza, which Israel rejects.',
    { name: 'South Africa v. Israel', triggers: ['genocide case'] }),

  // ── Africa ──────────────────────────────────────────────────────────────────────────────────
  d('western-sahara', 'territorial', { ma: 'Moroccan Sahara', eh: 'Western Sahara (Sahrawi Arab Democratic Republic)' },
    'Former Spanish colony most of which Morocco controls and claims; the Algeria-backed Polisario Front seeks independence for the Sahrawi people, and several states have endorsed Morocco’s autonomy plan.',
    {
      name: 'Western Sahara conflict', neutralName: 'Western Sahara',
      aliases: ['Moroccan Sahara', 'Western Sahara conflict', 'Western Sahara dispute', 'Western Sahara issue'],
      triggers: ['autonomy plan', 'Southern Provinces'],
    }),
  d('gerd', 'security', {
    et: 'Grand Ethiopian Renaissance Dam',
    eg: 'Grand Ethiopian Renaissance Dam',
    sd: 'Grand Ethiopian Renaissance Dam',
  },
    'Ethiopia’s hydroelectric dam on the Blue Nile; Egypt and Sudan, downstream, object to its filling and operation without a binding agreement on water sharing.',
    { name: 'Grand Ethiopian Renaissance Dam', aliases: ['GERD', 'Renaissance Dam'] }),
  d('abyei', 'territorial', { sd: 'Abyei', ss: 'Abyei' },
    'Oil-rich border area claimed by both Sudan and South Sudan, patrolled by a UN peacekeeping force.',
    { name: 'Abyei', aliases: ['Abyei Area'] }),
  d('halaib-triangle', 'territorial', { eg: 'Halaib Triangle', sd: 'Hala’ib Triangle' },
    'Red Sea coastal area administered by Egypt and claimed by Sudan.',
    { name: 'Halaib Triangle', aliases: ['Halayeb Triangle', 'Halaib'] }),
  d('badme', 'territorial', { et: 'Badme', er: 'Badme' },
    'Border dispute centred on the town of Badme that led to the 1998–2000 war; an international commission awarded Badme to Eritrea in 2002, and a 2018 peace deal restored relations.',
    { name: 'Ethiopia–Eritrea border dispute', aliases: ['Badme', 'Eritrean-Ethiopian war', 'Ethiopian-Eritrean war', 'Algiers Agreement'] }),
  d('somaliland-status', 'legal', { so: 'Northern regions of Somalia', somaliland: 'Republic of Somaliland' },
    'Somaliland declared independence from Somalia in 1991 and governs itself, but Somalia regards it as part of its territory and few states recognise it.',
    { name: 'Status of Somaliland' }),
  d('ethiopia-somaliland-port-deal', 'security', {
    et: 'Memorandum of understanding with Somaliland',
    so: 'Violation of Somalia’s sovereignty',
    somaliland: 'Memorandum of understanding with Ethiopia',
  },
    'January 2024 memorandum under which landlocked Ethiopia would lease a stretch of Somaliland’s coast, which Somalia denounced as a violation of its sovereignty; Turkey mediated a de-escalation in December 2024.', // Ankara Declaration 2024-12-11: allafrica.com 2024-12-16, today.thefinancialexpress.com.bd 2024-12-14
    { name: 'Ethiopia–Somaliland port deal', aliases: ['Ankara Declaration'] }),
  d('chagos-islands', 'territorial', { gb: 'British Indian Ocean Territory', mu: 'Chagos Archipelago' },
    'Britain separated the archipelago from Mauritius in 1965 and removed its people to make way for the Diego Garcia base; after a 2019 ICJ advisory opinion, the UK signed a treaty in May 2025 handing sovereignty to Mauritius while leasing back Diego Garcia.', // treaty signed 2025-05-22: londondaily.com, easterneye.biz 2025-05-23
    { name: 'Chagos Archipelago dispute', aliases: ['Chagos Archipelago', 'Chagos Islands', 'Chagos'] }),

  // ── Americas and elsewhere ──────────────────────────────────────────────────────────────────
  d('falklands-malvinas', 'territorial', { gb: 'Falkland Islands', ar: 'Islas Malvinas' },
    'British Overseas Territory in the South Atlantic claimed by Argentina; the two fought a war over the islands in 1982.',
    { name: 'Falklands/Malvinas dispute', aliases: ['Malvinas', 'Islas Malvinas', 'Falklands War', 'Malvinas War'] }),
  d('essequibo', 'territorial', { gy: 'Essequibo region', ve: 'Guayana Esequiba' },
    'Venezuela claims the Essequibo region, about two-thirds of Guyana; Guyana asked the International Court of Justice in 2018 to confirm the 1899 arbitral boundary.',
    { name: 'Essequibo dispute', aliases: ['Essequibo', 'Guayana Esequiba', 'Esequibo'] }),
  d('belize-guatemala', 'territorial', { gt: 'Guatemala’s territorial claim', bz: 'Guatemalan claim' },
    'Guatemala claims about half of Belize’s territory; after referendums in both countries (2018 and 2019) the dispute went to the International Court of Justice.',
    { name: 'Belize–Guatemala dispute', aliases: ['Guatemala-Belize dispute', 'Sarstoon'] }),
  d('bolivia-sea-access', 'legal', { bo: 'Return to the sea', cl: 'Bolivia’s maritime claim' },
    'Bolivia lost its coastline to Chile in the 1879–1884 War of the Pacific and seeks sovereign access to the sea; the ICJ ruled in 2018 that Chile is not obliged to negotiate.',
    { name: 'Bolivia–Chile sea access dispute', aliases: ['War of the Pacific'], triggers: ['access to the sea', 'sea access'] }),
  d('gulf-of-mexico-naming', 'maritime', { us: 'Gulf of America', mx: 'Gulf of Mexico' },
    'In 2025 the US renamed the Gulf of Mexico the “Gulf of America” for federal use; Mexico and most of the world keep the established name.', // executive order of 2025-01-20: nbcmiami.com, newser.com 2025-01-21
    { name: 'Gulf of Mexico naming dispute', triggers: ['naming dispute'] }),
  d('cuba-embargo', 'trade', { us: 'Embargo on Cuba', cu: 'Blockade' },
    'US economic embargo on Cuba in place since the early 1960s, which Cuba calls a blockade; the UN General Assembly has condemned it every year since 1992.',
    { name: 'US embargo on Cuba', aliases: ['Cuba embargo', 'Cuban embargo'], triggers: ['trade embargo', 'economic embargo'] }),
  d('aukus-submarine-row', 'security', { fr: 'Cancelled submarine contract', au: 'Attack-class submarine cancellation' },
    'France’s anger after Australia cancelled a French submarine contract in September 2021 to acquire nuclear-powered submarines through AUKUS; Australia paid France compensation in 2022.',
    { name: 'AUKUS submarine row', triggers: ['submarine deal', 'submarine contract', 'Attack-class'] }),

  // ── Trade and energy quarrels between governments ───────────────────────────────────────────
  d('russia-ukraine-gas', 'trade', { ru: 'Russia–Ukraine gas dispute', ua: 'Russia–Ukraine gas dispute' },
    'Quarrels over the price of Russian gas, Ukraine’s debts and the transit of gas to Europe, which led Russia to cut supplies through Ukraine in January 2006 and January 2009; transit ended when the last contract expired at the end of 2024.',
    {
      name: 'Russia–Ukraine gas dispute',
      aliases: ['Russia-Ukraine gas dispute', 'Russian-Ukrainian gas dispute', 'Ukraine-Russia gas dispute', 'Russia-Ukraine gas war'],
      triggers: ['gas dispute', 'gas row', 'gas war', 'gas price dispute', 'gas transit dispute', 'gas cutoff', 'gas cut-off'],
    }),
  d('softwood-lumber', 'trade', { us: 'Softwood lumber dispute', ca: 'Softwood lumber dispute' },
    'Dispute since the early 1980s over Canadian softwood lumber sold in the United States, which the US says is subsidised through low stumpage fees on public land; US duties have been challenged by Canada under NAFTA, its successor and at the WTO, with agreements in between.',
    {
      name: 'Softwood lumber dispute',
      aliases: ['softwood lumber dispute', 'Softwood Lumber Agreement', 'softwood lumber agreement'],
      triggers: ['softwood lumber', 'lumber dispute', 'lumber duties', 'lumber tariffs'],
    }),
  d('australia-china-trade', 'trade', { au: 'Economic coercion by China', cn: 'Trade remedy measures on Australian goods' },
    'From 2020, after Australia called for an independent inquiry into the origins of COVID-19, China imposed duties and informal bans on Australian barley, wine, coal, beef, timber and lobster; most were lifted in 2023 and 2024 as relations thawed.',
    {
      name: 'Australia–China trade dispute',
      aliases: ['Australia-China trade dispute', 'China-Australia trade dispute', 'Australia-China trade war', 'China-Australia trade war'],
      triggers: ['trade dispute', 'trade sanctions', 'economic coercion', 'trade bans', 'barley tariffs', 'wine tariffs'],
    }),
  d('china-lithuania', 'trade', { lt: 'Economic coercion by China', cn: '“Taiwanese Representative Office” issue' },
    'After Lithuania let Taiwan open an office under the name “Taiwanese Representative Office” in Vilnius in November 2021, China downgraded relations and blocked Lithuanian goods and goods containing Lithuanian parts; the EU took China to the WTO over it in January 2022.',
    {
      name: 'China–Lithuania dispute',
      aliases: ['China-Lithuania dispute', 'Lithuania-China dispute', 'Taiwanese Representative Office'],
      triggers: ['economic coercion', 'trade dispute', 'trade restrictions'],
    }),
];
