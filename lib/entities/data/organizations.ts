import type { EntityBase } from '../types';

/**
 * Curated organisations: the UN system and other international bodies, alliances and regional groups,
 * armed and political movements, the main parties and state bodies of the countries Diplomark follows
 * most closely, and the news agencies that appear in datelines.
 *
 * Full, unambiguous names and abbreviations are `aliases`. Generic names that many countries use for
 * their own body ("Foreign Ministry", "National Assembly", "Liberal Democratic Party") are `triggers`:
 * they mean this organisation only when its `country` is in the article.
 *
 * Where the press writes an acronym both ways ("NATO", "Nato"), the mixed-case form is listed first:
 * it also admits the all-capitals spelling, while the reverse would not.
 */

type OrgInput = Omit<EntityBase, 'kind'>;

const FOREIGN_MINISTRY = ['Foreign Ministry', 'Ministry of Foreign Affairs'];
const DEFENSE_MINISTRY = ['Defense Ministry', 'Defence Ministry', 'Ministry of Defense', 'Ministry of Defence'];

const LIST: OrgInput[] = [
  // ── United Nations system ───────────────────────────────────────────────────────────────────
  { id: 'org:un', name: 'United Nations', aliases: ['UN', 'U.N.'], description: 'Intergovernmental organisation of 193 member states' },
  {
    id: 'org:un-security-council', name: 'United Nations Security Council',
    aliases: ['UN Security Council', 'U.N. Security Council', 'UNSC'], triggers: ['Security Council'], within: 'org:un',
    description: 'UN body responsible for international peace and security; five permanent members hold a veto',
  },
  {
    id: 'org:un-general-assembly', name: 'United Nations General Assembly',
    aliases: ['UN General Assembly', 'U.N. General Assembly', 'UNGA'], triggers: ['General Assembly'], within: 'org:un',
    description: 'The UN’s main deliberative body, in which every member state has a vote',
  },
  {
    id: 'org:un-human-rights-council', name: 'United Nations Human Rights Council',
    aliases: ['UN Human Rights Council', 'U.N. Human Rights Council'], triggers: ['Human Rights Council'], within: 'org:un',
    description: 'UN body of 47 member states that reviews human rights worldwide',
  },
  {
    id: 'org:ohchr', name: 'Office of the United Nations High Commissioner for Human Rights',
    aliases: ['OHCHR', 'UN human rights office', 'U.N. human rights office'],
    description: 'The UN’s human rights secretariat in Geneva',
  },
  {
    id: 'org:unhcr', name: 'United Nations High Commissioner for Refugees',
    aliases: ['UNHCR', 'UN refugee agency', 'U.N. refugee agency', 'UN Refugee Agency'],
    description: 'UN agency for refugees and displaced people',
  },
  { id: 'org:unicef', name: 'United Nations Children’s Fund', aliases: ['Unicef', 'UNICEF'], description: 'UN agency for children' },
  {
    id: 'org:unesco', name: 'United Nations Educational, Scientific and Cultural Organization', aliases: ['Unesco', 'UNESCO'],
    description: 'UN agency for education, science and culture; keeps the World Heritage list',
  },
  { id: 'org:wfp', name: 'World Food Programme', aliases: ['WFP', 'World Food Program'], description: 'UN food assistance agency' },
  {
    id: 'org:fao', name: 'Food and Agriculture Organization', aliases: ['FAO', 'UN Food and Agriculture Organization'],
    description: 'UN agency for food security and agriculture',
  },
  { id: 'org:undp', name: 'United Nations Development Programme', aliases: ['UNDP'], description: 'UN development agency' },
  { id: 'org:unep', name: 'United Nations Environment Programme', aliases: ['UNEP'], description: 'UN environment agency' },
  {
    id: 'org:unrwa', name: 'United Nations Relief and Works Agency for Palestine Refugees in the Near East', aliases: ['Unrwa', 'UNRWA', 'United Nations Relief and Works Agency'],
    description: 'UN agency for Palestinian refugees',
  },
  {
    id: 'org:ocha', name: 'United Nations Office for the Coordination of Humanitarian Affairs',
    aliases: ['OCHA', 'UN Office for the Coordination of Humanitarian Affairs'],
    description: 'UN office that coordinates humanitarian aid',
  },
  { id: 'org:iom', name: 'International Organization for Migration', aliases: ['IOM'], description: 'UN migration agency' },
  {
    id: 'org:ilo', name: 'International Labour Organization', aliases: ['ILO', 'International Labor Organization'],
    description: 'UN agency for labour standards',
  },
  { id: 'org:itu', name: 'International Telecommunication Union', aliases: ['ITU'], description: 'UN agency for telecommunications' },
  { id: 'org:icao', name: 'International Civil Aviation Organization', aliases: ['ICAO'], description: 'UN agency for civil aviation' },
  { id: 'org:imo', name: 'International Maritime Organization', aliases: ['IMO'], description: 'UN agency for shipping' },
  {
    id: 'org:wipo', name: 'World Intellectual Property Organization', aliases: ['WIPO'],
    description: 'UN agency for intellectual property',
  },
  { id: 'org:wmo', name: 'World Meteorological Organization', aliases: ['WMO'], description: 'UN agency for weather and climate' },
  {
    id: 'org:unfccc', name: 'United Nations Framework Convention on Climate Change', aliases: ['UNFCCC'],
    description: 'UN climate treaty and its secretariat, which runs the annual COP climate summits',
  },
  {
    id: 'org:ipcc', name: 'Intergovernmental Panel on Climate Change', aliases: ['IPCC'],
    description: 'UN body that assesses climate science',
  },
  {
    id: 'org:unctad', name: 'United Nations Conference on Trade and Development', aliases: ['UNCTAD', 'UN Trade and Development'],
    description: 'UN body for trade and development',
  },
  { id: 'org:unodc', name: 'United Nations Office on Drugs and Crime', aliases: ['UNODC'], description: 'UN office on drugs and crime' },
  { id: 'org:unfpa', name: 'United Nations Population Fund', aliases: ['UNFPA'], description: 'UN sexual and reproductive health agency' },
  { id: 'org:un-women', name: 'UN Women', description: 'UN entity for gender equality' },
  { id: 'org:who', name: 'World Health Organization', aliases: ['WHO'], description: 'UN health agency' },
  { id: 'org:wto', name: 'World Trade Organization', aliases: ['WTO'], description: 'International body that sets and enforces trade rules and settles trade disputes' },
  { id: 'org:imf', name: 'International Monetary Fund', aliases: ['IMF'], description: 'International lender and monitor of the world economy' },
  { id: 'org:world-bank', name: 'World Bank', aliases: ['World Bank Group'], description: 'International development lender' },
  {
    id: 'org:iaea', name: 'International Atomic Energy Agency', aliases: ['IAEA', 'UN nuclear watchdog', 'U.N. nuclear watchdog'],
    description: 'UN-linked agency that inspects nuclear programmes',
  },
  {
    id: 'org:opcw', name: 'Organisation for the Prohibition of Chemical Weapons',
    aliases: ['OPCW', 'Organization for the Prohibition of Chemical Weapons'],
    description: 'Body that implements the Chemical Weapons Convention',
  },
  {
    id: 'org:ctbto', name: 'Comprehensive Nuclear-Test-Ban Treaty Organization', aliases: ['CTBTO'],
    description: 'Body that monitors the ban on nuclear tests',
  },
  {
    id: 'org:icj', name: 'International Court of Justice', aliases: ['ICJ', 'World Court'],
    description: 'The UN’s principal court, which settles disputes between states',
  },
  {
    id: 'org:icc', name: 'International Criminal Court', aliases: ['ICC'],
    description: 'Court in The Hague that tries individuals for genocide, war crimes and crimes against humanity',
  },
  {
    id: 'org:pca', name: 'Permanent Court of Arbitration',
    description: 'Arbitral institution in The Hague; administered the 2016 South China Sea arbitration',
  },
  {
    id: 'org:itlos', name: 'International Tribunal for the Law of the Sea', aliases: ['ITLOS'],
    description: 'Court for disputes under the UN Convention on the Law of the Sea',
  },
  {
    id: 'org:un-command', name: 'United Nations Command', aliases: ['UN Command', 'U.N. Command'],
    description: 'US-led multinational command in South Korea set up in 1950, signatory of the Korean War armistice',
  },
  {
    id: 'org:unifil', name: 'United Nations Interim Force in Lebanon', aliases: ['UNIFIL'],
    description: 'UN peacekeeping force in southern Lebanon',
  },

  // ── Other international bodies ──────────────────────────────────────────────────────────────
  {
    id: 'org:interpol', name: 'Interpol', aliases: ['International Criminal Police Organization'],
    description: 'International police cooperation organisation',
  },
  {
    id: 'org:oecd', name: 'Organisation for Economic Co-operation and Development',
    aliases: ['OECD', 'Organization for Economic Cooperation and Development', 'Organisation for Economic Cooperation and Development'],
    description: 'Forum of 38 mostly high-income economies',
  },
  { id: 'org:wef', name: 'World Economic Forum', aliases: ['WEF'], description: 'Foundation that holds the annual Davos meeting' },
  { id: 'org:ioc', name: 'International Olympic Committee', aliases: ['IOC'], description: 'Governing body of the Olympic movement' },
  {
    id: 'org:icrc', name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross', 'International Red Cross'],
    description: 'Humanitarian organisation that guards the Geneva Conventions',
    // "the American Red Cross", "the Kenya Red Cross": a national society, not the committee.
    guards: [{ alias: 'Red Cross', notAfterCapitalised: true }],
  },
  {
    id: 'org:msf', name: 'Médecins Sans Frontières', aliases: ['MSF', 'Doctors Without Borders'],
    description: 'International medical humanitarian organisation',
  },
  { id: 'org:amnesty-international', name: 'Amnesty International', description: 'International human rights organisation' },
  { id: 'org:human-rights-watch', name: 'Human Rights Watch', aliases: ['HRW'], description: 'International human rights organisation' },
  {
    id: 'org:fatf', name: 'Financial Action Task Force', aliases: ['FATF'],
    description: 'Intergovernmental watchdog on money laundering and terrorist financing',
  },
  { id: 'org:iea', name: 'International Energy Agency', aliases: ['IEA'], description: 'Energy policy agency of mostly OECD countries' },
  { id: 'org:nsg', name: 'Nuclear Suppliers Group', aliases: ['NSG'], description: 'Group of states that controls nuclear exports' },
  {
    id: 'org:bank-for-international-settlements', name: 'Bank for International Settlements',
    description: 'Bank of the world’s central banks, in Basel',
  },

  // ── Alliances, groupings and regional organisations ─────────────────────────────────────────
  {
    id: 'org:nato', name: 'North Atlantic Treaty Organization', aliases: ['Nato', 'NATO', 'North Atlantic Alliance', 'North Atlantic Treaty Organisation'],
    description: 'Military alliance of North American and European states founded in 1949',
  },
  { id: 'org:eu', name: 'European Union', aliases: ['EU', 'E.U.'], description: 'Political and economic union of 27 European states' },
  { id: 'org:european-commission', name: 'European Commission', aliases: ['EU Commission'], triggers: ['Commission'], within: 'org:eu', description: 'Executive body of the European Union' },
  { id: 'org:european-parliament', name: 'European Parliament', description: 'Directly elected legislature of the European Union' },
  { id: 'org:european-council', name: 'European Council', description: 'Body of EU heads of state or government that sets the union’s direction' },
  {
    id: 'org:council-of-the-eu', name: 'Council of the European Union', aliases: ['Council of the EU'],
    description: 'EU body of national ministers that adopts laws with the European Parliament',
  },
  { id: 'org:ecb', name: 'European Central Bank', aliases: ['ECB'], description: 'Central bank of the euro area' },
  {
    id: 'org:cjeu', name: 'Court of Justice of the European Union', aliases: ['CJEU', 'European Court of Justice', 'ECJ'],
    description: 'Highest court of the European Union',
  },
  { id: 'org:eeas', name: 'European External Action Service', aliases: ['EEAS'], description: 'Diplomatic service of the European Union' },
  { id: 'org:frontex', name: 'Frontex', aliases: ['European Border and Coast Guard Agency'], description: 'EU border agency' },
  {
    id: 'org:echr', name: 'European Court of Human Rights', aliases: ['ECtHR'],
    description: 'Council of Europe court that rules on the European Convention on Human Rights',
  },
  { id: 'org:council-of-europe', name: 'Council of Europe', description: 'European human rights organisation of 46 member states' },
  {
    id: 'org:osce', name: 'Organization for Security and Co-operation in Europe',
    aliases: ['OSCE', 'Organization for Security and Cooperation in Europe'],
    description: 'Security organisation of 57 states in Europe, Central Asia and North America',
  },
  {
    id: 'org:csto', name: 'Collective Security Treaty Organization', aliases: ['CSTO'],
    description: 'Russia-led military alliance of post-Soviet states',
  },
  {
    id: 'org:cis', name: 'Commonwealth of Independent States', aliases: ['CIS'],
    description: 'Regional organisation of post-Soviet states',
  },
  {
    id: 'org:eaeu', name: 'Eurasian Economic Union', aliases: ['EAEU'],
    description: 'Russia-led economic union of post-Soviet states',
  },
  {
    id: 'org:sco', name: 'Shanghai Cooperation Organisation', aliases: ['SCO', 'Shanghai Cooperation Organization'],
    description: 'Eurasian political and security organisation led by China and Russia',
  },
  { id: 'org:brics', name: 'BRICS', aliases: ['Brics'], description: 'Group of emerging economies named after Brazil, Russia, India, China and South Africa, enlarged since 2024' },
  { id: 'org:g7', name: 'Group of Seven', aliases: ['G7', 'G-7'], description: 'Forum of seven major advanced economies and the EU' },
  { id: 'org:g20', name: 'Group of Twenty', aliases: ['G20', 'G-20'], description: 'Forum of 19 major economies, the EU and the African Union' },
  { id: 'org:g8', name: 'Group of Eight', aliases: ['G8', 'G-8'], description: 'The G7 plus Russia, 1997–2014' },
  {
    id: 'org:quad', name: 'Quadrilateral Security Dialogue', aliases: ['Quad'],
    description: 'Strategic dialogue of Australia, India, Japan and the United States',
  },
  {
    id: 'org:aukus', name: 'AUKUS', aliases: ['Aukus'],
    description: 'Security pact of Australia, the United Kingdom and the United States announced in 2021',
  },
  {
    id: 'org:five-eyes', name: 'Five Eyes', aliases: ['Five Eyes alliance'],
    description: 'Intelligence alliance of Australia, Canada, New Zealand, the United Kingdom and the United States',
  },
  {
    id: 'org:asean', name: 'Association of Southeast Asian Nations', aliases: ['Asean', 'ASEAN', 'Association of South East Asian Nations'],
    description: 'Regional organisation of Southeast Asian states',
  },
  { id: 'org:asean-regional-forum', name: 'ASEAN Regional Forum', description: 'Asia-Pacific security dialogue convened by ASEAN' },
  { id: 'org:east-asia-summit', name: 'East Asia Summit', description: 'Annual leaders’ forum of ASEAN and eight partner countries' },
  {
    id: 'org:apec', name: 'Asia-Pacific Economic Cooperation', aliases: ['Apec', 'APEC'],
    description: 'Forum of 21 Pacific Rim economies',
  },
  { id: 'org:african-union', name: 'African Union', aliases: ['AU'], description: 'Continental union of 55 African states' },
  {
    id: 'org:ecowas', name: 'Economic Community of West African States', aliases: ['Ecowas', 'ECOWAS'],
    description: 'Regional bloc of West African states',
  },
  { id: 'org:sadc', name: 'Southern African Development Community', aliases: ['SADC'], description: 'Regional bloc of southern African states' },
  { id: 'org:igad', name: 'Intergovernmental Authority on Development', aliases: ['IGAD'], description: 'Regional bloc of Horn of Africa states' },
  { id: 'org:eac', name: 'East African Community', aliases: ['EAC'], description: 'Regional bloc of East African states' },
  { id: 'org:oas', name: 'Organization of American States', aliases: ['OAS'], description: 'Regional organisation of the states of the Americas' },
  { id: 'org:mercosur', name: 'Mercosur', aliases: ['Mercosul', 'Southern Common Market'], description: 'South American trade bloc' },
  {
    id: 'org:celac', name: 'Community of Latin American and Caribbean States', aliases: ['CELAC'],
    description: 'Regional forum of Latin American and Caribbean states',
  },
  { id: 'org:caricom', name: 'Caribbean Community', aliases: ['Caricom', 'CARICOM'], description: 'Regional organisation of Caribbean states' },
  { id: 'org:arab-league', name: 'Arab League', aliases: ['League of Arab States'], description: 'Regional organisation of 22 Arab states' },
  {
    id: 'org:gcc', name: 'Gulf Cooperation Council', aliases: ['GCC', 'Cooperation Council for the Arab States of the Gulf'],
    description: 'Political and economic union of six Gulf monarchies',
  },
  {
    id: 'org:oic', name: 'Organisation of Islamic Cooperation',
    // Named the Organisation of the Islamic Conference until June 2011.
    aliases: ['OIC', 'Organization of Islamic Cooperation', 'Organisation of the Islamic Conference', 'Organization of the Islamic Conference'],
    description: 'Organisation of 57 states with large Muslim populations',
  },
  {
    id: 'org:opec', name: 'Organization of the Petroleum Exporting Countries', aliases: ['Opec', 'OPEC'],
    description: 'Cartel of oil-exporting countries',
  },
  {
    id: 'org:saarc', name: 'South Asian Association for Regional Cooperation', aliases: ['SAARC'],
    description: 'Regional organisation of South Asian states',
  },
  { id: 'org:pacific-islands-forum', name: 'Pacific Islands Forum', description: 'Regional organisation of Pacific island states' },
  { id: 'org:aiib', name: 'Asian Infrastructure Investment Bank', aliases: ['AIIB'], description: 'China-initiated multilateral development bank' },
  { id: 'org:adb', name: 'Asian Development Bank', aliases: ['ADB'], description: 'Multilateral development bank for Asia and the Pacific' },
  {
    id: 'org:ebrd', name: 'European Bank for Reconstruction and Development', aliases: ['EBRD'],
    description: 'Multilateral development bank',
  },
  { id: 'org:new-development-bank', name: 'New Development Bank', description: 'Development bank set up by the BRICS countries' },
  {
    id: 'org:commonwealth-of-nations', name: 'Commonwealth of Nations', aliases: ['Commonwealth Secretariat'],
    description: 'Association of 56 states, most of them former British territories',
  },
  { id: 'org:non-aligned-movement', name: 'Non-Aligned Movement', description: 'Forum of states not formally aligned with a major power bloc' },

  // ── Armed, militant and political movements ─────────────────────────────────────────────────
  { id: 'org:hamas', name: 'Hamas', country: 'country:ps', description: 'Palestinian Islamist movement that took control of the Gaza Strip in 2007' },
  {
    id: 'org:hezbollah', name: 'Hezbollah', aliases: ['Hizbollah', 'Hizballah'], country: 'country:lb',
    description: 'Lebanese Shia political party and armed group backed by Iran',
  },
  {
    id: 'org:houthis', name: 'Houthis', aliases: ['Houthi', 'Houthi movement', 'Ansar Allah', 'Ansarallah'], country: 'country:ye',
    description: 'Yemeni armed movement that controls the capital Sanaa and much of northern Yemen',
  },
  { id: 'org:taliban', name: 'Taliban', country: 'country:af', description: 'Islamist movement that has ruled Afghanistan since August 2021' },
  {
    id: 'org:islamic-state', name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'Daesh', 'Islamic State group'],
    // "IS" alone is its name only in an article that has named the group otherwise.
    triggers: ['IS'],
    description: 'Jihadist group that held territory in Iraq and Syria 2014–2019',
  },
  { id: 'org:al-qaeda', name: 'al-Qaeda', aliases: ['al-Qaida'], description: 'Jihadist network founded by Osama bin Laden' },
  {
    id: 'org:hts', name: 'Hayat Tahrir al-Sham', aliases: ['HTS'], country: 'country:sy',
    description: 'Syrian Islamist group that led the offensive that toppled Bashar al-Assad in December 2024',
  },
  {
    id: 'org:syrian-democratic-forces', name: 'Syrian Democratic Forces', country: 'country:sy',
    description: 'Kurdish-led alliance that controls much of north-eastern Syria',
  },
  {
    id: 'org:polisario-front', name: 'Polisario Front', aliases: ['Polisario'], country: 'country:eh',
    description: 'Sahrawi independence movement that claims Western Sahara',
  },
  {
    id: 'org:pkk', name: 'Kurdistan Workers’ Party', aliases: ['PKK'], country: 'country:tr',
    description: 'Kurdish militant group that fought the Turkish state from 1984; announced its dissolution in 2025',
  },
  {
    id: 'org:plo', name: 'Palestine Liberation Organization', aliases: ['PLO'], country: 'country:ps',
    description: 'Umbrella organisation that represents Palestinians internationally',
  },
  { id: 'org:fatah', name: 'Fatah', country: 'country:ps', description: 'Palestinian nationalist party that leads the Palestinian Authority' },
  {
    id: 'org:palestinian-authority', name: 'Palestinian Authority', aliases: ['Palestinian National Authority'], country: 'country:ps',
    description: 'Palestinian self-government body created by the Oslo Accords, based in Ramallah',
  },
  {
    id: 'org:wagner-group', name: 'Wagner Group', aliases: ['PMC Wagner', 'Wagner mercenary group'], triggers: ['Wagner'], country: 'country:ru',
    description: 'Russian mercenary company active in Ukraine, Syria and Africa',
  },

  // ── Japan ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'org:jp-ldp', name: 'Liberal Democratic Party of Japan', triggers: ['Liberal Democratic Party', 'LDP'], country: 'country:jp',
    native: ['自由民主党', '自民党'], description: 'Japan’s conservative party, in power for most of the time since 1955',
  },
  {
    id: 'org:jp-cdp', name: 'Constitutional Democratic Party of Japan', aliases: ['Constitutional Democratic Party', 'CDPJ'],
    triggers: ['CDP'], country: 'country:jp', native: ['立憲民主党'], description: 'Japan’s largest opposition party',
  },
  { id: 'org:jp-komeito', name: 'Komeito', aliases: ['New Komeito'], country: 'country:jp', native: ['公明党'], description: 'Japanese party backed by the Soka Gakkai Buddhist movement; long the LDP’s coalition partner, until 2025' },
  {
    id: 'org:jp-ishin', name: 'Japan Innovation Party', aliases: ['Nippon Ishin no Kai', 'Ishin'], country: 'country:jp',
    native: ['日本維新の会'], description: 'Osaka-based Japanese reformist party',
  },
  {
    id: 'org:jp-dpfp', name: 'Democratic Party for the People', aliases: ['DPFP'], country: 'country:jp',
    native: ['国民民主党'], description: 'Japanese centrist opposition party',
  },
  { id: 'org:jp-sanseito', name: 'Sanseito', country: 'country:jp', native: ['参政党'], description: 'Japanese right-wing populist party' },
  {
    id: 'org:jp-diet', name: 'National Diet', aliases: ['Diet of Japan', 'Japanese Diet', 'House of Councillors'], triggers: ['Diet', 'House of Representatives'],
    country: 'country:jp', description: 'Japan’s bicameral parliament',
  },
  {
    id: 'org:jp-mofa', name: 'Ministry of Foreign Affairs of Japan', aliases: ['Japanese Foreign Ministry', 'Gaimusho'],
    triggers: FOREIGN_MINISTRY, country: 'country:jp', description: 'Japan’s foreign ministry',
  },
  {
    id: 'org:jp-mod', name: 'Ministry of Defense of Japan', aliases: ['Japanese Defense Ministry', 'Japanese Defence Ministry'],
    triggers: DEFENSE_MINISTRY, country: 'country:jp', native: ['防衛省'], description: 'Japan’s defence ministry',
  },
  {
    id: 'org:jp-meti', name: 'Ministry of Economy, Trade and Industry', aliases: ['METI', 'Economy, Trade and Industry Ministry'],
    triggers: ['Ministry of Economy', 'Industry Ministry'], country: 'country:jp', native: ['経済産業省'],
    description: 'Japanese ministry for trade and industry, which administers export controls',
  },
  {
    id: 'org:jp-self-defense-forces', name: 'Japan Self-Defense Forces',
    aliases: ['Japan Self-Defence Forces', 'Japanese Self-Defense Forces', 'JSDF'],
    triggers: ['Self-Defense Forces', 'Self-Defence Forces', 'SDF'], country: 'country:jp', native: ['自衛隊'],
    description: 'Japan’s armed forces',
  },
  {
    id: 'org:jp-maritime-self-defense-force', name: 'Japan Maritime Self-Defense Force',
    aliases: ['Maritime Self-Defense Force', 'Maritime Self-Defence Force', 'JMSDF'], country: 'country:jp', native: ['海上自衛隊'],
    description: 'Japan’s navy',
  },
  {
    id: 'org:jp-air-self-defense-force', name: 'Japan Air Self-Defense Force',
    aliases: ['Air Self-Defense Force', 'Air Self-Defence Force', 'JASDF'], country: 'country:jp', native: ['航空自衛隊'],
    description: 'Japan’s air force',
  },
  {
    id: 'org:jp-ground-self-defense-force', name: 'Japan Ground Self-Defense Force',
    aliases: ['Ground Self-Defense Force', 'Ground Self-Defence Force', 'JGSDF'], country: 'country:jp', native: ['陸上自衛隊'],
    description: 'Japan’s army',
  },
  {
    id: 'org:jp-coast-guard', name: 'Japan Coast Guard', triggers: ['Coast Guard'], country: 'country:jp', native: ['海上保安庁'],
    description: 'Japan’s maritime law-enforcement agency',
  },
  { id: 'org:jp-bank-of-japan', name: 'Bank of Japan', aliases: ['BoJ', 'BOJ'], country: 'country:jp', native: ['日本銀行'], description: 'Japan’s central bank' },
  { id: 'org:jp-kyodo-news', orgType: 'media', name: 'Kyodo News', aliases: ['Kyodo'], country: 'country:jp', description: 'Japanese news agency' },
  { id: 'org:jp-jiji-press', name: 'Jiji Press', aliases: ['Jiji'], country: 'country:jp', description: 'Japanese news agency' },
  { id: 'org:jp-nhk', name: 'NHK', aliases: ['Japan Broadcasting Corporation'], country: 'country:jp', description: 'Japan’s public broadcaster' },

  // ── South Korea ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'org:kr-national-assembly', name: 'National Assembly of South Korea',
    aliases: ['National Assembly of the Republic of Korea', 'South Korean National Assembly'], triggers: ['National Assembly'],
    country: 'country:kr', native: ['대한민국 국회'], description: 'South Korea’s unicameral parliament',
  },
  {
    id: 'org:kr-mofa', name: 'Ministry of Foreign Affairs of South Korea', aliases: ['South Korean Foreign Ministry'],
    triggers: FOREIGN_MINISTRY, country: 'country:kr', description: 'South Korea’s foreign ministry',
  },
  {
    id: 'org:kr-mnd', name: 'Ministry of National Defense of South Korea', aliases: ['South Korean Defense Ministry', 'South Korean Defence Ministry'],
    triggers: [...DEFENSE_MINISTRY, 'Ministry of National Defense'], country: 'country:kr',
    description: 'South Korea’s defence ministry',
  },
  {
    id: 'org:kr-unification-ministry', name: 'Ministry of Unification', aliases: ['Unification Ministry'], country: 'country:kr',
    native: ['통일부'], description: 'South Korean ministry for relations with North Korea',
  },
  {
    id: 'org:kr-joint-chiefs-of-staff', name: 'Joint Chiefs of Staff of South Korea', aliases: ['South Korean Joint Chiefs of Staff'],
    triggers: ['Joint Chiefs of Staff', 'JCS'], country: 'country:kr',
    description: 'South Korea’s military command',
  },
  {
    id: 'org:kr-democratic-party', name: 'Democratic Party of Korea', aliases: ['Minjoo Party of Korea'], triggers: ['Democratic Party'],
    country: 'country:kr', native: ['더불어민주당'], description: 'South Korea’s main liberal party',
  },
  {
    id: 'org:kr-people-power-party', name: 'People Power Party', triggers: ['PPP'], country: 'country:kr', native: ['국민의힘'],
    description: 'South Korea’s main conservative party',
  },
  {
    id: 'org:kr-nis', name: 'National Intelligence Service of South Korea', triggers: ['National Intelligence Service', 'NIS'],
    country: 'country:kr', native: ['국가정보원'], description: 'South Korea’s intelligence agency',
  },
  {
    id: 'org:kr-constitutional-court', name: 'Constitutional Court of Korea', triggers: ['Constitutional Court'], country: 'country:kr',
    description: 'South Korean court that rules on impeachments and constitutional cases',
  },
  { id: 'org:kr-yonhap', orgType: 'media', name: 'Yonhap News Agency', aliases: ['Yonhap'], country: 'country:kr', description: 'South Korean news agency' },

  // ── North Korea ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'org:kp-workers-party-of-korea', name: 'Workers’ Party of Korea', aliases: ['WPK', 'Korean Workers’ Party'], country: 'country:kp',
    native: ['조선로동당'], description: 'North Korea’s ruling party',
  },
  {
    id: 'org:kp-wpk-politburo', name: 'Politburo of the Workers’ Party of Korea', triggers: ['Politburo', 'Political Bureau'],
    country: 'country:kp', description: 'The leading body of North Korea’s ruling party',
  },
  {
    id: 'org:kp-wpk-central-committee', name: 'Central Committee of the Workers’ Party of Korea',
    aliases: ['WPK Central Committee'], triggers: ['Central Committee'], country: 'country:kp',
    description: 'The committee of North Korea’s ruling party that elects its Politburo',
  },
  {
    id: 'org:kp-korean-peoples-army', name: 'Korean People’s Army', aliases: ['KPA'], country: 'country:kp', native: ['조선인민군'],
    description: 'North Korea’s armed forces',
  },
  {
    id: 'org:kp-kcna', name: 'Korean Central News Agency', aliases: ['KCNA'], country: 'country:kp', native: ['조선중앙통신'],
    description: 'North Korea’s state news agency',
  },
  {
    id: 'org:kp-supreme-peoples-assembly', name: 'Supreme People’s Assembly', country: 'country:kp', native: ['최고인민회의'],
    description: 'North Korea’s legislature',
  },

  // ── China and Taiwan ────────────────────────────────────────────────────────────────────────
  {
    id: 'org:cn-ccp', name: 'Chinese Communist Party', aliases: ['Communist Party of China', 'CCP', 'CPC'], country: 'country:cn',
    native: ['中国共产党', '中國共產黨'], description: 'China’s ruling party',
  },
  // The party's leading bodies, named in news by their generic names once China is named: "the Politburo".
  {
    id: 'org:cn-ccp-politburo', name: 'Politburo of the Chinese Communist Party',
    aliases: ['Chinese Communist Party Politburo', 'CCP Politburo', 'CPC Politburo', 'Political Bureau of the CPC Central Committee'],
    triggers: ['Politburo', 'Political Bureau'], country: 'country:cn', native: ['中共中央政治局'],
    description: 'The Chinese Communist Party’s leading body of about two dozen members',
  },
  {
    id: 'org:cn-politburo-standing-committee', name: 'Politburo Standing Committee of the Chinese Communist Party',
    aliases: ['CCP Politburo Standing Committee', 'CPC Politburo Standing Committee'],
    triggers: ['Politburo Standing Committee', 'Standing Committee of the Politburo'], country: 'country:cn', native: ['中共中央政治局常务委员会'],
    description: 'The Chinese Communist Party’s top leadership, of seven members under Xi Jinping',
  },
  {
    id: 'org:cn-ccp-central-committee', name: 'Central Committee of the Chinese Communist Party',
    aliases: ['CCP Central Committee', 'CPC Central Committee'], triggers: ['Central Committee'], country: 'country:cn',
    description: 'The Chinese Communist Party’s committee of about 200 members, which elects the Politburo',
  },
  {
    id: 'org:cn-pla', name: 'People’s Liberation Army', aliases: ['PLA'], country: 'country:cn', native: ['中国人民解放军'],
    description: 'China’s armed forces, under the Communist Party',
  },
  {
    id: 'org:cn-central-military-commission', name: 'Central Military Commission', country: 'country:cn', native: ['中央军事委员会'],
    description: 'Body that commands China’s armed forces, chaired by Xi Jinping',
  },
  {
    id: 'org:cn-mfa', name: 'Ministry of Foreign Affairs of China', aliases: ['Chinese Foreign Ministry'],
    triggers: FOREIGN_MINISTRY, country: 'country:cn', native: ['中华人民共和国外交部'], description: 'China’s foreign ministry',
  },
  {
    id: 'org:cn-mnd', name: 'Ministry of National Defense of China', aliases: ['Chinese Defense Ministry', 'Chinese Defence Ministry'],
    triggers: [...DEFENSE_MINISTRY, 'Ministry of National Defense'], country: 'country:cn', description: 'China’s defence ministry',
  },
  {
    id: 'org:cn-mofcom', name: 'Ministry of Commerce of China', aliases: ['MOFCOM', 'Chinese Commerce Ministry'],
    triggers: ['Commerce Ministry', 'Ministry of Commerce'], country: 'country:cn',
    description: 'Chinese ministry for trade, which administers China’s export controls',
  },
  {
    id: 'org:cn-npc', name: 'National People’s Congress', aliases: ['NPC'], country: 'country:cn', native: ['全国人民代表大会'],
    description: 'China’s legislature',
  },
  {
    id: 'org:cn-coast-guard', name: 'China Coast Guard', triggers: ['Coast Guard'], country: 'country:cn', native: ['中国海警'],
    description: 'China’s maritime law-enforcement agency, under the People’s Armed Police',
  },
  { id: 'org:cn-xinhua', orgType: 'media', name: 'Xinhua News Agency', aliases: ['Xinhua'], country: 'country:cn', native: ['新华社'], description: 'China’s state news agency' },
  {
    id: 'org:tw-dpp', name: 'Democratic Progressive Party', aliases: ['DPP'], country: 'country:tw', native: ['民主進步黨', '民進黨'],
    description: 'Taiwanese party that favours Taiwan’s separate identity',
  },
  {
    id: 'org:tw-kmt', name: 'Kuomintang', aliases: ['KMT', 'Chinese Nationalist Party'], country: 'country:tw', native: ['中國國民黨', '國民黨'],
    description: 'Taiwanese party that favours closer ties with China',
  },

  // ── United States ───────────────────────────────────────────────────────────────────────────
  {
    id: 'org:us-state-department', name: 'United States Department of State',
    aliases: ['State Department', 'U.S. State Department', 'US State Department', 'Department of State'], country: 'country:us',
    description: 'The US foreign ministry',
  },
  {
    id: 'org:us-pentagon', name: 'United States Department of Defense',
    aliases: ['Pentagon', 'Department of Defense', 'Defense Department', 'U.S. Defense Department', 'Department of War', 'DoD'],
    country: 'country:us', description: 'The US defence ministry (also styled Department of War since September 2025)',
  },
  { id: 'org:us-white-house', name: 'White House', country: 'country:us', description: 'Residence and office of the US president; by extension the administration' },
  {
    id: 'org:us-congress', name: 'United States Congress', aliases: ['U.S. Congress', 'US Congress'], triggers: ['Congress'],
    country: 'country:us', description: 'The US legislature',
  },
  {
    id: 'org:us-senate', name: 'United States Senate', aliases: ['U.S. Senate', 'US Senate'], triggers: ['Senate'], country: 'country:us',
    description: 'Upper house of the US Congress',
  },
  {
    id: 'org:us-house-of-representatives', name: 'United States House of Representatives',
    aliases: ['U.S. House of Representatives', 'US House of Representatives', 'U.S. House'], triggers: ['House of Representatives'],
    country: 'country:us', description: 'Lower house of the US Congress',
  },
  { id: 'org:us-republican-party', name: 'Republican Party', aliases: ['GOP'], triggers: ['Republicans'], country: 'country:us', description: 'US conservative party' },
  {
    id: 'org:us-democratic-party', name: 'US Democratic Party', aliases: ['U.S. Democratic Party'], triggers: ['Democratic Party', 'Democrats'],
    country: 'country:us', description: 'US liberal party',
  },
  { id: 'org:us-cia', name: 'Central Intelligence Agency', aliases: ['CIA'], country: 'country:us', description: 'US foreign intelligence agency' },
  { id: 'org:us-fbi', name: 'Federal Bureau of Investigation', aliases: ['FBI'], country: 'country:us', description: 'US federal law-enforcement agency' },
  {
    id: 'org:us-national-security-council', name: 'United States National Security Council', aliases: ['U.S. National Security Council'],
    triggers: ['National Security Council', 'NSC'], country: 'country:us', description: 'The US president’s national security staff',
  },
  {
    id: 'org:us-treasury', name: 'United States Department of the Treasury',
    aliases: ['Treasury Department', 'U.S. Treasury', 'US Treasury', 'U.S. Treasury Department'], triggers: ['Treasury'],
    country: 'country:us', description: 'US finance ministry, which administers sanctions',
  },
  {
    id: 'org:us-commerce-department', name: 'United States Department of Commerce',
    aliases: ['U.S. Commerce Department', 'US Commerce Department', 'U.S. Department of Commerce'], triggers: ['Commerce Department', 'Department of Commerce'],
    country: 'country:us', description: 'US ministry for trade and industry',
  },
  {
    id: 'org:us-bis', name: 'Bureau of Industry and Security', triggers: ['BIS'], country: 'country:us',
    description: 'US Commerce Department agency that administers export controls and the Entity List',
  },
  {
    id: 'org:us-ustr', name: 'Office of the United States Trade Representative', aliases: ['USTR', 'U.S. Trade Representative', 'US Trade Representative'],
    country: 'country:us', description: 'US agency that negotiates trade agreements',
  },
  {
    id: 'org:us-indo-pacific-command', name: 'United States Indo-Pacific Command',
    aliases: ['U.S. Indo-Pacific Command', 'US Indo-Pacific Command', 'Indo-Pacific Command', 'INDOPACOM'], country: 'country:us',
    description: 'US military command for the Indo-Pacific region',
  },
  {
    id: 'org:us-forces-korea', name: 'United States Forces Korea', aliases: ['U.S. Forces Korea', 'US Forces Korea', 'USFK'], country: 'country:us',
    description: 'US military forces stationed in South Korea',
  },
  {
    id: 'org:us-forces-japan', name: 'United States Forces Japan', aliases: ['U.S. Forces Japan', 'US Forces Japan', 'USFJ'], country: 'country:us',
    description: 'US military forces stationed in Japan',
  },
  {
    id: 'org:us-seventh-fleet', name: 'US Seventh Fleet', aliases: ['U.S. Seventh Fleet', 'Seventh Fleet', '7th Fleet'], country: 'country:us',
    description: 'US Navy fleet based in Yokosuka, Japan',
  },
  {
    id: 'org:us-joint-chiefs-of-staff', name: 'US Joint Chiefs of Staff', aliases: ['U.S. Joint Chiefs of Staff'], triggers: ['Joint Chiefs of Staff'],
    country: 'country:us', description: 'Body of the senior US military commanders',
  },
  {
    id: 'org:us-federal-reserve', name: 'Federal Reserve', aliases: ['US Federal Reserve', 'U.S. Federal Reserve', 'Fed'], country: 'country:us',
    description: 'The US central bank',
  },
  {
    id: 'org:us-supreme-court', name: 'Supreme Court of the United States', aliases: ['U.S. Supreme Court', 'US Supreme Court'],
    triggers: ['Supreme Court'], country: 'country:us', description: 'The highest US court',
  },
  {
    id: 'org:us-usaid', name: 'United States Agency for International Development', aliases: ['USAID'], country: 'country:us',
    description: 'US foreign aid agency, largely dismantled in 2025',
  },
  { id: 'org:us-voice-of-america', name: 'Voice of America', aliases: ['VOA'], country: 'country:us', description: 'US government-funded international broadcaster' },

  // ── Russia ──────────────────────────────────────────────────────────────────────────────────
  { id: 'org:ru-kremlin', name: 'Kremlin', country: 'country:ru', description: 'Seat of the Russian presidency; by extension the Russian leadership' },
  {
    id: 'org:ru-mfa', name: 'Ministry of Foreign Affairs of Russia', aliases: ['Russian Foreign Ministry'], triggers: FOREIGN_MINISTRY,
    country: 'country:ru', native: ['МИД России'], description: 'Russia’s foreign ministry',
  },
  {
    id: 'org:ru-mod', name: 'Ministry of Defence of Russia', aliases: ['Russian Defence Ministry', 'Russian Defense Ministry'],
    triggers: DEFENSE_MINISTRY, country: 'country:ru', description: 'Russia’s defence ministry',
  },
  {
    id: 'org:ru-security-council', name: 'Security Council of Russia', aliases: ['Russian Security Council', 'Security Council of the Russian Federation'],
    country: 'country:ru', description: 'Russian presidential advisory body on national security',
  },
  { id: 'org:ru-united-russia', name: 'United Russia', country: 'country:ru', native: ['Единая Россия'], description: 'Russia’s ruling party' },
  {
    id: 'org:ru-ldpr', name: 'Liberal Democratic Party of Russia', aliases: ['LDPR'], country: 'country:ru',
    description: 'Russian nationalist party',
  },
  { id: 'org:ru-state-duma', name: 'State Duma', aliases: ['Duma'], country: 'country:ru', description: 'Lower house of Russia’s parliament' },
  { id: 'org:ru-federation-council', name: 'Federation Council', country: 'country:ru', description: 'Upper house of Russia’s parliament' },
  { id: 'org:ru-fsb', name: 'Federal Security Service', aliases: ['FSB'], country: 'country:ru', description: 'Russia’s main security agency' },
  { id: 'org:ru-tass', orgType: 'media', name: 'TASS', aliases: ['Tass'], country: 'country:ru', description: 'Russian state news agency' },
  { id: 'org:ru-ria-novosti', name: 'RIA Novosti', country: 'country:ru', description: 'Russian state news agency' },
  { id: 'org:ru-gazprom', name: 'Gazprom', country: 'country:ru', description: 'Russian state-controlled gas company' },
  { id: 'org:ru-rosatom', name: 'Rosatom', country: 'country:ru', description: 'Russian state nuclear energy corporation' },

  // ── Ukraine ─────────────────────────────────────────────────────────────────────────────────
  { id: 'org:ua-verkhovna-rada', name: 'Verkhovna Rada', aliases: ['Rada'], country: 'country:ua', description: 'Ukraine’s parliament' },
  {
    id: 'org:ua-mfa', name: 'Ministry of Foreign Affairs of Ukraine', aliases: ['Ukrainian Foreign Ministry'], triggers: FOREIGN_MINISTRY,
    country: 'country:ua', description: 'Ukraine’s foreign ministry',
  },
  {
    id: 'org:ua-mod', name: 'Ministry of Defence of Ukraine', aliases: ['Ukrainian Defence Ministry', 'Ukrainian Defense Ministry'],
    triggers: DEFENSE_MINISTRY, country: 'country:ua', description: 'Ukraine’s defence ministry',
  },
  {
    id: 'org:ua-armed-forces', name: 'Armed Forces of Ukraine', aliases: ['Ukrainian Armed Forces'], country: 'country:ua',
    description: 'Ukraine’s military',
  },
  { id: 'org:ua-sbu', name: 'Security Service of Ukraine', aliases: ['SBU'], country: 'country:ua', description: 'Ukraine’s main security agency' },
  {
    id: 'org:ua-nsdc', name: 'National Security and Defense Council of Ukraine',
    aliases: ['National Security and Defense Council', 'National Security and Defence Council', 'NSDC'], country: 'country:ua',
    description: 'Ukraine’s top security policy body, chaired by the president',
  },
  {
    id: 'org:ua-nabu', name: 'National Anti-Corruption Bureau of Ukraine', aliases: ['NABU'], country: 'country:ua',
    description: 'Ukraine’s anti-corruption investigative agency',
  },
  { id: 'org:ua-servant-of-the-people', name: 'Servant of the People', country: 'country:ua', description: 'Ukraine’s ruling party, formed by Volodymyr Zelensky’s team' },

  // ── United Kingdom ──────────────────────────────────────────────────────────────────────────
  {
    id: 'org:gb-fcdo', name: 'Foreign, Commonwealth and Development Office',
    aliases: ['FCDO', 'FCO', 'Foreign and Commonwealth Office', 'Foreign & Commonwealth Office', 'British Foreign Office', 'UK Foreign Office'], triggers: ['Foreign Office'],
    country: 'country:gb', description: 'The UK foreign ministry',
  },
  {
    id: 'org:gb-mod', name: 'UK Ministry of Defence', aliases: ['British Ministry of Defence', 'MoD'], triggers: DEFENSE_MINISTRY,
    country: 'country:gb', description: 'The UK defence ministry',
  },
  { id: 'org:gb-downing-street', name: 'Downing Street', country: 'country:gb', description: 'Residence and office of the British prime minister' },
  {
    id: 'org:gb-parliament', name: 'Parliament of the United Kingdom', aliases: ['UK Parliament', 'British Parliament'], country: 'country:gb',
    description: 'The UK legislature',
  },
  {
    id: 'org:gb-house-of-commons', name: 'British House of Commons', aliases: ['UK House of Commons'], triggers: ['House of Commons'],
    country: 'country:gb', description: 'Lower house of the UK Parliament',
  },
  { id: 'org:gb-house-of-lords', name: 'House of Lords', country: 'country:gb', description: 'Upper house of the UK Parliament' },
  {
    id: 'org:gb-conservative-party', name: 'UK Conservative Party', aliases: ['Conservative and Unionist Party', 'Tories', 'Tory party'],
    triggers: ['Conservative Party', 'Conservatives', 'Tory'], country: 'country:gb', description: 'British centre-right party',
  },
  {
    id: 'org:gb-labour-party', name: 'UK Labour Party', aliases: ['British Labour Party'], triggers: ['Labour Party', 'Labour'],
    country: 'country:gb', description: 'British centre-left party',
  },
  { id: 'org:gb-liberal-democrats', name: 'Liberal Democrats', aliases: ['Lib Dems', 'Lib Dem', 'LibDems'], country: 'country:gb', description: 'British centrist party' },
  { id: 'org:gb-reform-uk', name: 'Reform UK', country: 'country:gb', description: 'British right-wing populist party' },
  { id: 'org:gb-snp', name: 'Scottish National Party', aliases: ['SNP'], country: 'country:gb', description: 'Scottish pro-independence party' },
  { id: 'org:gb-mi6', name: 'Secret Intelligence Service', aliases: ['MI6'], country: 'country:gb', description: 'The UK foreign intelligence service' },
  { id: 'org:gb-mi5', name: 'MI5', country: 'country:gb', description: 'The UK domestic security service' },
  { id: 'org:gb-royal-navy', name: 'Royal Navy', country: 'country:gb', description: 'The UK navy' },
  { id: 'org:gb-treasury', name: 'HM Treasury', triggers: ['Treasury'], country: 'country:gb', description: 'The UK finance ministry' },

  // ── France ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'org:fr-elysee', name: 'Élysée Palace', aliases: ['Élysée'], country: 'country:fr',
    description: 'Residence and office of the French president; by extension the presidency',
  },
  {
    id: 'org:fr-mfa', name: 'Ministry for Europe and Foreign Affairs', aliases: ['French Foreign Ministry', 'Quai d’Orsay'],
    triggers: FOREIGN_MINISTRY, country: 'country:fr', description: 'France’s foreign ministry',
  },
  {
    id: 'org:fr-armed-forces-ministry', name: 'French Ministry of the Armed Forces',
    aliases: ['French Armed Forces Ministry', 'French Defence Ministry', 'French Defense Ministry'],
    triggers: ['Armed Forces Ministry', 'Ministry of the Armed Forces', ...DEFENSE_MINISTRY], country: 'country:fr',
    description: 'France’s defence ministry',
  },
  {
    id: 'org:fr-national-assembly', name: 'National Assembly of France', aliases: ['French National Assembly', 'Assemblée nationale'],
    triggers: ['National Assembly'], country: 'country:fr', description: 'Lower house of the French parliament',
  },
  {
    id: 'org:fr-national-rally', name: 'National Rally', aliases: ['Rassemblement National'], country: 'country:fr',
    description: 'French far-right party, formerly the National Front',
  },
  {
    id: 'org:fr-france-unbowed', name: 'France Unbowed', aliases: ['La France Insoumise', 'LFI'], country: 'country:fr',
    description: 'French left-wing party',
  },
  { id: 'org:fr-les-republicains', name: 'Les Républicains', country: 'country:fr', description: 'French centre-right party' },
  {
    id: 'org:fr-socialist-party', name: 'French Socialist Party', aliases: ['Parti Socialiste'], triggers: ['Socialist Party'],
    country: 'country:fr', description: 'French centre-left party',
  },

  // ── Germany ─────────────────────────────────────────────────────────────────────────────────
  { id: 'org:de-bundestag', name: 'Bundestag', country: 'country:de', description: 'Germany’s federal parliament' },
  {
    id: 'org:de-foreign-office', name: 'Federal Foreign Office', aliases: ['German Foreign Office', 'German Foreign Ministry', 'Auswärtiges Amt'],
    triggers: ['Foreign Office', ...FOREIGN_MINISTRY], country: 'country:de', description: 'Germany’s foreign ministry',
  },
  {
    id: 'org:de-mod', name: 'Federal Ministry of Defence', aliases: ['German Defence Ministry', 'German Defense Ministry'],
    triggers: DEFENSE_MINISTRY, country: 'country:de', description: 'Germany’s defence ministry',
  },
  { id: 'org:de-bundeswehr', name: 'Bundeswehr', country: 'country:de', description: 'Germany’s armed forces' },
  { id: 'org:de-cdu', name: 'Christian Democratic Union', aliases: ['CDU'], country: 'country:de', description: 'German centre-right party' },
  { id: 'org:de-csu', name: 'Christian Social Union', aliases: ['CSU'], country: 'country:de', description: 'Bavarian sister party of the CDU' },
  {
    id: 'org:de-spd', name: 'Social Democratic Party of Germany', aliases: ['SPD'], triggers: ['Social Democrats', 'Social Democratic Party'],
    country: 'country:de', description: 'German centre-left party',
  },
  {
    id: 'org:de-greens', name: 'Alliance 90/The Greens', aliases: ['German Greens'], triggers: ['Greens', 'Green Party'], country: 'country:de',
    description: 'German environmentalist party',
  },
  { id: 'org:de-fdp', name: 'Free Democratic Party', aliases: ['FDP'], country: 'country:de', description: 'German liberal party' },
  {
    id: 'org:de-afd', name: 'Alternative for Germany', aliases: ['AfD', 'Alternative für Deutschland'], country: 'country:de',
    description: 'German far-right party',
  },
  { id: 'org:de-bnd', name: 'Bundesnachrichtendienst', aliases: ['BND'], country: 'country:de', description: 'Germany’s foreign intelligence service' },

  // ── India ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'org:in-mea', name: 'Ministry of External Affairs of India', aliases: ['Indian Ministry of External Affairs', 'Indian External Affairs Ministry'],
    triggers: ['Ministry of External Affairs', 'External Affairs Ministry', 'MEA', ...FOREIGN_MINISTRY], country: 'country:in',
    description: 'India’s foreign ministry',
  },
  {
    id: 'org:in-mod', name: 'Ministry of Defence of India', aliases: ['Indian Defence Ministry', 'Indian Defense Ministry'],
    triggers: DEFENSE_MINISTRY, country: 'country:in', description: 'India’s defence ministry',
  },
  { id: 'org:in-bjp', name: 'Bharatiya Janata Party', aliases: ['BJP'], country: 'country:in', description: 'India’s ruling Hindu nationalist party' },
  {
    id: 'org:in-congress', name: 'Indian National Congress', aliases: ['Congress party'], triggers: ['Congress'], country: 'country:in',
    description: 'India’s main opposition party',
  },
  { id: 'org:in-lok-sabha', name: 'Lok Sabha', country: 'country:in', description: 'Lower house of India’s parliament' },
  { id: 'org:in-rajya-sabha', name: 'Rajya Sabha', country: 'country:in', description: 'Upper house of India’s parliament' },

  // ── Israel and Iran ─────────────────────────────────────────────────────────────────────────
  {
    id: 'org:il-idf', name: 'Israel Defense Forces', aliases: ['IDF', 'Israel Defence Forces', 'Israeli Defense Forces', 'Israeli Defense Force', 'Israel Defense Force'], country: 'country:il',
    description: 'Israel’s armed forces',
  },
  { id: 'org:il-knesset', name: 'Knesset', country: 'country:il', description: 'Israel’s parliament' },
  { id: 'org:il-likud', name: 'Likud', country: 'country:il', description: 'Israeli right-wing party led by Benjamin Netanyahu' },
  { id: 'org:il-mossad', name: 'Mossad', country: 'country:il', description: 'Israel’s foreign intelligence agency' },
  {
    id: 'org:ir-irgc', name: 'Islamic Revolutionary Guard Corps', aliases: ['IRGC', 'Revolutionary Guards', 'Revolutionary Guard Corps', 'Revolutionary Guards Corps', 'Islamic Revolutionary Guards Corps'],
    country: 'country:ir', description: 'Iran’s elite military and security force',
  },

  // ── International news agencies ─────────────────────────────────────────────────────────────
  { id: 'org:reuters', name: 'Reuters', orgType: 'media', description: 'International news agency' },
  { id: 'org:afp', name: 'Agence France-Presse', aliases: ['AFP'], orgType: 'media', description: 'International news agency based in Paris' },
  { id: 'org:ap', name: 'Associated Press', aliases: ['AP'], orgType: 'media', description: 'International news agency based in New York' },
];

export const ORGANIZATIONS: readonly EntityBase[] = LIST.map((o) => ({ ...o, kind: 'organization' }));
