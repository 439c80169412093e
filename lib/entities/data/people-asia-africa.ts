import type { PersonEntity } from '../types';
import { people, r, type PersonInput } from './person-input';

/**
 * Heads of state and government, foreign and defence ministers 2015–2026 of the Middle Eastern,
 * African and Asia-Pacific powers people.ts does not cover: Saudi Arabia, Turkey, Egypt, Israel, Iran,
 * the UAE, Qatar, Indonesia, South Africa, Nigeria, Ethiopia, Kenya, the Philippines, Vietnam, Pakistan,
 * Thailand, Malaysia, Singapore and Taiwan. People already in people.ts (Erdoğan, Netanyahu, Prabowo…)
 * stay there. Each role line names the news reports its dates were checked against; a role without
 * `to` is current as late as those reports go (mid-2026).
 *
 * Arabic names (bin/al-) and common family names get no `surnameStandsAlone`.
 */
const LIST: PersonInput[] = [
  // ── Saudi Arabia ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:salman-bin-abdulaziz', name: 'Salman bin Abdulaziz', aliases: ['King Salman'],
    description: 'King of Saudi Arabia since January 2015',
    roles: [
      r('King', 'sa', '2015-01'), // acceded January 2015, examrace.com 2015-05-01
      r('Prime Minister', 'sa', '2015-01', '2022-09-27'), // handed the premiership to his son, ummid.com, arynews.tv 2022-09-27
    ],
  },
  {
    id: 'person:mohammed-bin-nayef', name: 'Mohammed bin Nayef', aliases: ['Mohammed bin Naif', 'Muhammad bin Nayef'],
    description: 'Saudi Crown Prince 2015–2017',
    roles: [r('Crown Prince', 'sa', '2015-04-29', '2017-06-21')], // DW 2015-04-29; outlookindia.com (AFP) 2017-06-21
  },
  {
    id: 'person:adel-al-jubeir', name: 'Adel al-Jubeir', aliases: ['Adel Al-Jubeir', 'Adel Jubeir'],
    description: 'Saudi Foreign Minister 2015–2018',
    roles: [r('Foreign Minister', 'sa', '2015-04-29', '2018-12-27')], // DW 2015-04-29; dailysabah.com, aljazeera.com 2018-12-27
  },
  {
    id: 'person:ibrahim-al-assaf', name: 'Ibrahim al-Assaf', aliases: ['Ibrahim Alassaf'],
    description: 'Saudi Foreign Minister 2018–2019; earlier long-serving Finance Minister',
    roles: [r('Foreign Minister', 'sa', '2018-12-27', '2019-10-23')], // nehandaradio.com, middleeasteye.net 2018-12-27/28; aljazeera.com, federalnewsnetwork.com (AP) 2019-10-23
  },
  {
    id: 'person:faisal-bin-farhan', name: 'Faisal bin Farhan',
    description: 'Saudi Foreign Minister since October 2019',
    roles: [r('Foreign Minister', 'sa', '2019-10-23')], // aljazeera.com, federalnewsnetwork.com (AP) 2019-10-23; kept 2022-09-27
  },
  {
    id: 'person:khalid-bin-salman', name: 'Khalid bin Salman',
    description: 'Saudi Defence Minister since September 2022',
    roles: [r('Defense Minister', 'sa', '2022-09-27')], // filipinotimes.net, arynews.tv 2022-09-27
  },

  // ── Turkey ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:ahmet-davutoglu', name: 'Ahmet Davutoğlu', surname: 'Davutoğlu', surnameStandsAlone: true,
    description: 'Prime Minister of Turkey 2014–2016',
    roles: [r('Prime Minister', 'tr', '2014-08-28', '2016-05-24')], // arabnews.com 2014-08-29; europeanforum.net 2016-05-25
  },
  {
    id: 'person:binali-yildirim', name: 'Binali Yıldırım', aliases: ['Binali Yildirim'], surname: 'Yıldırım',
    description: 'Last Prime Minister of Turkey, 2016–2018',
    roles: [r('Prime Minister', 'tr', '2016-05-24', '2018-07-09')], // europeanforum.net 2016-05-25; office abolished, rbc.ru 2018-07-09
  },
  {
    id: 'person:mevlut-cavusoglu', name: 'Mevlüt Çavuşoğlu', surname: 'Çavuşoğlu', surnameStandsAlone: true,
    description: 'Turkish Foreign Minister 2014–2015 and 2015–2023',
    roles: [
      r('Foreign Minister', 'tr', '2014-08-29', '2015-08'), // arabnews.com 2014-08-29
      r('Foreign Minister', 'tr', '2015-11-24', '2023-06-03'), // dw.com 2015-11-24; breakinglatest.news 2023-06-04
    ],
  },
  {
    id: 'person:hakan-fidan', name: 'Hakan Fidan', surname: 'Fidan', surnameStandsAlone: true,
    description: 'Turkish Foreign Minister since June 2023',
    roles: [
      r('Intelligence Chief', 'tr', '2015-03-09', '2023-06-03'), // reappointed, zougla.gr 2023-06
      r('Foreign Minister', 'tr', '2023-06-03'), // breakinglatest.news 2023-06-04; took office, trtworld.com 2023-06-05
    ],
  },
  {
    id: 'person:hulusi-akar', name: 'Hulusi Akar', surname: 'Akar', surnameStandsAlone: true,
    description: 'Turkish Defence Minister 2018–2023',
    roles: [
      r('Chief of the General Staff', 'tr', '2015', '2018-07-09'), // trtworldforum.com
      r('Defense Minister', 'tr', '2018-07-09', '2023-06-03'), // news.am (Hurriyet) 2018-07-10; cnnindonesia.com 2023-06-05
    ],
  },
  {
    id: 'person:yasar-guler', name: 'Yaşar Güler', surname: 'Güler',
    description: 'Turkish Defence Minister since June 2023',
    roles: [r('Defense Minister', 'tr', '2023-06-03')], // breakinglatest.news, cnnindonesia.com 2023-06
  },
  {
    id: 'person:fikri-isik', name: 'Fikri Işık', aliases: ['Fikri Isik'], surname: 'Işık',
    description: 'Turkish Defence Minister 2016–2017, then Deputy Prime Minister 2017–2018',
    roles: [
      r('Defense Minister', 'tr', '2016-05-24', '2017-07-19'), // smarkos.blogspot.com (Sputnik) 2016-05-25; rudaw.net, ksl.com (AP) 2017-07-19
      r('Deputy Prime Minister', 'tr', '2017-07-19', '2018-07-09'), // rudaw.net 2017-07-19; office abolished with the premiership 2018-07-09 (see Yıldırım)
    ],
  },
  {
    id: 'person:nurettin-canikli', name: 'Nurettin Canikli', surname: 'Canikli',
    description: 'Turkish Defence Minister 2017–2018; Deputy Prime Minister 2016–2017',
    roles: [
      r('Deputy Prime Minister', 'tr', '2016-05-24', '2017-07-19'), // pageone.ng 2017-07-19
      r('Defense Minister', 'tr', '2017-07-19', '2018-07-09'), // rudaw.net, defenceturkey.com 2017-07-19; Akar named, reuters.com 2018-07
    ],
  },
  {
    id: 'person:cevdet-yilmaz', name: 'Cevdet Yılmaz', aliases: ['Cevdet Yilmaz'], surname: 'Yılmaz',
    description: 'Vice President of Turkey since June 2023',
    roles: [r('Vice President', 'tr', '2023-06-03')], // trt.global, hurriyetdailynews.com 2023-06-03/04; handover, turkic.world (Daily Sabah) 2023-06-05
  },

  // ── Egypt ────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:abdel-fattah-el-sisi', name: 'Abdel Fattah el-Sisi',
    aliases: ['Abdel Fattah al-Sisi', 'Abdel Fattah el-Sissi'],
    surname: 'Sisi', surnameStandsAlone: true,
    description: 'President of Egypt since 2014',
    roles: [r('President', 'eg', '2014-06-08')], // toledoblade.com (AP), straitstimes.com (Reuters) 2014-06-08
  },
  {
    id: 'person:ibrahim-mahlab', name: 'Ibrahim Mahlab', aliases: ['Ibrahim Mehleb'], surname: 'Mahlab',
    description: 'Prime Minister of Egypt 2014–2015',
    roles: [r('Prime Minister', 'eg', '2014-03', '2015-09-19')], // named, theguardian.com 2014-02-25; sworn in March 2014 and resigned 2015-09-12, lidtime.com, reuters.com 2015-09-12
  },
  {
    id: 'person:sherif-ismail', name: 'Sherif Ismail', aliases: ['Sharif Ismail'],
    description: 'Prime Minister of Egypt 2015–2018',
    roles: [r('Prime Minister', 'eg', '2015-09-19', '2018-06-07')], // business-standard.com (IANS) 2015-09-19; newtimes.co.rw 2018-06-14
  },
  {
    id: 'person:mostafa-madbouly', name: 'Mostafa Madbouly', aliases: ['Mostafa Madbouli'],
    surname: 'Madbouly', surnameStandsAlone: true,
    description: 'Prime Minister of Egypt since June 2018',
    roles: [r('Prime Minister', 'eg', '2018-06-07')], // origin-web.yenisafak.com 2024-07-03; arabnews.pk 2026-02-11
  },
  {
    id: 'person:sameh-shoukry', name: 'Sameh Shoukry', aliases: ['Sameh Shukry'], surname: 'Shoukry', surnameStandsAlone: true,
    description: 'Egyptian Foreign Minister 2014–2024',
    roles: [r('Foreign Minister', 'eg', '2014', '2024-07-03')], // thenationalnews.com 2024-07-03
  },
  {
    id: 'person:badr-abdelatty', name: 'Badr Abdelatty', aliases: ['Badr Abdel Aty', 'Badr Abdel-Atty', 'Badr Abdel Ati'],
    surname: 'Abdelatty', surnameStandsAlone: true,
    description: 'Egyptian Foreign Minister since July 2024',
    roles: [r('Foreign Minister', 'eg', '2024-07-03')], // thenationalnews.com, hurriyetdailynews.com 2024-07-03
  },
  {
    id: 'person:mohamed-zaki', name: 'Mohamed Zaki', aliases: ['Mohamed Ahmed Zaki'],
    description: 'Egyptian Defence Minister 2018–2024',
    roles: [r('Defense Minister', 'eg', '2018-06-14', '2024-07-03')], // reuters.com 2018-06-14; middleeastmonitor.com 2024-07-04
  },
  {
    id: 'person:abdel-majeed-saqr', name: 'Abdel Majeed Saqr', aliases: ['Abdel Mageed Saqr', 'Abdelmeguid Saqr', 'Abdel-Maguid Saqr'],
    description: 'Egyptian Defence Minister 2024–2026',
    roles: [r('Defense Minister', 'eg', '2024-07-03', '2026-02-11')], // middleeastmonitor.com 2024-07-04; lbcgroup.tv (Reuters) 2026-02-11
  },
  {
    id: 'person:ashraf-salem-zaher', name: 'Ashraf Salem Zaher',
    description: 'Egyptian Defence Minister since February 2026',
    roles: [r('Defense Minister', 'eg', '2026-02-11')], // lbcgroup.tv (Reuters), arabnews.pk 2026-02-11
  },

  // ── Israel ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:israel-katz', name: 'Israel Katz', aliases: ['Yisrael Katz'],
    description: 'Israeli Defence Minister since November 2024',
    roles: [
      r('Foreign Minister', 'il', '2019-02', '2020-05'), // jewishpress.com 2023-12-31
      r('Foreign Minister', 'il', '2024-01-02', '2024-11'), // mangalorean.com (Xinhua) 2024-01-02; menafn.com (IANS) 2024-11-05
      r('Defense Minister', 'il', '2024-11'), // menafn.com (IANS) 2024-11-05; babel.ua 2026-03-04
    ],
  },
  {
    id: 'person:gideon-saar', name: 'Gideon Sa’ar', aliases: ['Gideon Saar', "Gideon Sa'ar"], surname: 'Sa’ar',
    description: 'Israeli Foreign Minister since November 2024',
    roles: [r('Foreign Minister', 'il', '2024-11')], // menafn.com (IANS), nationalheraldindia.com 2024-11-05
  },
  {
    id: 'person:eli-cohen', name: 'Eli Cohen',
    description: 'Israeli Foreign Minister 2023, then Energy Minister',
    roles: [r('Foreign Minister', 'il', '2022-12-29', '2024-01-02')], // theyeshivaworld.com 2023-12-31; mangalorean.com 2024-01-02
  },
  {
    id: 'person:yoav-gallant', name: 'Yoav Gallant', surname: 'Gallant',
    description: 'Israeli Defence Minister 2022–2024',
    roles: [r('Defense Minister', 'il', '2022-12-29', '2024-11')], // asianlite.ae, nationalheraldindia.com 2024-11-06
  },

  {
    id: 'person:reuven-rivlin', name: 'Reuven Rivlin', surname: 'Rivlin', surnameStandsAlone: true,
    description: 'President of Israel 2014–2021',
    roles: [r('President', 'il', '2014-07-24', '2021-07-07')], // haaretz.com, english.ahram.org.eg (AFP) 2014-07-24
  },
  {
    id: 'person:avigdor-liberman', name: 'Avigdor Liberman', aliases: ['Avigdor Lieberman'], surname: 'Liberman',
    description: 'Israeli Defence Minister 2016–2018',
    roles: [r('Defense Minister', 'il', '2016-05-30', '2018-11-14')], // universalis.fr 2016-05-30; resigned, algemeiner.com (JNS) 2019-11-11
  },
  {
    id: 'person:benny-gantz', name: 'Benny Gantz', surname: 'Gantz', surnameStandsAlone: true,
    description: 'Israeli Defence Minister 2020–2022',
    roles: [
      r('Defense Minister', 'il', '2020-05-17', '2022-12-29'), // lbc.co.uk, wiadomosci.dziennik.pl 2020-05-17; successor, asianlite.ae
      r('Alternate Prime Minister', 'il', '2020-05-17', '2021-06-13'), // wiadomosci.dziennik.pl 2020-05-17; digital.bentley.umich.edu 2021-06-17
    ],
  },
  {
    id: 'person:moshe-yaalon', name: 'Moshe Ya’alon', aliases: ["Moshe Ya'alon", 'Moshe Yaalon'], surname: 'Ya’alon',
    description: 'Israeli Defence Minister 2013–2016',
    roles: [r('Defense Minister', 'il', '2013-03', '2016-05-22')], // resigned, effective Sunday 2016-05-22, ynetnews.com, jpost.com 2016-05-20 (start not re-checked)
  },
  {
    id: 'person:gabi-ashkenazi', name: 'Gabi Ashkenazi', aliases: ['Gabriel Ashkenazi'], surname: 'Ashkenazi',
    description: 'Israeli Foreign Minister 2020–2021',
    roles: [r('Foreign Minister', 'il', '2020-05-17', '2021-06-13')], // timesofisrael.com 2020-05; globes.co.il 2021-06-03
  },

  // ── Iran ─────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:mojtaba-khamenei', name: 'Mojtaba Khamenei', surname: 'Khamenei',
    description: 'Supreme Leader of Iran since March 2026',
    roles: [r('Supreme Leader', 'ir', '2026-03-09')], // thenews.com.pk, sputnikglobe.com, dawn.com 2026-03-09
  },
  {
    id: 'person:aziz-nasirzadeh', name: 'Aziz Nasirzadeh',
    description: 'Iranian Defence Minister 2024–2026',
    roles: [r('Defense Minister', 'ir', '2024-08-21', '2026-02-28')], // en.wikipedia.org; business-standard.com (AP) 2026-03-01
  },

  {
    id: 'person:hossein-amir-abdollahian', name: 'Hossein Amir-Abdollahian', aliases: ['Hossein Amirabdollahian', 'Amir-Abdollahian'],
    description: 'Iranian Foreign Minister 2021–2024',
    roles: [r('Foreign Minister', 'ir', '2021-08-25', '2024-05-19')], // rferl.org, dw.com 2021-08-25; crash with Raisi 2024-05-19
  },
  {
    id: 'person:amir-hatami', name: 'Amir Hatami',
    description: 'Iranian Defence Minister 2017–2021',
    roles: [r('Defense Minister', 'ir', '2017-08-20', '2021-08-25')], // fr.irna.ir 2017-08-21; rferl.org 2021-08-25
  },
  {
    id: 'person:hossein-dehghan', name: 'Hossein Dehghan', surname: 'Dehghan',
    description: 'Iranian Defence Minister 2013–2017; Revolutionary Guards brigadier general',
    roles: [r('Defense Minister', 'ir', '2013-08-15', '2017-08-20')], // confirmed 2013-08-15, en.wikipedia.org; replaced by Hatami, en.radiofarda.com 2017-08-20
  },
  {
    id: 'person:mohammad-reza-gharaei-ashtiani', name: 'Mohammad-Reza Gharaei Ashtiani', aliases: ['Mohammad Reza Ashtiani', 'Gharaei Ashtiani'],
    description: 'Iranian Defence Minister 2021–2024',
    roles: [r('Defense Minister', 'ir', '2021-08-25', '2024-08-21')], // rferl.org 2021-08-25; en.wikipedia.org (Aziz Nasirzadeh)
  },

  // ── United Arab Emirates ─────────────────────────────────────────────────────────────────────
  {
    id: 'person:mohamed-bin-zayed', name: 'Mohamed bin Zayed',
    aliases: ['Mohammed bin Zayed', 'MBZ'],
    description: 'President of the UAE since May 2022',
    roles: [r('President', 'ae', '2022-05-14')], // en.mehrnews.com, republicworld.com 2022-05-14
  },
  {
    id: 'person:khalifa-bin-zayed', name: 'Khalifa bin Zayed',
    description: 'President of the UAE 2004–2022',
    roles: [r('President', 'ae', '2004', '2022-05-13')], // died, republicworld.com, en.mehrnews.com 2022-05-14
  },
  {
    id: 'person:mohammed-bin-rashid', name: 'Mohammed bin Rashid Al Maktoum',
    aliases: ['Mohammed bin Rashid'],
    description: 'Vice President and Prime Minister of the UAE',
    roles: [r('Vice President and Prime Minister', 'ae', '2006')], // en.mehrnews.com 2022-05-14
  },

  {
    id: 'person:abdullah-bin-zayed', name: 'Abdullah bin Zayed',
    description: 'UAE Foreign Minister since 2006',
    roles: [
      r('Foreign Minister', 'ae', '2006-02-09'), // algulf.net
      r('Deputy Prime Minister', 'ae', '2024-07-14'), // pledgetimes.com (Bloomberg) 2024-07-14; algulf.net
    ],
  },
  {
    id: 'person:hamdan-bin-mohammed', name: 'Hamdan bin Mohammed',
    description: 'UAE Defence Minister and First Deputy Prime Minister since 2024',
    roles: [r('Defence Minister', 'ae', '2024-07-14')], // pledgetimes.com (Bloomberg) 2024-07-14
  },

  // ── Qatar ────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:tamim-bin-hamad-al-thani', name: 'Tamim bin Hamad Al Thani',
    aliases: ['Tamim bin Hamad', 'Sheikh Tamim'], surname: 'Tamim', // "Emir Tamim"; his given name, not a family name
    description: 'Emir of Qatar since 2013',
    roles: [r('Emir', 'qa', '2013')], // dohanews.co 2016-01; al-monitor.com 2023-03-07
  },
  {
    id: 'person:mohammed-bin-abdulrahman-al-thani', name: 'Mohammed bin Abdulrahman Al Thani',
    aliases: ['Mohammed bin Abdulrahman'],
    description: 'Qatar’s Prime Minister and Foreign Minister',
    roles: [
      r('Foreign Minister', 'qa', '2016-01-27'), // archive.crossborderinformation.com 2016-02-05; dohanews.co
      r('Prime Minister', 'qa', '2023-03-07'), // al-monitor.com (AFP) 2023-03-07
    ],
  },
  {
    id: 'person:khalid-bin-khalifa-al-thani', name: 'Khalid bin Khalifa Al Thani', aliases: ['Khalid bin Khalifa bin Abdulaziz'],
    description: 'Prime Minister of Qatar 2020–2023',
    roles: [r('Prime Minister', 'qa', '2020-01-28', '2023-03-07')], // politicallore.com 2020-01; al-monitor.com 2023-03-07
  },
  {
    id: 'person:abdullah-bin-nasser-al-thani', name: 'Abdullah bin Nasser Al Thani', aliases: ['Abdullah bin Nasser bin Khalifa Al Thani'],
    description: 'Prime Minister and Interior Minister of Qatar 2013–2020',
    roles: [
      r('Prime Minister', 'qa', '2013-06-26', '2020-01-28'), // nation.com.pk 2013-06-27; resigned, thearabweekly.com, uk.news.yahoo.com (AP) 2020-01-28
      r('Interior Minister', 'qa', '2013-06-26', '2020-01-28'), // nation.com.pk 2013-06-27; thearabweekly.com 2020-01-29
    ],
  },
  {
    id: 'person:khalid-al-attiyah', name: 'Khalid al-Attiyah', aliases: ['Khalid bin Mohammed Al Attiyah', 'Khalid Al Attiyah'],
    description: 'Qatari Foreign Minister 2013–2016, defence 2016–2024',
    roles: [
      r('Foreign Minister', 'qa', '2013', '2016-01-27'), // thenational.ae, dohanews.co 2016-01-27
      r('Minister of State for Defence Affairs', 'qa', '2016-01-27', '2024-11-12'), // dohanews.co 2016-01; successor, time.news (QNA) 2024-11-12
    ],
  },

  {
    id: 'person:saoud-bin-abdulrahman-al-thani', name: 'Saoud bin Abdulrahman Al Thani', aliases: ['Saud bin Abdulrahman Al Thani'],
    description: 'Qatar’s defence minister since November 2024',
    roles: [r('Minister of State for Defence Affairs', 'qa', '2024-11-12')], // time.news (QNA) 2024-11-12
  },

  // ── Indonesia ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:sugiono', name: 'Sugiono',
    description: 'Indonesian Foreign Minister since October 2024',
    roles: [r('Foreign Minister', 'id', '2024-10-21')], // bisnisupdate.com (Antara), thejakartapost.com 2024-10-23
  },
  {
    id: 'person:retno-marsudi', name: 'Retno Marsudi', aliases: ['Retno LP Marsudi'], surname: 'Marsudi',
    description: 'Indonesian Foreign Minister 2014–2024',
    roles: [r('Foreign Minister', 'id', '2014-10-27', '2024-10-20')], // jakartaglobe.id, asiaone.com 2014-10-27; bisnisupdate.com (Antara) 2024-10
  },

  {
    id: 'person:sjafrie-sjamsoeddin', name: 'Sjafrie Sjamsoeddin', surname: 'Sjafrie',
    description: 'Indonesian Defence Minister since October 2024',
    roles: [r('Defense Minister', 'id', '2024-10-21')], // indonesiadefense.com, indoberita.co 2024-10-21/23
  },
  {
    id: 'person:ryamizard-ryacudu', name: 'Ryamizard Ryacudu', surname: 'Ryacudu',
    description: 'Indonesian Defence Minister 2014–2019',
    roles: [r('Defense Minister', 'id', '2014-10-27', '2019-10-23')], // smh.com.au 2014-10-26; successor in people.ts (Prabowo)
  },
  {
    id: 'person:gibran-rakabuming-raka', name: 'Gibran Rakabuming Raka', aliases: ['Gibran Rakabuming'], surname: 'Gibran',
    description: 'Vice President of Indonesia since October 2024',
    roles: [r('Vice President', 'id', '2024-10-20')], // republika.co.id 2024-10-20; indoberita.co 2024-10-23
  },

  // ── South Africa ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:jacob-zuma', name: 'Jacob Zuma', surname: 'Zuma', surnameStandsAlone: true,
    description: 'President of South Africa 2009–2018',
    roles: [r('President', 'za', '2009-05', '2018-02-14')], // de.zxc.wiki; dailymaverick.co.za 2018-02-15
  },
  {
    id: 'person:maite-nkoana-mashabane', name: 'Maite Nkoana-Mashabane', aliases: ['Maite Nkoana Mashabane'], surname: 'Nkoana-Mashabane',
    description: 'South African Foreign Minister 2009–2018',
    roles: [
      r('Foreign Minister', 'za', '2009-05', '2018-02-27'), // ewn.co.za 2019-05-30 (months not re-checked; Sisulu from 2018-02-27)
      r('Minister for Women, Youth and Persons with Disabilities', 'za', '2019-05-29', '2023-03-06'), // ewn.co.za 2019-05-30; dropped, thesouthafrican.com 2023-03-06
    ],
  },
  {
    id: 'person:lindiwe-sisulu', name: 'Lindiwe Sisulu',
    description: 'South African Foreign Minister 2018–2019',
    roles: [r('Foreign Minister', 'za', '2018-02-27', '2019-05-29')], // profilpelajar.com (first Ramaphosa cabinet)
  },
  {
    id: 'person:naledi-pandor', name: 'Naledi Pandor',
    description: 'South African Foreign Minister 2019–2024',
    roles: [r('Foreign Minister', 'za', '2019-05-29', '2024-07-03')], // timeslive.co.za 2019-05-30; successor, theguard.co.za 2024-07
  },
  {
    id: 'person:ronald-lamola', name: 'Ronald Lamola',
    description: 'South African Foreign Minister since July 2024',
    roles: [r('Foreign Minister', 'za', '2024-07-03')], // theguard.co.za 2024-07; mdntvlive.com
  },
  {
    id: 'person:thandi-modise', name: 'Thandi Modise',
    description: 'South African Defence Minister 2021–2024',
    roles: [r('Defence Minister', 'za', '2021-08', '2024-07-03')], // citizen.co.za 2024-06-30
  },
  {
    id: 'person:angie-motshekga', name: 'Angie Motshekga',
    description: 'South African Defence Minister since July 2024',
    roles: [r('Defence Minister', 'za', '2024-07-03')], // citizen.co.za 2024-06-30; mdntvlive.com 2024-07-03
  },

  // ── Nigeria ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:muhammadu-buhari', name: 'Muhammadu Buhari', surname: 'Buhari', surnameStandsAlone: true,
    description: 'President of Nigeria 2015–2023',
    roles: [r('President', 'ng', '2015-05-29', '2023-05-29')], // aljazeera.com 2023-05-29
  },
  {
    id: 'person:bola-tinubu', name: 'Bola Tinubu', aliases: ['Bola Ahmed Tinubu'], surname: 'Tinubu', surnameStandsAlone: true,
    description: 'President of Nigeria since May 2023',
    roles: [r('President', 'ng', '2023-05-29')], // thisdaylive.com, aljazeera.com 2023-05-29
  },
  {
    id: 'person:mohammed-badaru-abubakar', name: 'Mohammed Badaru Abubakar', aliases: ['Badaru Abubakar'],
    description: 'Nigerian Defence Minister 2023–2025',
    roles: [r('Defence Minister', 'ng', '2023-08-21', '2025-12-01')], // allafrica.com 2025-12-02
  },
  {
    id: 'person:christopher-musa', name: 'Christopher Musa', aliases: ['Christopher Gwabin Musa'],
    description: 'Nigerian Defence Minister since December 2025',
    roles: [
      r('Chief of Defence Staff', 'ng', '2023-06-23', '2025-10-24'), // allafrica.com 2025-12-02
      r('Defence Minister', 'ng', '2025-12'), // gatekeepersnews.com, eyewitnessngr.com 2025-12
    ],
  },

  // ── Nigeria (foreign ministers) and Ethiopia ──────────────────────────────────────────────────
  {
    id: 'person:yusuf-tuggar', name: 'Yusuf Tuggar', aliases: ['Yusuf Maitama Tuggar'], surname: 'Tuggar',
    description: 'Nigerian Foreign Minister since August 2023',
    roles: [r('Foreign Minister', 'ng', '2023-08-21')], // dailytrust.com 2023-08-22; wikimili.com (list of foreign ministers)
  },
  {
    id: 'person:geoffrey-onyeama', name: 'Geoffrey Onyeama', surname: 'Onyeama',
    description: 'Nigerian Foreign Minister 2015–2023',
    roles: [r('Foreign Minister', 'ng', '2015-11-11', '2023-05-29')], // appointed November 2015, dailyadvent.com 2019-06-06; dates per en.wikipedia.org (kiwix mirror)
  },
  {
    id: 'person:abiy-ahmed', name: 'Abiy Ahmed', surname: 'Abiy', surnameStandsAlone: true,
    description: 'Prime Minister of Ethiopia since April 2018',
    roles: [r('Prime Minister', 'et', '2018-04-02')], // allafrica.com, trtworld.com 2018-04-02; eyeradio.org 2024-10-07
  },
  {
    id: 'person:hailemariam-desalegn', name: 'Hailemariam Desalegn', aliases: ['Hailemariam Dessalegn'], surname: 'Hailemariam', surnameStandsAlone: true,
    description: 'Prime Minister of Ethiopia 2012–2018',
    roles: [r('Prime Minister', 'et', '2012', '2018-04-02')], // hrf.org (CNN) 2018-04-03
  },
  {
    id: 'person:sahle-work-zewde', name: 'Sahle-Work Zewde', aliases: ['Sahlework Zewde'], surname: 'Sahle-Work',
    description: 'President of Ethiopia 2018–2024',
    roles: [r('President', 'et', '2018-10-25', '2024-10-07')], // eyeradio.org 2024-10-07
  },
  {
    id: 'person:taye-atske-selassie', name: 'Taye Atske Selassie', aliases: ['Taye Atske-Selassie'], surname: 'Taye',
    description: 'President of Ethiopia since October 2024',
    roles: [
      r('Foreign Minister', 'et', '2024-02', '2024-10-07'), // newscentral.africa, wallafricajournal.com 2024-10-07
      r('President', 'et', '2024-10-07'), // eyeradio.org, globalafricantimes.com 2024-10-07
    ],
  },

  // ── Kenya ────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:uhuru-kenyatta', name: 'Uhuru Kenyatta', surname: 'Kenyatta',
    description: 'President of Kenya 2013–2022',
    roles: [r('President', 'ke', '2013', '2022-09-13')], // capitalfm.co.ke, newtimes.co.rw 2022-09-13
  },
  {
    id: 'person:william-ruto', name: 'William Ruto', aliases: ['William Samoei Ruto'], surname: 'Ruto', surnameStandsAlone: true,
    description: 'President of Kenya since September 2022',
    roles: [
      r('Deputy President', 'ke', '2013', '2022-09-13'), // newtimes.co.rw 2022-09-13
      r('President', 'ke', '2022-09-13'), // capitalfm.co.ke, tribuneindia.com (AP) 2022-09-13
    ],
  },

  {
    id: 'person:musalia-mudavadi', name: 'Musalia Mudavadi', surname: 'Mudavadi', surnameStandsAlone: true,
    description: 'Kenya’s foreign affairs chief since October 2023',
    roles: [r('Foreign Minister', 'ke', '2023-10-04')], // tuko.co.ke, standardmedia.co.ke 2023-10-04
  },

  // ── Vietnam ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:to-lam', name: 'To Lam', aliases: ['Tô Lâm'],
    description: 'Vietnam’s Communist Party chief since 2024',
    roles: [
      r('Minister of Public Security', 'vn', '2016', '2024-05-22'), // nationthailand.com 2024-05-19; thesaigontimes.vn 2024-05-22
      r('President', 'vn', '2024-05-22', '2024-10-21'), // en.sggp.org.vn 2024-05-22, 2024-10-21
      r('General Secretary of the Communist Party', 'vn', '2024-08'), // mid-day.com 2024-10-21; vnnow.net 2026
    ],
  },
  {
    id: 'person:luong-cuong', name: 'Luong Cuong', aliases: ['Lương Cường'],
    description: 'President of Vietnam from October 2024',
    roles: [r('President', 'vn', '2024-10-21')], // en.sggp.org.vn, menafn.com (IANS) 2024-10-21
  },
  {
    id: 'person:pham-minh-chinh', name: 'Pham Minh Chinh', aliases: ['Phạm Minh Chính'],
    description: 'Prime Minister of Vietnam from April 2021',
    roles: [r('Prime Minister', 'vn', '2021-04-05')], // vietnamplus.vn, talkvietnam.org 2021-04-05; en.sggp.org.vn 2025-08-30
  },
  {
    id: 'person:nguyen-xuan-phuc', name: 'Nguyen Xuan Phuc', aliases: ['Nguyễn Xuân Phúc'],
    description: 'Vietnam’s Prime Minister, then President',
    roles: [
      r('Prime Minister', 'vn', '2016-04-07', '2021-04-05'), // app.marimbapop.com (VNS) 2016-04-07; thenewscompass.com 2021-04-05
      r('President', 'vn', '2021-04-05', '2023-01'), // urdupoint.com (Sputnik) 2021-04-05
    ],
  },
  {
    id: 'person:nguyen-phu-trong', name: 'Nguyen Phu Trong', aliases: ['Nguyễn Phú Trọng'],
    description: 'General Secretary of Vietnam’s Communist Party 2011–2024',
    roles: [r('General Secretary of the Communist Party', 'vn', '2011', '2024-07')], // thenewscompass.com 2021-04-05; en.sggp.org.vn 2024-10-21
  },
  {
    id: 'person:bui-thanh-son', name: 'Bui Thanh Son', aliases: ['Bùi Thanh Sơn'],
    description: 'Vietnamese Foreign Minister 2021–2025',
    roles: [r('Foreign Minister', 'vn', '2021', '2025-08-29')], // en.sggp.org.vn, vietnam.vn 2025-08-30
  },
  {
    id: 'person:le-hoai-trung', name: 'Le Hoai Trung', aliases: ['Lê Hoài Trung'],
    description: 'Vietnamese Foreign Minister since 2025',
    roles: [r('Foreign Minister', 'vn', '2025-08-29')], // acting, vietnam.vn 2025-08-30; confirmed, ja.laodong.vn 2025-10-25
  },

  {
    id: 'person:phan-van-giang', name: 'Phan Van Giang', aliases: ['Phan Văn Giang'],
    description: 'Vietnamese Defence Minister since April 2021',
    roles: [r('Defence Minister', 'vn', '2021-04-08')], // talkvietnam.org 2021-07-29
  },

  // ── Pakistan ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:asif-ali-zardari', name: 'Asif Ali Zardari', surname: 'Zardari',
    description: 'President of Pakistan 2008–2013 and since March 2024',
    roles: [r('President', 'pk', '2024-03-10')], // urdupoint.com, brecorder.com 2024-03-10
  },
  {
    id: 'person:arif-alvi', name: 'Arif Alvi', surname: 'Alvi',
    description: 'President of Pakistan 2018–2024',
    roles: [r('President', 'pk', '2018-09', '2024-03-10')], // rediff.com (PTI), easterneye.biz 2024-03-10
  },
  {
    id: 'person:ishaq-dar', name: 'Ishaq Dar',
    description: 'Pakistan’s Foreign Minister since March 2024',
    roles: [
      r('Foreign Minister', 'pk', '2024-03'), // dawn.com 2024-04-28
      r('Deputy Prime Minister', 'pk', '2024-04-28'), // dawn.com, brecorder.com 2024-04-28
    ],
  },
  {
    id: 'person:bilawal-bhutto-zardari', name: 'Bilawal Bhutto Zardari', aliases: ['Bilawal Bhutto-Zardari', 'Bilawal Bhutto'],
    surname: 'Bhutto',
    description: 'Pakistan’s Foreign Minister 2022–2023',
    roles: [r('Foreign Minister', 'pk', '2022-04-27', '2023-08')], // samaaenglish.tv 2022-04-27; trtworld.com 2024-03-10
  },

  {
    id: 'person:nawaz-sharif', name: 'Nawaz Sharif', surname: 'Sharif',
    description: 'Prime Minister of Pakistan three times, last 2013–2017',
    roles: [r('Prime Minister', 'pk', '2013-06', '2017-07-28')], // scroll.in 2017-08-01 (start not re-checked)
  },
  {
    id: 'person:shahid-khaqan-abbasi', name: 'Shahid Khaqan Abbasi', surname: 'Abbasi',
    description: 'Prime Minister of Pakistan 2017–2018',
    roles: [r('Prime Minister', 'pk', '2017-08-01', '2018-05-31')], // app.com.pk, reuters.com 2017-08-01 (end: assembly term, not re-checked)
  },
  {
    id: 'person:shah-mahmood-qureshi', name: 'Shah Mahmood Qureshi', aliases: ['Shah Mehmood Qureshi'], surname: 'Qureshi',
    description: 'Pakistan’s Foreign Minister 2018–2022',
    roles: [r('Foreign Minister', 'pk', '2018-08-20', '2022-04-10')], // dawn.com, arabnews.com 2018-08-20; government fell 2022-04-10
  },
  {
    id: 'person:pervez-khattak', name: 'Pervez Khattak', aliases: ['Pervaiz Khattak'], surname: 'Khattak',
    description: 'Pakistani Defence Minister 2018–2022; Khyber Pakhtunkhwa Chief Minister 2013–2018',
    roles: [r('Defence Minister', 'pk', '2018-08-20', '2022-04-10')], // sworn in, dawn.com, arabnews.com 2018-08-20; government fell 2022-04-10
  },
  {
    id: 'person:anwaar-ul-haq-kakar', name: 'Anwaar-ul-Haq Kakar', aliases: ['Anwaarul Haq Kakar', 'Anwarul Haq Kakar', 'Anwar-ul-Haq Kakar'], surname: 'Kakar',
    description: 'Caretaker Prime Minister of Pakistan 2023–2024',
    roles: [r('Prime Minister (caretaker)', 'pk', '2023-08-14', '2024-03-04')], // sworn in, brecorder.com, keyt.com (AP) 2023-08-14; Shehbaz Sharif sworn in 2024-03-04
  },
  {
    id: 'person:jalil-abbas-jilani', name: 'Jalil Abbas Jilani', surname: 'Jilani',
    description: 'Pakistani diplomat; caretaker Foreign Minister 2023–2024',
    roles: [r('Foreign Minister (caretaker)', 'pk', '2023-08-17', '2024-03-11')], // sworn in, brecorder.com, etvbharat.com (PTI) 2023-08-17; Dar sworn in, dawn.com 2024-03-11
  },
  {
    id: 'person:khawaja-asif', name: 'Khawaja Asif', aliases: ['Khawaja Muhammad Asif'],
    description: 'Pakistan’s Defence Minister since March 2024',
    roles: [
      r('Defence Minister', 'pk', '2013', '2017-08-04'), // udayavani.com 2017-08-04 (start not re-checked)
      r('Foreign Minister', 'pk', '2017-08-04', '2018-04'), // udayavani.com 2017-08-04 (end not re-checked)
      r('Defence Minister', 'pk', '2024-03-11'), // dawn.com, wionews.com 2024-03-11
    ],
  },
  {
    id: 'person:asim-munir', name: 'Asim Munir', surname: 'Munir',
    description: 'Pakistan’s army chief since 2022; field marshal',
    roles: [
      r('Chief of Army Staff', 'pk', '2022-11'), // en.dailypakistan.com.pk 2025-12-04
      r('Chief of Defence Forces', 'pk', '2025-12-04'), // gulfnews.com 2025-12-04; just-pakistan.com 2025-12-05
    ],
  },

  // ── Thailand ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:anutin-charnvirakul', name: 'Anutin Charnvirakul', surname: 'Anutin', surnameStandsAlone: true,
    description: 'Prime Minister of Thailand since September 2025',
    roles: [r('Prime Minister', 'th', '2025-09-05')], // elected, tna.mcot.net 2025-09-05; re-elected after the election, newscord.org 2026-03-19
  },
  {
    id: 'person:paetongtarn-shinawatra', name: 'Paetongtarn Shinawatra', surname: 'Paetongtarn', surnameStandsAlone: true,
    description: 'Prime Minister of Thailand 2024–2025',
    roles: [r('Prime Minister', 'th', '2024-08-16', '2025-08-29')], // elected, nationthailand.com 2024-08-15 (vote set for 08-16); removed, tna.mcot.net 2025-09-05
  },
  {
    id: 'person:sihasak-phuangketkeow', name: 'Sihasak Phuangketkeow', surname: 'Sihasak',
    description: 'Thai Foreign Minister since September 2025',
    roles: [r('Foreign Minister', 'th', '2025-09')], // nationthailand.com 2025-09-07; willametteweekly.news 2025-09-19
  },
  {
    id: 'person:srettha-thavisin', name: 'Srettha Thavisin', surname: 'Srettha', surnameStandsAlone: true,
    description: 'Prime Minister of Thailand 2023–2024',
    roles: [r('Prime Minister', 'th', '2023-08-22', '2024-08-14')], // en.vietnamplus.vn 2023-08-22; removed by court, oodaloop.com 2024-08-14
  },
  {
    id: 'person:parnpree-bahiddha-nukara', name: 'Parnpree Bahiddha-nukara', surname: 'Parnpree',
    description: 'Thai Foreign Minister and Deputy Prime Minister 2023–2024',
    roles: [
      r('Foreign Minister', 'th', '2023-09', '2024-04-28'), // appointed September 2023, thaipbsworld.com 2024-06-06; resigned, pattayamail.com 2024-04-28
      r('Deputy Prime Minister', 'th', '2023-09', '2024-04-28'), // dropped in the reshuffle, thaipbsworld.com, newdelhitimes.com (VOA) 2024-04-28
    ],
  },

  {
    id: 'person:prayut-chan-o-cha', name: 'Prayut Chan-o-cha', aliases: ['Prayuth Chan-ocha', 'Prayuth Chan-o-cha', 'Prayut Chan-ocha'],
    surname: 'Prayut', surnameStandsAlone: true,
    description: 'Prime Minister of Thailand 2014–2023',
    roles: [r('Prime Minister', 'th', '2014', '2023-08-22')], // cnbc.com, english.kyodonews.net 2023-08-22
  },
  {
    id: 'person:maris-sangiampongsa', name: 'Maris Sangiampongsa', surname: 'Maris',
    description: 'Thai Foreign Minister 2024–2025',
    roles: [r('Foreign Minister', 'th', '2024-04-30', '2025-09')], // nationthailand.com (Royal Gazette) 2024-04-30; successor, willametteweekly.news 2025-09-19
  },

  // ── Malaysia ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:najib-razak', name: 'Najib Razak', aliases: ['Najib Tun Razak'], surname: 'Najib',
    description: 'Prime Minister of Malaysia 2009–2018',
    roles: [r('Prime Minister', 'my', '2009', '2018-05')], // lost the 2018-05-09 election, thestar.com.my 2018-09-09 (start not re-checked)
  },
  {
    id: 'person:mahathir-mohamad', name: 'Mahathir Mohamad', aliases: ['Mahathir bin Mohamad'], surname: 'Mahathir', surnameStandsAlone: true,
    description: 'Prime Minister of Malaysia 1981–2003 and 2018–2020',
    roles: [r('Prime Minister', 'my', '2018-05', '2020-02-24')], // thestar.com.my 2018-09-09; resigned, tvcnews.tv (Reuters) 2020-03
  },
  {
    id: 'person:muhyiddin-yassin', name: 'Muhyiddin Yassin', surname: 'Muhyiddin', surnameStandsAlone: true,
    description: 'Prime Minister of Malaysia 2020–2021',
    roles: [r('Prime Minister', 'my', '2020-03-01', '2021-08-16')], // tvcnews.tv (Reuters) 2020-03-01; vietnamplus.vn 2021-08-21
  },
  {
    id: 'person:ismail-sabri-yaakob', name: 'Ismail Sabri Yaakob', surname: 'Ismail Sabri',
    description: 'Prime Minister of Malaysia 2021–2022',
    roles: [
      r('Defence Minister', 'my', '2020-03', '2021-08'), // thequint.com 2021-08-20
      r('Prime Minister', 'my', '2021-08-21', '2022-11-24'), // straitstimes.com, vietnamplus.vn 2021-08-21; successor 2022-11-24
    ],
  },
  {
    id: 'person:saifuddin-abdullah', name: 'Saifuddin Abdullah',
    description: 'Malaysian Foreign Minister 2018–2020 and 2021–2022',
    roles: [
      r('Foreign Minister', 'my', '2018', '2020-03-10'), // thestar.com.my 2018-09-09; successor, w.owiki.org
      r('Foreign Minister', 'my', '2021-08', '2022-11-24'), // thecoverage.my 2022 (returned under Ismail Sabri)
    ],
  },
  {
    id: 'person:hishammuddin-hussein', name: 'Hishammuddin Hussein', aliases: ['Hishamuddin Hussein'], surname: 'Hishammuddin', surnameStandsAlone: true,
    description: 'Malaysian Defence, then Foreign Minister',
    roles: [
      r('Defence Minister', 'my', '2013-05-16', '2018-05-10'), // w.owiki.org
      r('Foreign Minister', 'my', '2020-03-10', '2021-08'), // w.owiki.org; thesundaily.my 2021-07
    ],
  },
  {
    id: 'person:anwar-ibrahim', name: 'Anwar Ibrahim', surname: 'Anwar',
    description: 'Prime Minister of Malaysia since November 2022',
    roles: [r('Prime Minister', 'my', '2022-11-24')], // mustsharenews.com, exbulletin.com (CGTN) 2022-11-24
  },
  {
    id: 'person:mohamad-hasan', name: 'Mohamad Hasan', aliases: ['Tok Mat'],
    description: 'Malaysian Foreign Minister since December 2023',
    roles: [
      r('Defence Minister', 'my', '2022-12-03', '2023-12-12'), // thenews.com.pk 2022-12-04; vietnamplus.vn 2023-12-12
      r('Foreign Minister', 'my', '2023-12-12'), // vietnamplus.vn (VNA), malaymail.com 2023-12-12
    ],
  },
  {
    id: 'person:zambry-abdul-kadir', name: 'Zambry Abdul Kadir', aliases: ['Zambri Abdul Kadir', 'Zambry Abd Kadir'], surname: 'Zambry',
    description: 'Malaysian Foreign Minister 2022–2023, then Higher Education Minister',
    roles: [r('Foreign Minister', 'my', '2022-12-03', '2023-12-12')], // sworn in, thenews.com.pk 2022-12-04; malaysiaworldnews.com 2022-12; replaced, vietnamplus.vn (VNA) 2023-12-12
  },
  {
    id: 'person:khaled-nordin', name: 'Mohamed Khaled Nordin', aliases: ['Khaled Nordin'],
    description: 'Malaysian Defence Minister since December 2023',
    roles: [r('Defence Minister', 'my', '2023-12-12')], // vietnamplus.vn (VNA), malaymail.com 2023-12-12
  },

  // ── Philippines ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:alan-peter-cayetano', name: 'Alan Peter Cayetano', surname: 'Cayetano',
    description: 'Philippine Foreign Secretary 2017–2018',
    roles: [r('Foreign Secretary', 'ph', '2017-05', '2018-10')], // manila-stv.ph 2017-05-17; manila-shimbun.com 2018-11-29
  },
  {
    id: 'person:teodoro-locsin', name: 'Teodoro Locsin Jr.', aliases: ['Teodoro Locsin', 'Teddy Locsin', 'Teddy Boy Locsin'], surname: 'Locsin',
    description: 'Philippine Foreign Secretary 2018–2022',
    roles: [r('Foreign Secretary', 'ph', '2018-10', '2022-06-30')], // manila-shimbun.com 2018-11-29; manila-shimbun.com 2022-07-01
  },
  {
    id: 'person:perfecto-yasay', name: 'Perfecto Yasay Jr.', aliases: ['Perfecto Yasay'], surname: 'Yasay',
    description: 'Philippine Foreign Secretary 2016–2017, rejected by the Commission on Appointments',
    roles: [r('Foreign Secretary', 'ph', '2016-06-30', '2017-03-08')], // oath after the inauguration, rejected, mindanews.com, rappler.com 2017-03-08
  },
  {
    id: 'person:enrique-manalo', name: 'Enrique Manalo', surname: 'Manalo',
    description: 'Philippine Foreign Secretary 2022–2025',
    roles: [
      r('Foreign Secretary (acting)', 'ph', '2017-03-09', '2017-05-17'), // manila-shimbun.com 2022-07-01
      r('Foreign Secretary', 'ph', '2022-07-01', '2025-06-30'), // nationthailand.com (Inquirer) 2022-07-02; mb.com.ph 2025-07-01
    ],
  },
  {
    id: 'person:theresa-lazaro', name: 'Ma. Theresa Lazaro', aliases: ['Theresa Lazaro', 'Tess Lazaro'], surname: 'Lazaro',
    description: 'Philippine Foreign Secretary since July 2025',
    roles: [r('Foreign Secretary', 'ph', '2025-07-01')], // mb.com.ph, aseanall.com 2025-07-01
  },
  {
    id: 'person:delfin-lorenzana', name: 'Delfin Lorenzana', surname: 'Lorenzana', surnameStandsAlone: true,
    description: 'Philippine Defence Secretary 2016–2022',
    roles: [r('Defense Secretary', 'ph', '2016-06-30', '2022-06-30')], // mb.com.ph 2022-06-29, 2022-07-01
  },
  {
    id: 'person:carlito-galvez', name: 'Carlito Galvez Jr.', aliases: ['Carlito Galvez'], surname: 'Galvez',
    description: 'Philippine defence chief January–June 2023; former armed forces chief',
    roles: [r('Defense Secretary (officer-in-charge)', 'ph', '2023-01-09', '2023-06-05')], // mb.com.ph, bworldonline.com 2023-01-09; rappler.com 2023-02; Teodoro took over, philstar.com 2023-06-06
  },
  {
    id: 'person:gilberto-teodoro', name: 'Gilberto Teodoro', aliases: ['Gibo Teodoro'], surname: 'Teodoro',
    description: 'Philippine Defence Secretary since June 2023, and 2007–2009',
    roles: [r('Defense Secretary', 'ph', '2023-06-05')], // mb.com.ph 2023-06-05, 2023-09-13
  },

  // ── Singapore ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:vivian-balakrishnan', name: 'Vivian Balakrishnan', surname: 'Balakrishnan',
    description: 'Singapore’s Foreign Minister since October 2015',
    roles: [r('Foreign Minister', 'sg', '2015-10-01')], // straitstimes.com 2015-09-28; kept, ndtv.com 2025-05-21
  },
  {
    id: 'person:ng-eng-hen', name: 'Ng Eng Hen',
    description: 'Singapore’s Defence Minister 2011–2025',
    roles: [r('Defence Minister', 'sg', '2011', '2025-05-23')], // channelnewsasia.com 2025-04-21; daily8.com (CNA) 2025-05-23
  },
  {
    id: 'person:chan-chun-sing', name: 'Chan Chun Sing',
    description: 'Singapore’s Defence Minister since May 2025',
    roles: [r('Defence Minister', 'sg', '2025-05-23')], // ndtv.com 2025-05-21; sworn in, daily8.com (CNA) 2025-05-23
  },
  {
    id: 'person:tharman-shanmugaratnam', name: 'Tharman Shanmugaratnam', surname: 'Tharman', surnameStandsAlone: true,
    description: 'President of Singapore since September 2023',
    roles: [r('President', 'sg', '2023-09-14')], // tnp.straitstimes.com, en.people.cn (Xinhua) 2023-09-14
  },
  {
    id: 'person:halimah-yacob', name: 'Halimah Yacob', surname: 'Halimah',
    description: 'President of Singapore 2017–2023, the first woman in the office',
    roles: [r('President', 'sg', '2017-09-14', '2023-09-13')], // sworn in, channelnewsasia.com, todayonline.com 2017-09-14; Tharman sworn in 2023-09-14
  },

  // ── Taiwan ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:joseph-wu', name: 'Joseph Wu', native: ['吳釗燮'],
    description: 'Taiwan’s Foreign Minister 2018–2024',
    roles: [
      r('Foreign Minister', 'tw', '2018-02-26', '2024-05-20'), // taiwantoday.tw 2018-02-26; focustaiwan.tw 2024-04-25
      r('National Security Council Secretary-General', 'tw', '2024-05-20'), // focustaiwan.tw, anews.com.tr 2024-04-25
    ],
  },
  {
    id: 'person:lin-chia-lung', name: 'Lin Chia-lung', native: ['林佳龍'],
    description: 'Taiwan’s Foreign Minister since May 2024',
    roles: [r('Foreign Minister', 'tw', '2024-05-20')], // focustaiwan.tw, taipeitimes.com 2024-04-25/26
  },
  {
    id: 'person:wellington-koo', name: 'Wellington Koo', native: ['顧立雄'],
    description: 'Taiwan’s Defence Minister since May 2024',
    roles: [r('Defense Minister', 'tw', '2024-05-20')], // focustaiwan.tw, taipeitimes.com 2024-04-25/26
  },
  {
    id: 'person:chiu-kuo-cheng', name: 'Chiu Kuo-cheng', native: ['邱國正'],
    description: 'Taiwan’s Defence Minister 2021–2024',
    roles: [r('Defense Minister', 'tw', '2021-02', '2024-05-20')], // taipeitimes.com 2024-04-26 (start not re-checked)
  },
  {
    id: 'person:yen-teh-fa', name: 'Yen Teh-fa', native: ['嚴德發'],
    description: 'Taiwan’s Defence Minister 2018–2021',
    roles: [r('Defense Minister', 'tw', '2018-02-26', '2021-02-23')], // focustaiwan.tw 2018-02-23; handover, taiwanwire.com (CNA) 2018-02-26; end per en.wikipedia.org mirror
  },
  {
    id: 'person:cho-jung-tai', name: 'Cho Jung-tai', native: ['卓榮泰'],
    description: 'Premier of Taiwan since May 2024',
    roles: [r('Premier', 'tw', '2024-05-20')], // straitstimes.com, alarabiya.net 2024-04-10
  },
];

export const PEOPLE_ASIA_AFRICA: readonly PersonEntity[] = people(LIST);
