import type { PersonEntity } from '../types';
import { people, r, type PersonInput } from './person-input';

/**
 * Curated people: everyone the seed articles name, then heads of state and government, foreign and
 * defence ministers 2015–2026 of Japan, South Korea, North Korea, China, the United States, Russia,
 * Ukraine, the United Kingdom, France, Germany and India, and the heads of the main international
 * bodies (more regions in people-*.ts). Only offices and dates we are sure of are listed (YYYY-MM, or YYYY, where the day is uncertain);
 * a role without `to` is current. Names are written as English-language news writes them. A role checked
 * against news reports carries a trailing comment naming them (site and date).
 *
 * `surnameStandsAlone` is set only where the family name alone means this person in world news.
 */


const LIST: PersonInput[] = [
  // ── Japan ────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:shinzo-abe', name: 'Shinzo Abe', aliases: ['Abe Shinzo'], native: ['安倍晋三'], surname: 'Abe',
    description: 'Prime Minister of Japan 2006–2007 and 2012–2020; assassinated in July 2022',
    roles: [r('Prime Minister', 'jp', '2006-09-26', '2007-09-26'), r('Prime Minister', 'jp', '2012-12-26', '2020-09-16')],
  },
  {
    id: 'person:yoshihide-suga', name: 'Yoshihide Suga', aliases: ['Suga Yoshihide'], native: ['菅義偉'], surname: 'Suga',
    description: 'Prime Minister of Japan 2020–2021; Chief Cabinet Secretary 2012–2020',
    roles: [r('Chief Cabinet Secretary', 'jp', '2012-12-26', '2020-09-16'), r('Prime Minister', 'jp', '2020-09-16', '2021-10-04')],
  },
  {
    id: 'person:fumio-kishida', name: 'Fumio Kishida', aliases: ['Kishida Fumio'], native: ['岸田文雄'],
    surname: 'Kishida', surnameStandsAlone: true,
    description: 'Prime Minister of Japan 2021–2024; Foreign Minister 2012–2017',
    roles: [
      r('Foreign Minister', 'jp', '2012-12-26', '2017-08-03'),
      r('Prime Minister', 'jp', '2021-10-04', '2024-10-01'), // uniteddaily.my 2025-10-21 (successor in office from 2024-10-01)
    ],
  },
  {
    id: 'person:shigeru-ishiba', name: 'Shigeru Ishiba', aliases: ['Ishiba Shigeru'], native: ['石破茂'],
    surname: 'Ishiba', surnameStandsAlone: true,
    description: 'Prime Minister of Japan 2024–2025',
    roles: [
      r('Defense Minister', 'jp', '2007-09', '2008-08'),
      r('Minister for Regional Revitalization', 'jp', '2014-09-03', '2016-08-03'),
      r('Prime Minister', 'jp', '2024-10-01', '2025-10-21'), // tass.com, anews.com.tr 2025-10-21 (cabinet resigned; 386 days)
    ],
  },
  {
    id: 'person:sanae-takaichi', name: 'Sanae Takaichi', aliases: ['Takaichi Sanae'], native: ['高市早苗'],
    surname: 'Takaichi', surnameStandsAlone: true,
    description: 'Prime Minister of Japan since October 2025, the first woman in the office; re-elected by the Diet after the LDP’s February 2026 election win',
    roles: [
      r('Minister for Internal Affairs and Communications', 'jp', '2014-09-03', '2017-08-03'),
      r('Minister for Internal Affairs and Communications', 'jp', '2019-09-11', '2020-09-16'),
      r('Minister for Economic Security', 'jp', '2022-08-10', '2024-10-01'), // japantimes.co.jp 2022-08-10; left with the Kishida cabinet 2024-10-01
      r('Prime Minister', 'jp', '2025-10-21'), // adnkronos.com (Jiji) 2025-10-21; re-elected by the Diet, qazinform.com, news.az 2026-02-18
    ],
  },
  {
    id: 'person:taro-aso', name: 'Taro Aso', aliases: ['Aso Taro'], native: ['麻生太郎'], surname: 'Aso',
    description: 'Prime Minister of Japan 2008–2009; Deputy Prime Minister and Finance Minister 2012–2021',
    roles: [
      r('Prime Minister', 'jp', '2008-09-24', '2009-09-16'),
      r('Deputy Prime Minister', 'jp', '2012-12-26', '2021-10-04'),
      r('Finance Minister', 'jp', '2012-12-26', '2021-10-04'),
    ],
  },
  {
    id: 'person:yoshimasa-hayashi', name: 'Yoshimasa Hayashi', aliases: ['Hayashi Yoshimasa'], native: ['林芳正'],
    surname: 'Hayashi',
    description: 'Japanese politician; Foreign Minister 2021–2023, Chief Cabinet Secretary 2023–2025, Minister for Internal Affairs and Communications since October 2025',
    roles: [
      r('Education Minister', 'jp', '2017-08-03', '2018-10-02'),
      r('Foreign Minister', 'jp', '2021-11-10', '2023-09-13'),
      r('Chief Cabinet Secretary', 'jp', '2023-12-14', '2025-10-21'), // nippon.com 2023-12-14; sputnikglobe.com 2025-10-21
      r('Minister for Internal Affairs and Communications', 'jp', '2025-10-21'), // sputnikglobe.com, adnkronos.com (Jiji) 2025-10-21
    ],
  },
  {
    id: 'person:taro-kono', name: 'Taro Kono', aliases: ['Kono Taro'], native: ['河野太郎'], surname: 'Kono',
    description: 'Japanese politician; Foreign Minister 2017–2019, Defense Minister 2019–2020',
    roles: [
      r('Foreign Minister', 'jp', '2017-08-03', '2019-09-11'),
      r('Defense Minister', 'jp', '2019-09-11', '2020-09-16'),
      r('Minister for Administrative Reform', 'jp', '2020-09-16', '2021-10-04'),
      r('Digital Minister', 'jp', '2022-08-10', '2024-10-01'), // japantimes.co.jp 2022-08-10; left with the Kishida cabinet 2024-10-01
    ],
  },
  {
    id: 'person:toshimitsu-motegi', name: 'Toshimitsu Motegi', aliases: ['Motegi Toshimitsu'], native: ['茂木敏充'],
    surname: 'Motegi',
    description: 'Japanese politician; Foreign Minister 2019–2021 and again from October 2025',
    roles: [
      r('Minister for Economic Revitalization', 'jp', '2017-08-03', '2019-09-11'),
      r('Foreign Minister', 'jp', '2019-09-11', '2021-11-04'),
      r('Foreign Minister', 'jp', '2025-10-21'), // sputnikglobe.com, geminigr.com 2025-10-21; kept in February 2026, news.az 2026-02-18
    ],
  },
  {
    id: 'person:yoko-kamikawa', name: 'Yoko Kamikawa', aliases: ['Kamikawa Yoko'], native: ['上川陽子'], surname: 'Kamikawa',
    description: 'Japanese politician; Foreign Minister 2023–2024',
    roles: [r('Foreign Minister', 'jp', '2023-09-13', '2024-10-01')], // japannews.yomiuri.co.jp 2023-09-12 (reshuffle of 2023-09-13); Ishiba cabinet 2024-10-01
  },
  {
    id: 'person:takeshi-iwaya', name: 'Takeshi Iwaya', aliases: ['Iwaya Takeshi'], native: ['岩屋毅'], surname: 'Iwaya',
    description: 'Japanese politician; Defense Minister 2018–2019, Foreign Minister 2024–2025',
    roles: [
      r('Defense Minister', 'jp', '2018-10-02', '2019-09-11'),
      r('Foreign Minister', 'jp', '2024-10-01', '2025-10-21'), // Ishiba cabinet term; successor Motegi, sputnikglobe.com 2025-10-21
    ],
  },
  {
    id: 'person:gen-nakatani', name: 'Gen Nakatani', aliases: ['Nakatani Gen'], native: ['中谷元'], surname: 'Nakatani',
    description: 'Japanese politician; Defense Minister 2014–2016 and 2024–2025',
    roles: [
      r('Defense Minister', 'jp', '2014-12-24', '2016-08-03'),
      r('Defense Minister', 'jp', '2024-10-01', '2025-10-21'), // Ishiba cabinet term; successor Koizumi, sputnikglobe.com 2025-10-21
    ],
  },
  {
    id: 'person:tomomi-inada', name: 'Tomomi Inada', aliases: ['Inada Tomomi'], native: ['稲田朋美'], surname: 'Inada',
    description: 'Japanese politician; Defense Minister 2016–2017',
    roles: [r('Defense Minister', 'jp', '2016-08-03', '2017-07-28')],
  },
  {
    id: 'person:itsunori-onodera', name: 'Itsunori Onodera', aliases: ['Onodera Itsunori'], native: ['小野寺五典'],
    surname: 'Onodera',
    description: 'Japanese politician; Defense Minister 2012–2014 and 2017–2018',
    roles: [r('Defense Minister', 'jp', '2012-12-26', '2014-09-03'), r('Defense Minister', 'jp', '2017-08-03', '2018-10-02')],
  },
  {
    id: 'person:nobuo-kishi', name: 'Nobuo Kishi', aliases: ['Kishi Nobuo'], native: ['岸信夫'], surname: 'Kishi',
    description: 'Japanese politician, younger brother of Shinzo Abe; Defense Minister 2020–2022',
    roles: [r('Defense Minister', 'jp', '2020-09-16', '2022-08-10')],
  },
  {
    id: 'person:yasukazu-hamada', name: 'Yasukazu Hamada', aliases: ['Hamada Yasukazu'], native: ['浜田靖一'], surname: 'Hamada',
    description: 'Japanese politician; Defense Minister 2008–2009 and 2022–2023',
    roles: [r('Defense Minister', 'jp', '2022-08-10', '2023-09-13')],
  },
  {
    id: 'person:minoru-kihara', name: 'Minoru Kihara', aliases: ['Kihara Minoru'], native: ['木原稔'], surname: 'Kihara',
    description: 'Japanese politician; Defense Minister 2023–2024, Chief Cabinet Secretary from October 2025',
    roles: [
      r('Defense Minister', 'jp', '2023-09-13', '2024-10-01'), // citizensvoicehd.com (2023-09-13 reshuffle); Ishiba cabinet 2024-10-01
      r('Chief Cabinet Secretary', 'jp', '2025-10-21'), // sputnikglobe.com, adnkronos.com (Jiji) 2025-10-21
    ],
  },
  {
    id: 'person:shinjiro-koizumi', name: 'Shinjiro Koizumi', aliases: ['Koizumi Shinjiro'], native: ['小泉進次郎'], surname: 'Koizumi',
    description: 'Japanese politician; Agriculture Minister in 2025, Defense Minister since October 2025',
    roles: [
      r('Environment Minister', 'jp', '2019-09-11', '2021-10-04'),
      r('Agriculture Minister', 'jp', '2025-05-21', '2025-10-21'), // nippon.com (Jiji), anews.com.tr 2025-05-21
      r('Defense Minister', 'jp', '2025-10-21'), // sputnikglobe.com, adnkronos.com (Jiji) 2025-10-21; kept in February 2026, news.az 2026-02-18
    ],
  },
  {
    id: 'person:katsunobu-kato', name: 'Katsunobu Kato', aliases: ['Kato Katsunobu'], native: ['加藤勝信'], surname: 'Kato',
    description: 'Japanese politician; Chief Cabinet Secretary 2020–2021, Finance Minister 2024–2025',
    roles: [
      r('Chief Cabinet Secretary', 'jp', '2020-09-16', '2021-10-04'),
      r('Finance Minister', 'jp', '2024-10-01', '2025-10-21'), // devdiscourse.com 2024-09-28; successor Katayama, biz.chosun.com 2025-10-22
    ],
  },
  {
    id: 'person:hirokazu-matsuno', name: 'Hirokazu Matsuno', aliases: ['Matsuno Hirokazu'], native: ['松野博一'], surname: 'Matsuno',
    description: 'Japanese politician; Chief Cabinet Secretary 2021–2023',
    roles: [r('Chief Cabinet Secretary', 'jp', '2021-10-04', '2023-12-14')],
  },
  {
    id: 'person:koichi-hagiuda', name: 'Koichi Hagiuda', aliases: ['Hagiuda Koichi'], native: ['萩生田光一'], surname: 'Hagiuda',
    description: 'Japanese politician; Economy, Trade and Industry Minister 2021–2022',
    roles: [r('Education Minister', 'jp', '2019-09-11', '2021-10-04'), r('Economy, Trade and Industry Minister', 'jp', '2021-10-04', '2022-08-10')],
  },
  {
    id: 'person:yasutoshi-nishimura', name: 'Yasutoshi Nishimura', aliases: ['Nishimura Yasutoshi'], native: ['西村康稔'],
    surname: 'Nishimura',
    description: 'Japanese politician; Economy, Trade and Industry Minister 2022–2023',
    roles: [r('Economy, Trade and Industry Minister', 'jp', '2022-08-10', '2023-12-14')],
  },
  {
    id: 'person:naruhito', name: 'Naruhito', aliases: ['Emperor Naruhito'], native: ['徳仁'],
    description: 'Emperor of Japan since 2019',
    roles: [r('Emperor', 'jp', '2019-05-01')],
  },
  {
    id: 'person:akihito', name: 'Akihito', aliases: ['Emperor Akihito', 'Emperor Emeritus Akihito'], native: ['明仁'],
    description: 'Emperor of Japan 1989–2019; abdicated in 2019',
    roles: [r('Emperor', 'jp', '1989-01-07', '2019-04-30')],
  },

  // ── South Korea ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:yoon-suk-yeol', name: 'Yoon Suk-yeol', aliases: ['Yoon Seok-yeol', 'Yoon Suk Yeol', 'Yoon Seok Yeol'],
    native: ['윤석열', '尹錫悅'], surname: 'Yoon',
    description: 'President of South Korea 2022–2025; impeached after declaring martial law in December 2024 and removed in April 2025',
    roles: [
      r('Prosecutor General', 'kr', '2019-07', '2021-03'),
      r('President', 'kr', '2022-05-10', '2025-04-04'), // Constitutional Court removal, anews.com.tr, redcensor.com 2025-05-01
    ],
  },
  {
    id: 'person:moon-jae-in', name: 'Moon Jae-in', native: ['문재인', '文在寅'], surname: 'Moon',
    description: 'President of South Korea 2017–2022',
    roles: [r('President', 'kr', '2017-05-10', '2022-05-09')],
  },
  {
    id: 'person:park-geun-hye', name: 'Park Geun-hye', native: ['박근혜', '朴槿惠'], surname: 'Park',
    description: 'President of South Korea 2013–2017; impeached and removed from office in March 2017',
    roles: [r('President', 'kr', '2013-02-25', '2017-03-10')],
  },
  {
    id: 'person:lee-jae-myung', name: 'Lee Jae-myung', native: ['이재명', '李在明'], surname: 'Lee',
    description: 'President of South Korea since June 2025',
    roles: [
      r('Governor of Gyeonggi Province', 'kr', '2018-07-01', '2021-10-25'),
      r('President', 'kr', '2025-06-04'), // koreajoongangdaily.joins.com, trt.global 2025-06-04
    ],
  },
  {
    id: 'person:hwang-kyo-ahn', name: 'Hwang Kyo-ahn', native: ['황교안'], surname: 'Hwang',
    description: 'Prime Minister of South Korea 2015–2017 and acting president after Park Geun-hye’s impeachment',
    roles: [r('Prime Minister', 'kr', '2015-06', '2017-05'), r('Acting President', 'kr', '2016-12-09', '2017-05-10')],
  },
  {
    id: 'person:lee-nak-yon', name: 'Lee Nak-yon', native: ['이낙연'], surname: 'Lee',
    description: 'Prime Minister of South Korea 2017–2020',
    roles: [r('Prime Minister', 'kr', '2017-05', '2020-01')],
  },
  {
    id: 'person:chung-sye-kyun', name: 'Chung Sye-kyun', native: ['정세균'], surname: 'Chung',
    description: 'Prime Minister of South Korea 2020–2021',
    roles: [r('Prime Minister', 'kr', '2020-01', '2021-04')],
  },
  {
    id: 'person:kim-boo-kyum', name: 'Kim Boo-kyum', native: ['김부겸'], surname: 'Kim',
    description: 'Prime Minister of South Korea 2021–2022',
    roles: [r('Prime Minister', 'kr', '2021-05', '2022-05')],
  },
  {
    id: 'person:han-duck-soo', name: 'Han Duck-soo', native: ['한덕수'], surname: 'Han',
    description: 'Prime Minister of South Korea 2022–2025 and twice acting president after Yoon Suk-yeol’s impeachment',
    roles: [
      r('Prime Minister', 'kr', '2022-05-21', '2025-05-01'), // resigned, anews.com.tr, tass.com 2025-05-01
      r('Acting President', 'kr', '2024-12-14', '2024-12-27'), // impeached 2024-12-27, redcensor.com 2025-05
      r('Acting President', 'kr', '2025-03-24', '2025-05-01'), // reinstated 2025-03-24, redcensor.com; resigned, anews.com.tr 2025-05-01
    ],
  },
  {
    id: 'person:choi-sang-mok', name: 'Choi Sang-mok', native: ['최상목'], surname: 'Choi',
    description: 'South Korean Finance Minister 2023–2025 and acting president from December 2024 to March 2025',
    roles: [
      r('Finance Minister', 'kr', '2023-12', '2025-05'),
      r('Acting President', 'kr', '2024-12-27', '2025-03-24'), // tass.com 2025-05-01 (served Dec 2024–Mar 2025); redcensor.com
    ],
  },
  {
    id: 'person:kim-min-seok', name: 'Kim Min-seok', native: ['김민석'], surname: 'Kim',
    description: 'Prime Minister of South Korea since July 2025',
    roles: [r('Prime Minister', 'kr', '2025-07-03')], // confirmed and appointed, lokmattimes.com (IANS), anews.com.tr 2025-07-03
  },
  {
    id: 'person:chung-jin-suk', name: 'Chung Jin-suk', native: ['정진석'], surname: 'Chung',
    description: 'South Korean conservative politician; Deputy Speaker of the National Assembly 2021–2022, chief of staff to President Yoon Suk-yeol 2024–2025',
    roles: [
      r('Deputy Speaker of the National Assembly', 'kr', '2021-08-31', '2022-11-10'), // en.wikipedia.org; re-elected asiae.co.kr 2022-07-04; stepping down en.yna.co.kr 2022-10-25
      r('Chief of Staff to the President', 'kr', '2024-04-22', '2025-06-04'), // koreaherald.com, world.kbs.co.kr 2024-04-22; successor named trt.global 2025-06-04
    ],
  },
  {
    id: 'person:yun-byung-se', name: 'Yun Byung-se', native: ['윤병세'], surname: 'Yun',
    description: 'South Korean Foreign Minister 2013–2017',
    roles: [r('Foreign Minister', 'kr', '2013-03', '2017-06')],
  },
  {
    id: 'person:kang-kyung-wha', name: 'Kang Kyung-wha', native: ['강경화'], surname: 'Kang',
    description: 'South Korean Foreign Minister 2017–2021, the first woman in the post',
    roles: [r('Foreign Minister', 'kr', '2017-06', '2021-02')],
  },
  {
    id: 'person:chung-eui-yong', name: 'Chung Eui-yong', native: ['정의용'], surname: 'Chung',
    description: 'South Korean National Security Adviser 2017–2020 and Foreign Minister 2021–2022',
    roles: [r('National Security Adviser', 'kr', '2017-05', '2020-07'), r('Foreign Minister', 'kr', '2021-02', '2022-05')],
  },
  {
    id: 'person:park-jin', name: 'Park Jin', surname: 'Park',
    description: 'South Korean Foreign Minister 2022–2024',
    roles: [r('Foreign Minister', 'kr', '2022-05', '2024-01')], // successor appointed, koreajoongangdaily.joins.com 2024-01-11
  },
  {
    id: 'person:cho-tae-yul', name: 'Cho Tae-yul', native: ['조태열'], surname: 'Cho',
    description: 'South Korean Foreign Minister 2024–2025',
    roles: [r('Foreign Minister', 'kr', '2024-01', '2025-07')], // successor took office 2025-07-21, koreajoongangdaily.joins.com
  },
  {
    id: 'person:cho-hyun', name: 'Cho Hyun', surname: 'Cho',
    description: 'South Korean diplomat; Foreign Minister since July 2025, Ambassador to the United Nations 2019–2022',
    roles: [r('Foreign Minister', 'kr', '2025-07-21')], // took office, koreajoongangdaily.joins.com, koreaherald.com 2025-07-21
  },
  {
    id: 'person:song-young-moo', name: 'Song Young-moo', native: ['송영무'], surname: 'Song',
    description: 'South Korean Defense Minister 2017–2018',
    roles: [r('Defense Minister', 'kr', '2017-07', '2018-09')],
  },
  {
    id: 'person:jeong-kyeong-doo', name: 'Jeong Kyeong-doo', native: ['정경두'], surname: 'Jeong',
    description: 'South Korean Defense Minister 2018–2020',
    roles: [r('Defense Minister', 'kr', '2018-09', '2020-09')],
  },
  {
    id: 'person:suh-wook', name: 'Suh Wook', surname: 'Suh',
    description: 'South Korean Defense Minister 2020–2022',
    roles: [r('Defense Minister', 'kr', '2020-09', '2022-05')],
  },
  {
    id: 'person:lee-jong-sup', name: 'Lee Jong-sup', native: ['이종섭'], surname: 'Lee',
    description: 'South Korean Defense Minister 2022–2023',
    roles: [r('Defense Minister', 'kr', '2022-05', '2023-10')],
  },
  {
    id: 'person:shin-won-sik', name: 'Shin Won-sik', native: ['신원식'], surname: 'Shin',
    description: 'South Korean Defense Minister 2023–2024, then National Security Adviser',
    roles: [r('Defense Minister', 'kr', '2023-10', '2024-09')], // moved to national security adviser, koreaherald.com 2024-08-12
  },
  {
    id: 'person:kim-yong-hyun', name: 'Kim Yong-hyun', native: ['김용현'], surname: 'Kim',
    description: 'South Korean Defense Minister in 2024, accused of a central role in the December 2024 martial law declaration',
    roles: [r('Defense Minister', 'kr', '2024-09', '2024-12')], // nominated koreaherald.com 2024-08-12; resignation accepted, devdiscourse.com 2024-12-05
  },
  {
    id: 'person:ahn-gyu-back', name: 'Ahn Gyu-back', native: ['안규백'], surname: 'Ahn',
    description: 'South Korean Defense Minister since July 2025, the first civilian in the post since 1961',
    roles: [r('Defense Minister', 'kr', '2025-07-25')], // appointed and took office, koreajoongangdaily.joins.com, asiae.co.kr 2025-07-25
  },
  {
    id: 'person:ban-ki-moon', name: 'Ban Ki-moon', native: ['반기문', '潘基文'], surname: 'Ban',
    description: 'South Korean diplomat; Secretary-General of the United Nations 2007–2016',
    roles: [r('Secretary-General of the United Nations', '', '2007-01-01', '2016-12-31')],
  },

  // ── North Korea ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:kim-jong-un', name: 'Kim Jong Un', native: ['김정은', '金正恩'], surname: 'Kim',
    description: 'Leader of North Korea since December 2011',
    roles: [
      r('Supreme Leader', 'kp', '2011-12'),
      r('Chairman of the Workers’ Party of Korea', 'kp', '2016-05', '2021-01'),
      r('General Secretary of the Workers’ Party of Korea', 'kp', '2021-01'),
    ],
  },
  {
    id: 'person:kim-jong-il', name: 'Kim Jong Il', native: ['김정일', '金正日'], surname: 'Kim',
    description: 'Leader of North Korea 1994–2011, father of Kim Jong Un',
    roles: [r('Supreme Leader', 'kp', '1994-07', '2011-12')],
  },
  {
    id: 'person:kim-il-sung', name: 'Kim Il Sung', native: ['김일성', '金日成'], surname: 'Kim',
    description: 'Founding leader of North Korea from 1948 until his death in 1994',
    roles: [r('Supreme Leader', 'kp', '1948-09', '1994-07')],
  },
  {
    id: 'person:kim-yo-jong', name: 'Kim Yo Jong', native: ['김여정'], surname: 'Kim',
    description: 'Sister of Kim Jong Un and senior official of the Workers’ Party of Korea',
    roles: [],
  },
  {
    id: 'person:kim-yong-nam', name: 'Kim Yong Nam', native: ['김영남'], surname: 'Kim',
    description: 'North Korea’s nominal head of state as president of the Supreme People’s Assembly Presidium 1998–2019',
    roles: [r('President of the Presidium of the Supreme People’s Assembly', 'kp', '1998-09', '2019-04')],
  },
  {
    id: 'person:ri-su-yong', name: 'Ri Su Yong', native: ['리수용'], surname: 'Ri',
    description: 'North Korean Foreign Minister 2014–2016',
    roles: [r('Foreign Minister', 'kp', '2014-04', '2016-05')],
  },
  {
    id: 'person:ri-yong-ho', name: 'Ri Yong Ho', native: ['리용호'], surname: 'Ri',
    description: 'North Korean Foreign Minister 2016–2020',
    roles: [r('Foreign Minister', 'kp', '2016-05', '2020-01')],
  },
  {
    id: 'person:ri-son-gwon', name: 'Ri Son Gwon', native: ['리선권'], surname: 'Ri',
    description: 'North Korean Foreign Minister 2020–2022',
    roles: [r('Foreign Minister', 'kp', '2020-01', '2022-06')],
  },
  {
    id: 'person:choe-son-hui', name: 'Choe Son Hui', native: ['최선희'], surname: 'Choe',
    description: 'North Korean Foreign Minister since 2022, the first woman in the post',
    roles: [r('Foreign Minister', 'kp', '2022-06')],
  },
  {
    id: 'person:kim-tok-hun', name: 'Kim Tok Hun', native: ['김덕훈'], surname: 'Kim',
    description: 'Premier of North Korea 2020–2024',
    roles: [r('Premier', 'kp', '2020-08', '2024-12')], // successor named, northkoreatimes.com (Xinhua/KCNA) 2024-12-29
  },
  {
    id: 'person:pak-thae-song', name: 'Pak Thae Song', native: ['박태성'], surname: 'Pak',
    description: 'Premier of North Korea since December 2024',
    roles: [r('Premier', 'kp', '2024-12')], // northkoreatimes.com (Xinhua/KCNA) 2024-12-29; nkleadershipwatch.org 2025-01-27
  },

  // ── China and Taiwan ────────────────────────────────────────────────────────────────────────
  {
    id: 'person:xi-jinping', name: 'Xi Jinping', native: ['习近平', '習近平'], surname: 'Xi', surnameStandsAlone: true,
    description: 'General Secretary of the Chinese Communist Party since 2012 and President of China since 2013',
    roles: [
      r('General Secretary of the Chinese Communist Party', 'cn', '2012-11-15'),
      r('Chairman of the Central Military Commission', 'cn', '2012-11-15'),
      r('President', 'cn', '2013-03-14'),
    ],
  },
  {
    id: 'person:li-keqiang', name: 'Li Keqiang', native: ['李克强'], surname: 'Li',
    description: 'Premier of China 2013–2023; died in October 2023',
    roles: [r('Premier', 'cn', '2013-03-15', '2023-03-11')],
  },
  {
    id: 'person:li-qiang', name: 'Li Qiang', native: ['李强'], surname: 'Li',
    description: 'Premier of China since March 2023',
    roles: [r('Premier', 'cn', '2023-03-11')],
  },
  {
    id: 'person:wang-yi', name: 'Wang Yi', native: ['王毅'], surname: 'Wang',
    description: 'Chinese Foreign Minister 2013–2022 and again since July 2023; head of the party’s foreign affairs office',
    roles: [
      r('Foreign Minister', 'cn', '2013-03-16', '2022-12-30'),
      r('Director of the Office of the Central Foreign Affairs Commission', 'cn', '2023-01'),
      r('Foreign Minister', 'cn', '2023-07-25'),
    ],
  },
  {
    id: 'person:qin-gang', name: 'Qin Gang', native: ['秦刚'], surname: 'Qin',
    description: 'Chinese Foreign Minister from December 2022 until his removal in July 2023',
    roles: [r('Ambassador to the United States', 'cn', '2021-07', '2022-12'), r('Foreign Minister', 'cn', '2022-12-30', '2023-07-25')],
  },
  {
    id: 'person:yang-jiechi', name: 'Yang Jiechi', native: ['杨洁篪'], surname: 'Yang',
    description: 'Chinese diplomat; Foreign Minister 2007–2013, later the Communist Party’s top foreign-policy official and a Politburo member 2017–2022',
    roles: [r('Foreign Minister', 'cn', '2007-04', '2013-03'), r('Politburo member', 'cn', '2017-10', '2022-10')],
  },
  {
    id: 'person:chang-wanquan', name: 'Chang Wanquan', native: ['常万全'], surname: 'Chang',
    description: 'Chinese Defense Minister 2013–2018',
    roles: [r('Defense Minister', 'cn', '2013-03', '2018-03')],
  },
  {
    id: 'person:wei-fenghe', name: 'Wei Fenghe', native: ['魏凤和'], surname: 'Wei',
    description: 'Chinese Defense Minister 2018–2023',
    roles: [r('Defense Minister', 'cn', '2018-03', '2023-03')],
  },
  {
    id: 'person:li-shangfu', name: 'Li Shangfu', native: ['李尚福'], surname: 'Li',
    description: 'Chinese Defense Minister from March 2023 until his removal in October 2023',
    roles: [r('Defense Minister', 'cn', '2023-03', '2023-10')],
  },
  {
    id: 'person:dong-jun', name: 'Dong Jun', native: ['董军'], surname: 'Dong',
    description: 'Chinese Defense Minister since December 2023',
    roles: [r('Defense Minister', 'cn', '2023-12')],
  },
  {
    id: 'person:wang-qishan', name: 'Wang Qishan', native: ['王岐山'], surname: 'Wang',
    description: 'Vice President of China 2018–2023',
    roles: [r('Vice President', 'cn', '2018-03', '2023-03')],
  },
  {
    id: 'person:han-zheng', name: 'Han Zheng', native: ['韩正'], surname: 'Han',
    description: 'Vice President of China since March 2023',
    roles: [r('Vice President', 'cn', '2023-03')],
  },
  {
    id: 'person:tsai-ing-wen', name: 'Tsai Ing-wen', native: ['蔡英文'], surname: 'Tsai',
    description: 'President of Taiwan 2016–2024',
    roles: [r('President', 'tw', '2016-05-20', '2024-05-20')], // successor sworn in, focustaiwan.tw 2024-05-20
  },
  {
    id: 'person:lai-ching-te', name: 'Lai Ching-te', aliases: ['William Lai', 'Lai Ching-teh'], native: ['賴清德'], surname: 'Lai',
    description: 'President of Taiwan since May 2024',
    roles: [
      r('Premier', 'tw', '2017-09-08', '2019-01-14'),
      r('Vice President', 'tw', '2020-05-20', '2024-05-20'),
      r('President', 'tw', '2024-05-20'), // focustaiwan.tw (CNA), anews.com.tr 2024-05-20
    ],
  },
  {
    id: 'person:ma-ying-jeou', name: 'Ma Ying-jeou', native: ['馬英九'], surname: 'Ma',
    description: 'President of Taiwan 2008–2016',
    roles: [r('President', 'tw', '2008-05-20', '2016-05-20')],
  },

  // ── United States ───────────────────────────────────────────────────────────────────────────
  {
    id: 'person:barack-obama', name: 'Barack Obama', surname: 'Obama', surnameStandsAlone: true,
    description: 'President of the United States 2009–2017',
    roles: [r('President', 'us', '2009-01-20', '2017-01-20')],
  },
  {
    id: 'person:donald-trump', name: 'Donald Trump', aliases: ['Donald J. Trump'], surname: 'Trump', surnameStandsAlone: true,
    description: 'President of the United States 2017–2021 and since January 2025',
    roles: [r('President', 'us', '2017-01-20', '2021-01-20'), r('President', 'us', '2025-01-20')],
  },
  {
    id: 'person:joe-biden', name: 'Joe Biden', aliases: ['Joseph R. Biden', 'Joseph Biden'], surname: 'Biden', surnameStandsAlone: true,
    description: 'President of the United States 2021–2025; Vice President 2009–2017',
    roles: [r('Vice President', 'us', '2009-01-20', '2017-01-20'), r('President', 'us', '2021-01-20', '2025-01-20')],
  },
  {
    id: 'person:mike-pence', name: 'Mike Pence', surname: 'Pence',
    description: 'Vice President of the United States 2017–2021',
    roles: [r('Vice President', 'us', '2017-01-20', '2021-01-20')],
  },
  {
    id: 'person:kamala-harris', name: 'Kamala Harris', surname: 'Harris',
    description: 'Vice President of the United States 2021–2025',
    roles: [r('Vice President', 'us', '2021-01-20', '2025-01-20')],
  },
  {
    id: 'person:jd-vance', name: 'JD Vance', aliases: ['J.D. Vance', 'J. D. Vance'], surname: 'Vance',
    description: 'Vice President of the United States since January 2025',
    roles: [
      r('Senator from Ohio', 'us', '2023-01-03', '2025-01-10'), // resignation effective 2025-01-10, foxnews.com 2025-01-10
      r('Vice President', 'us', '2025-01-20'),
    ],
  },
  {
    id: 'person:john-kerry', name: 'John Kerry', surname: 'Kerry',
    description: 'US Secretary of State 2013–2017 and climate envoy 2021–2024',
    roles: [
      r('Secretary of State', 'us', '2013-02-01', '2017-01-20'),
      r('Special Presidential Envoy for Climate', 'us', '2021-01-20', '2024-03'), // last day 6 March, thehill.com, unitedheadlines.com 2024-03
    ],
  },
  {
    id: 'person:rex-tillerson', name: 'Rex Tillerson', surname: 'Tillerson', surnameStandsAlone: true,
    description: 'US Secretary of State 2017–2018',
    roles: [r('Secretary of State', 'us', '2017-02-01', '2018-03-31')],
  },
  {
    id: 'person:mike-pompeo', name: 'Mike Pompeo', surname: 'Pompeo', surnameStandsAlone: true,
    description: 'US Secretary of State 2018–2021; CIA Director 2017–2018',
    roles: [r('CIA Director', 'us', '2017-01-23', '2018-04-26'), r('Secretary of State', 'us', '2018-04-26', '2021-01-20')],
  },
  {
    id: 'person:antony-blinken', name: 'Antony Blinken', surname: 'Blinken', surnameStandsAlone: true,
    description: 'US Secretary of State 2021–2025',
    roles: [r('Secretary of State', 'us', '2021-01-26', '2025-01-20')],
  },
  {
    id: 'person:marco-rubio', name: 'Marco Rubio', surname: 'Rubio', surnameStandsAlone: true,
    description: 'US Secretary of State since January 2025, also acting National Security Adviser since May 2025',
    roles: [
      r('Senator from Florida', 'us', '2011-01-03', '2025-01-20'), // resignation entered after the 99–0 vote, keranews.org 2025-01-20
      r('Secretary of State', 'us', '2025-01-21'), // sworn in, westernjournal.com, newsx.com 2025-01-21
      r('National Security Adviser (acting)', 'us', '2025-05-01'), // spokesman.com (NYT), icirnigeria.org 2025-05-01
    ],
  },
  {
    id: 'person:ash-carter', name: 'Ash Carter', aliases: ['Ashton Carter'], surname: 'Carter',
    description: 'US Secretary of Defense 2015–2017; died in 2022',
    roles: [r('Secretary of Defense', 'us', '2015-02-17', '2017-01-20')],
  },
  {
    id: 'person:jim-mattis', name: 'Jim Mattis', aliases: ['James Mattis'], surname: 'Mattis', surnameStandsAlone: true,
    description: 'US Secretary of Defense 2017–2018, retired Marine general',
    roles: [r('Secretary of Defense', 'us', '2017-01-20', '2018-12-31')],
  },
  {
    id: 'person:patrick-shanahan', name: 'Patrick Shanahan', surname: 'Shanahan',
    description: 'Acting US Secretary of Defense in 2019',
    roles: [r('Secretary of Defense (acting)', 'us', '2019-01-01', '2019-06-23')],
  },
  {
    id: 'person:mark-esper', name: 'Mark Esper', surname: 'Esper',
    description: 'US Secretary of Defense 2019–2020',
    roles: [r('Secretary of Defense', 'us', '2019-07-23', '2020-11-09')],
  },
  {
    id: 'person:lloyd-austin', name: 'Lloyd Austin', surname: 'Austin',
    description: 'US Secretary of Defense 2021–2025, retired Army general',
    roles: [r('Secretary of Defense', 'us', '2021-01-22', '2025-01-20')],
  },
  {
    id: 'person:pete-hegseth', name: 'Pete Hegseth', surname: 'Hegseth', surnameStandsAlone: true,
    description: 'US Secretary of Defense since January 2025 (also styled Secretary of War from September 2025)',
    roles: [r('Secretary of Defense', 'us', '2025-01-25')], // sworn in, kyma.com, theyeshivaworld.com 2025-01-25; “Secretary of War” title by executive order, defensedaily.com 2025-09-05
  },
  {
    id: 'person:h-r-mcmaster', name: 'H.R. McMaster', aliases: ['H. R. McMaster', 'Herbert Raymond McMaster'], surname: 'McMaster',
    description: 'US National Security Adviser 2017–2018',
    roles: [r('National Security Adviser', 'us', '2017-02-20', '2018-04-09')],
  },
  {
    id: 'person:john-bolton', name: 'John Bolton', surname: 'Bolton',
    description: 'US National Security Adviser 2018–2019',
    roles: [r('National Security Adviser', 'us', '2018-04-09', '2019-09-10')],
  },
  {
    id: 'person:robert-obrien', name: 'Robert O’Brien', aliases: ["Robert C. O'Brien"], surname: 'O’Brien',
    description: 'US National Security Adviser 2019–2021',
    roles: [r('National Security Adviser', 'us', '2019-09-18', '2021-01-20')],
  },
  {
    id: 'person:jake-sullivan', name: 'Jake Sullivan', surname: 'Sullivan',
    description: 'US National Security Adviser 2021–2025',
    roles: [r('National Security Adviser', 'us', '2021-01-20', '2025-01-20')],
  },
  {
    id: 'person:william-burns', name: 'William Burns', aliases: ['William J. Burns', 'Bill Burns'], surname: 'Burns',
    description: 'Director of the CIA 2021–2025; career diplomat, Deputy Secretary of State 2011–2014',
    roles: [r('Deputy Secretary of State', 'us', '2011-07-28', '2014-11-03'), r('CIA Director', 'us', '2021-03-19', '2025-01-20')],
  },
  {
    id: 'person:mike-waltz', name: 'Mike Waltz', aliases: ['Michael Waltz'], surname: 'Waltz',
    description: 'US National Security Adviser in 2025, then Ambassador to the United Nations',
    roles: [
      r('National Security Adviser', 'us', '2025-01-20', '2025-05-01'), // removed, spokesman.com (NYT), icirnigeria.org 2025-05-01
      r('Ambassador to the United Nations', 'us', '2025-09'), // Senate confirmed 2025-09-19, news.ballotpedia.org 2025-09-22, devdiscourse.com 2025-09-19
    ],
  },
  {
    id: 'person:nikki-haley', name: 'Nikki Haley', surname: 'Haley',
    description: 'US Ambassador to the United Nations 2017–2018',
    roles: [r('Ambassador to the United Nations', 'us', '2017-01-27', '2018-12-31')],
  },
  {
    id: 'person:linda-thomas-greenfield', name: 'Linda Thomas-Greenfield', surname: 'Thomas-Greenfield',
    description: 'US Ambassador to the United Nations 2021–2025',
    roles: [r('Ambassador to the United Nations', 'us', '2021-02', '2025-01')],
  },
  {
    id: 'person:nancy-pelosi', name: 'Nancy Pelosi', surname: 'Pelosi', surnameStandsAlone: true,
    description: 'Speaker of the US House of Representatives 2007–2011 and 2019–2023',
    roles: [
      r('Speaker of the House of Representatives', 'us', '2007-01-04', '2011-01-03'),
      r('Speaker of the House of Representatives', 'us', '2019-01-03', '2023-01-03'),
    ],
  },
  {
    id: 'person:rahm-emanuel', name: 'Rahm Emanuel', surname: 'Emanuel',
    description: 'US Ambassador to Japan 2022–2025; Mayor of Chicago 2011–2019',
    roles: [
      r('White House Chief of Staff', 'us', '2009-01-20', '2010-10-01'),
      r('Mayor of Chicago', 'us', '2011-05-16', '2019-05-20'),
      r('Ambassador to Japan', 'us', '2022-01', '2025-01'),
    ],
  },

  // ── Russia ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:vladimir-putin', name: 'Vladimir Putin', native: ['Владимир Путин'], surname: 'Putin', surnameStandsAlone: true,
    description: 'President of Russia 2000–2008 and since 2012; Prime Minister 2008–2012',
    roles: [
      r('President', 'ru', '2000-05-07', '2008-05-07'),
      r('Prime Minister', 'ru', '2008-05-08', '2012-05-07'),
      r('President', 'ru', '2012-05-07'),
    ],
  },
  {
    id: 'person:dmitry-medvedev', name: 'Dmitry Medvedev', aliases: ['Dmitri Medvedev'], native: ['Дмитрий Медведев'], surname: 'Medvedev',
    description: 'President of Russia 2008–2012, Prime Minister 2012–2020, then deputy head of the Security Council',
    roles: [
      r('President', 'ru', '2008-05-07', '2012-05-07'),
      r('Prime Minister', 'ru', '2012-05-08', '2020-01-16'),
      r('Deputy Chairman of the Security Council', 'ru', '2020-01-16'),
    ],
  },
  {
    id: 'person:mikhail-mishustin', name: 'Mikhail Mishustin', native: ['Михаил Мишустин'], surname: 'Mishustin', surnameStandsAlone: true,
    description: 'Prime Minister of Russia since January 2020',
    roles: [r('Prime Minister', 'ru', '2020-01-16')],
  },
  {
    id: 'person:sergei-lavrov', name: 'Sergei Lavrov', aliases: ['Sergey Lavrov'], native: ['Сергей Лавров'], surname: 'Lavrov', surnameStandsAlone: true,
    description: 'Russian Foreign Minister since 2004',
    roles: [r('Foreign Minister', 'ru', '2004-03-09')],
  },
  {
    id: 'person:sergei-shoigu', name: 'Sergei Shoigu', aliases: ['Sergey Shoigu'], native: ['Сергей Шойгу'], surname: 'Shoigu', surnameStandsAlone: true,
    description: 'Russian Defence Minister 2012–2024, then Secretary of the Security Council',
    roles: [
      r('Defense Minister', 'ru', '2012-11-06', '2024-05-12'),
      r('Secretary of the Security Council', 'ru', '2024-05-12'), // decree, devdiscourse.com (PTI) 2024-05-13, ecbnnews.com 2024-05-13
    ],
  },
  {
    id: 'person:andrei-belousov', name: 'Andrei Belousov', aliases: ['Andrey Belousov'], native: ['Андрей Белоусов'], surname: 'Belousov',
    description: 'Russian Defence Minister since May 2024',
    roles: [
      r('First Deputy Prime Minister', 'ru', '2020-01-21', '2024-05-14'),
      r('Defense Minister', 'ru', '2024-05-14'), // decree, pravda.com.ua 2024-05-14
    ],
  },
  {
    id: 'person:nikolai-patrushev', name: 'Nikolai Patrushev', aliases: ['Nikolay Patrushev'], native: ['Николай Патрушев'], surname: 'Patrushev',
    description: 'Secretary of Russia’s Security Council 2008–2024, then a Kremlin aide',
    roles: [r('Secretary of the Security Council', 'ru', '2008-05-12', '2024-05-12'), r('Presidential Aide', 'ru', '2024-05')],
  },
  {
    id: 'person:dmitry-peskov', name: 'Dmitry Peskov', aliases: ['Dmitri Peskov'], native: ['Дмитрий Песков'], surname: 'Peskov', surnameStandsAlone: true,
    description: 'Kremlin spokesman since 2012',
    roles: [r('Kremlin Press Secretary', 'ru', '2012-05')],
  },
  {
    id: 'person:maria-zakharova', name: 'Maria Zakharova', native: ['Мария Захарова'], surname: 'Zakharova',
    description: 'Russian Foreign Ministry spokeswoman since 2015',
    roles: [r('Foreign Ministry Spokeswoman', 'ru', '2015-08')],
  },
  {
    id: 'person:valery-gerasimov', name: 'Valery Gerasimov', native: ['Валерий Герасимов'], surname: 'Gerasimov',
    description: 'Chief of the Russian General Staff since 2012',
    roles: [r('Chief of the General Staff', 'ru', '2012-11-09')],
  },
  {
    id: 'person:vasily-nebenzya', name: 'Vasily Nebenzya', native: ['Василий Небензя'], surname: 'Nebenzya',
    description: 'Russian Ambassador to the United Nations since 2017',
    roles: [r('Ambassador to the United Nations', 'ru', '2017-07')],
  },
  {
    id: 'person:yevgeny-prigozhin', name: 'Yevgeny Prigozhin', native: ['Евгений Пригожин'], surname: 'Prigozhin', surnameStandsAlone: true,
    description: 'Founder of the Wagner mercenary group; led a mutiny in June 2023 and died in a plane crash in August 2023',
    roles: [],
  },

  // ── Ukraine ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:volodymyr-zelensky', name: 'Volodymyr Zelensky',
    aliases: ['Volodymyr Zelenskyy', 'Volodymyr Zelenskiy', 'Zelenskyy', 'Zelenskiy'], native: ['Володимир Зеленський'],
    surname: 'Zelensky', surnameStandsAlone: true,
    description: 'President of Ukraine since 2019',
    roles: [r('President', 'ua', '2019-05-20')],
  },
  {
    id: 'person:petro-poroshenko', name: 'Petro Poroshenko', native: ['Петро Порошенко'], surname: 'Poroshenko', surnameStandsAlone: true,
    description: 'President of Ukraine 2014–2019',
    roles: [r('President', 'ua', '2014-06-07', '2019-05-20')],
  },
  {
    id: 'person:arseniy-yatsenyuk', name: 'Arseniy Yatsenyuk', surname: 'Yatsenyuk',
    description: 'Prime Minister of Ukraine 2014–2016',
    roles: [r('Prime Minister', 'ua', '2014-02-27', '2016-04-14')],
  },
  {
    id: 'person:volodymyr-groysman', name: 'Volodymyr Groysman', surname: 'Groysman',
    description: 'Prime Minister of Ukraine 2016–2019',
    roles: [r('Prime Minister', 'ua', '2016-04-14', '2019-08-29')],
  },
  {
    id: 'person:oleksiy-honcharuk', name: 'Oleksiy Honcharuk', surname: 'Honcharuk',
    description: 'Prime Minister of Ukraine 2019–2020',
    roles: [r('Prime Minister', 'ua', '2019-08-29', '2020-03-04')],
  },
  {
    id: 'person:denys-shmyhal', name: 'Denys Shmyhal', native: ['Денис Шмигаль'], surname: 'Shmyhal',
    description: 'Prime Minister of Ukraine 2020–2025, Defence Minister 2025–2026, then First Deputy Prime Minister and Energy Minister',
    roles: [
      r('Prime Minister', 'ua', '2020-03-04', '2025-07-16'), // dismissed by the Rada on 16 July, tass.com 2025-07-17, artsakh.news 2025-07-17
      r('Defense Minister', 'ua', '2025-07-17', '2026-01'), // pravda.com.ua 2025-07-17; left office, interfax.com.ua 2026-01-14
      r('First Deputy Prime Minister and Energy Minister', 'ua', '2026-01-14'), // iltempo.it (Adnkronos), interfax.com.ua 2026-01-14
    ],
  },
  {
    id: 'person:yulia-svyrydenko', name: 'Yulia Svyrydenko', native: ['Юлія Свириденко'], surname: 'Svyrydenko',
    description: 'Prime Minister of Ukraine since July 2025',
    roles: [r('Prime Minister', 'ua', '2025-07-17')], // pravda.com.ua, tass.com 2025-07-17
  },
  {
    id: 'person:pavlo-klimkin', name: 'Pavlo Klimkin', surname: 'Klimkin',
    description: 'Ukrainian Foreign Minister 2014–2019',
    roles: [r('Foreign Minister', 'ua', '2014-06-19', '2019-08-29')],
  },
  {
    id: 'person:vadym-prystaiko', name: 'Vadym Prystaiko', surname: 'Prystaiko',
    description: 'Ukrainian Foreign Minister 2019–2020',
    roles: [r('Foreign Minister', 'ua', '2019-08-29', '2020-03-04')],
  },
  {
    id: 'person:dmytro-kuleba', name: 'Dmytro Kuleba', native: ['Дмитро Кулеба'], surname: 'Kuleba', surnameStandsAlone: true,
    description: 'Ukrainian Foreign Minister 2020–2024',
    roles: [r('Foreign Minister', 'ua', '2020-03-04', '2024-09-05')], // resignation approved, kyivindependent.com, dw.com 2024-09-05
  },
  {
    id: 'person:andrii-sybiha', name: 'Andrii Sybiha', aliases: ['Andriy Sybiha'], native: ['Андрій Сибіга'], surname: 'Sybiha', surnameStandsAlone: true,
    description: 'Ukrainian Foreign Minister since September 2024',
    roles: [r('Foreign Minister', 'ua', '2024-09-05')], // kyivindependent.com, rt.com 2024-09-05
  },
  {
    id: 'person:stepan-poltorak', name: 'Stepan Poltorak', surname: 'Poltorak',
    description: 'Ukrainian Defence Minister 2014–2019',
    roles: [r('Defense Minister', 'ua', '2014-10-14', '2019-08-29')],
  },
  {
    id: 'person:andriy-zagorodnyuk', name: 'Andriy Zagorodnyuk', surname: 'Zagorodnyuk',
    description: 'Ukrainian Defence Minister 2019–2020',
    roles: [r('Defense Minister', 'ua', '2019-08-29', '2020-03-04')],
  },
  {
    id: 'person:andriy-taran', name: 'Andriy Taran', surname: 'Taran',
    description: 'Ukrainian Defence Minister 2020–2021',
    roles: [r('Defense Minister', 'ua', '2020-03-04', '2021-11-03')],
  },
  {
    id: 'person:oleksii-reznikov', name: 'Oleksii Reznikov', aliases: ['Oleksiy Reznikov'], native: ['Олексій Резніков'], surname: 'Reznikov',
    description: 'Ukrainian Defence Minister 2021–2023',
    roles: [r('Defense Minister', 'ua', '2021-11-04', '2023-09-05')],
  },
  {
    id: 'person:rustem-umerov', name: 'Rustem Umerov', native: ['Рустем Умєров'], surname: 'Umerov',
    description: 'Ukrainian Defence Minister 2023–2025, then Secretary of the National Security and Defense Council',
    roles: [
      r('Defense Minister', 'ua', '2023-09-06', '2025-07-17'), // successor appointed, pravda.com.ua, tass.com 2025-07-17
      r('Secretary of the National Security and Defense Council', 'ua', '2025-07-18'), // decree 496/2025, nv.ua 2025-07-18; sigmatv.net.ua
    ],
  },
  {
    id: 'person:andriy-yermak', name: 'Andriy Yermak', aliases: ['Andrii Yermak'], native: ['Андрій Єрмак'], surname: 'Yermak',
    description: 'Head of the Office of the President of Ukraine 2020–2025',
    roles: [r('Head of the Presidential Office', 'ua', '2020-02-11', '2025-11-28')], // resigned and dismissed, news.liga.net, newsru.co.il 2025-11-28
  },
  {
    id: 'person:valerii-zaluzhnyi', name: 'Valerii Zaluzhnyi', aliases: ['Valery Zaluzhny', 'Valeriy Zaluzhnyi'], native: ['Валерій Залужний'],
    surname: 'Zaluzhnyi',
    description: 'Commander-in-chief of Ukraine’s armed forces 2021–2024, then Ambassador to the United Kingdom',
    roles: [
      r('Commander-in-Chief of the Armed Forces', 'ua', '2021-07-27', '2024-02-08'), // pravda.com.ua 2024-06-08
      r('Ambassador to the United Kingdom', 'ua', '2024-05-09'), // appointed by decree, pravda.com.ua, censor.net 2024-06-08
    ],
  },
  {
    id: 'person:oleksandr-syrskyi', name: 'Oleksandr Syrskyi', aliases: ['Oleksandr Syrsky'], native: ['Олександр Сирський'], surname: 'Syrskyi',
    description: 'Commander-in-chief of Ukraine’s armed forces since February 2024',
    roles: [r('Commander-in-Chief of the Armed Forces', 'ua', '2024-02-08')], // pravda.com.ua 2024-06-08
  },

  // ── United Kingdom ──────────────────────────────────────────────────────────────────────────
  {
    id: 'person:david-cameron', name: 'David Cameron', aliases: ['Lord Cameron'], surname: 'Cameron',
    description: 'British Prime Minister 2010–2016; Foreign Secretary 2023–2024',
    roles: [r('Prime Minister', 'gb', '2010-05-11', '2016-07-13'), r('Foreign Secretary', 'gb', '2023-11-13', '2024-07-05')], // Labour government from 2024-07-05, anews.com.tr
  },
  {
    // No surname: "May" is far more often the month.
    id: 'person:theresa-may', name: 'Theresa May',
    description: 'British Prime Minister 2016–2019',
    roles: [r('Home Secretary', 'gb', '2010-05-12', '2016-07-13'), r('Prime Minister', 'gb', '2016-07-13', '2019-07-24')],
  },
  {
    id: 'person:boris-johnson', name: 'Boris Johnson', surname: 'Johnson',
    description: 'British Prime Minister 2019–2022; Foreign Secretary 2016–2018',
    roles: [r('Foreign Secretary', 'gb', '2016-07-13', '2018-07-09'), r('Prime Minister', 'gb', '2019-07-24', '2022-09-06')],
  },
  {
    id: 'person:liz-truss', name: 'Liz Truss', surname: 'Truss', surnameStandsAlone: true,
    description: 'British Prime Minister in 2022; Foreign Secretary 2021–2022',
    roles: [r('Foreign Secretary', 'gb', '2021-09-15', '2022-09-06'), r('Prime Minister', 'gb', '2022-09-06', '2022-10-25')],
  },
  {
    id: 'person:rishi-sunak', name: 'Rishi Sunak', surname: 'Sunak', surnameStandsAlone: true,
    description: 'British Prime Minister 2022–2024',
    roles: [r('Chancellor of the Exchequer', 'gb', '2020-02-13', '2022-07-05'), r('Prime Minister', 'gb', '2022-10-25', '2024-07-05')], // successor appointed, anews.com.tr 2024-07-05
  },
  {
    id: 'person:keir-starmer', name: 'Keir Starmer', surname: 'Starmer', surnameStandsAlone: true,
    description: 'British Prime Minister from July 2024; announced his resignation in June 2026, staying on as caretaker until Labour chose a successor',
    // Resignation announced 2026-06-22 (jordantimes.com, washingtonexaminer.co.uk, cronfeed.work 2026-06), staying
    // until Labour chose a successor (nominations 9–16 July, a new leader by September). The day he left office and
    // his successor are not in our sources: the end stays a year, which cards show as uncertain (describe.ts).
    roles: [{ ...r('Prime Minister', 'gb', '2024-07-05', '2026'), leaving: '2026-06-22' }],
  },
  {
    id: 'person:philip-hammond', name: 'Philip Hammond', surname: 'Hammond',
    description: 'British Foreign Secretary 2014–2016 and Chancellor of the Exchequer 2016–2019',
    roles: [r('Foreign Secretary', 'gb', '2014-07-15', '2016-07-13'), r('Chancellor of the Exchequer', 'gb', '2016-07-13', '2019-07-24')],
  },
  {
    id: 'person:jeremy-hunt', name: 'Jeremy Hunt', surname: 'Hunt',
    description: 'British Foreign Secretary 2018–2019 and Chancellor of the Exchequer 2022–2024',
    roles: [r('Foreign Secretary', 'gb', '2018-07-09', '2019-07-24'), r('Chancellor of the Exchequer', 'gb', '2022-10-14', '2024-07-05')], // Labour government from 2024-07-05, anews.com.tr
  },
  {
    id: 'person:dominic-raab', name: 'Dominic Raab', surname: 'Raab',
    description: 'British Foreign Secretary 2019–2021',
    roles: [r('Foreign Secretary', 'gb', '2019-07-24', '2021-09-15')],
  },
  {
    id: 'person:james-cleverly', name: 'James Cleverly',
    description: 'British Foreign Secretary 2022–2023 and Home Secretary 2023–2024',
    roles: [r('Foreign Secretary', 'gb', '2022-09-06', '2023-11-13'), r('Home Secretary', 'gb', '2023-11-13', '2024-07-05')], // Labour government from 2024-07-05, anews.com.tr
  },
  {
    id: 'person:david-lammy', name: 'David Lammy', surname: 'Lammy', surnameStandsAlone: true,
    description: 'British Foreign Secretary 2024–2025, then Deputy Prime Minister and Justice Secretary',
    roles: [
      r('Foreign Secretary', 'gb', '2024-07-05', '2025-09-05'), // anews.com.tr 2024-07-05; the-independent.com 2025-09-05
      r('Deputy Prime Minister', 'gb', '2025-09-05'), // the-independent.com, cyprus-mail.com 2025-09-05
      r('Justice Secretary', 'gb', '2025-09-05'), // the-independent.com, cyprus-mail.com 2025-09-05
    ],
  },
  {
    id: 'person:yvette-cooper', name: 'Yvette Cooper', surname: 'Cooper',
    description: 'British Foreign Secretary since September 2025; Home Secretary 2024–2025',
    roles: [
      r('Home Secretary', 'gb', '2024-07-05', '2025-09-05'), // anews.com.tr 2024-07-05
      r('Foreign Secretary', 'gb', '2025-09-05'), // anews.com.tr, the-independent.com 2025-09-05
    ],
  },
  {
    id: 'person:michael-fallon', name: 'Michael Fallon', surname: 'Fallon',
    description: 'British Defence Secretary 2014–2017',
    roles: [r('Defence Secretary', 'gb', '2014-07-15', '2017-11-01')],
  },
  {
    id: 'person:gavin-williamson', name: 'Gavin Williamson', surname: 'Williamson',
    description: 'British Defence Secretary 2017–2019',
    roles: [r('Defence Secretary', 'gb', '2017-11-02', '2019-05-01')],
  },
  {
    id: 'person:penny-mordaunt', name: 'Penny Mordaunt', surname: 'Mordaunt',
    description: 'British Defence Secretary in 2019',
    roles: [r('Defence Secretary', 'gb', '2019-05-01', '2019-07-24')],
  },
  {
    id: 'person:ben-wallace', name: 'Ben Wallace', surname: 'Wallace',
    description: 'British Defence Secretary 2019–2023',
    roles: [r('Defence Secretary', 'gb', '2019-07-24', '2023-08-31')],
  },
  {
    id: 'person:grant-shapps', name: 'Grant Shapps', surname: 'Shapps',
    description: 'British Defence Secretary 2023–2024',
    roles: [r('Defence Secretary', 'gb', '2023-08-31', '2024-07-05')], // successor Healey, anews.com.tr 2024-07-05
  },
  {
    id: 'person:john-healey', name: 'John Healey', surname: 'Healey',
    description: 'British Defence Secretary 2024–2026; resigned in June 2026 over the government’s defence spending plans',
    roles: [r('Defence Secretary', 'gb', '2024-07-05', '2026-06-11')], // anews.com.tr 2024-07-05; resigned, themonexus.com, gbnews.com 2026-06-11
  },
  {
    id: 'person:elizabeth-ii', name: 'Queen Elizabeth II', aliases: ['Elizabeth II'], surname: 'Elizabeth',
    description: 'Queen of the United Kingdom 1952–2022',
    roles: [r('Queen', 'gb', '1952-02-06', '2022-09-08')],
  },
  {
    id: 'person:charles-iii', name: 'King Charles III', aliases: ['Charles III', 'King Charles', 'Charles, Prince of Wales'],
    surname: 'Charles',
    description: 'King of the United Kingdom since September 2022; Prince of Wales 1958–2022',
    roles: [r('Prince of Wales', 'gb', '1958-07-26', '2022-09-08'), r('King', 'gb', '2022-09-08')],
  },
  // The royal family: news names them by title and given name ("Prince Harry", read as a title before the
  // given name, lib/entities/officials.ts), then by the given name alone ("Harry said").
  {
    id: 'person:queen-camilla', name: 'Queen Camilla', aliases: ['Camilla Parker Bowles', 'Camilla, Duchess of Cornwall', 'Duchess of Cornwall'],
    surname: 'Camilla',
    description: 'Queen of the United Kingdom, wife of King Charles III',
    roles: [r('Duchess of Cornwall', 'gb', '2005-04-09', '2022-09-08'), r('Queen consort', 'gb', '2022-09-08')],
  },
  {
    id: 'person:prince-william', name: 'William, Prince of Wales', aliases: ['Duke of Cambridge'],
    surname: 'William',
    description: 'Heir to the British throne; Prince of Wales since September 2022',
    roles: [r('Duke of Cambridge', 'gb', '2011-04-29', '2022-09-09'), r('Prince of Wales', 'gb', '2022-09-09')],
  },
  {
    id: 'person:catherine-princess-of-wales', name: 'Catherine, Princess of Wales',
    aliases: ['Kate Middleton', 'Catherine Middleton', 'Duchess of Cambridge'],
    surname: 'Kate',
    description: 'Wife of Prince William; Princess of Wales since September 2022',
    roles: [r('Duchess of Cambridge', 'gb', '2011-04-29', '2022-09-09'), r('Princess of Wales', 'gb', '2022-09-09')],
  },
  {
    id: 'person:prince-harry', name: 'Harry, Duke of Sussex', aliases: ['Duke of Sussex'],
    surname: 'Harry',
    description: 'Younger son of King Charles III; stepped back from royal duties in 2020',
    roles: [r('Duke of Sussex', 'gb', '2018-05-19')],
  },
  {
    id: 'person:meghan-duchess-of-sussex', name: 'Meghan Markle', aliases: ['Duchess of Sussex'],
    surname: 'Meghan',
    description: 'Wife of Prince Harry; stepped back from royal duties in 2020',
    roles: [r('Duchess of Sussex', 'gb', '2018-05-19')],
  },
  {
    id: 'person:prince-philip', name: 'Philip, Duke of Edinburgh',
    surname: 'Philip',
    description: 'Husband of Queen Elizabeth II; died in April 2021',
    roles: [r('Duke of Edinburgh', 'gb', '1947-11-20', '2021-04-09')],
  },
  {
    id: 'person:diana-princess-of-wales', name: 'Diana, Princess of Wales', aliases: ['Lady Diana Spencer'],
    surname: 'Diana',
    description: 'First wife of Charles, Prince of Wales (divorced 1996); died in August 1997',
    roles: [r('Princess of Wales', 'gb', '1981-07-29', '1996-08-28')],
  },
  {
    id: 'person:andrew-mountbatten-windsor', name: 'Andrew Mountbatten Windsor', aliases: ['Andrew Mountbatten-Windsor', 'Duke of York'],
    surname: 'Andrew',
    description: 'Brother of King Charles III; stripped of his titles, among them Prince and Duke of York, in October 2025',
    roles: [r('Duke of York', 'gb', '1986-07-23', '2025-10-30')], // titles removed 30 October 2025, letters patent of 3 November 2025: upday.com 2025-10-31, hellomagazine.com 2025-11-06
  },

  // ── France ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:francois-hollande', name: 'François Hollande', surname: 'Hollande', surnameStandsAlone: true,
    description: 'President of France 2012–2017',
    roles: [r('President', 'fr', '2012-05-15', '2017-05-14')],
  },
  {
    id: 'person:emmanuel-macron', name: 'Emmanuel Macron', surname: 'Macron', surnameStandsAlone: true,
    description: 'President of France since 2017',
    roles: [r('President', 'fr', '2017-05-14')],
  },
  {
    id: 'person:manuel-valls', name: 'Manuel Valls', surname: 'Valls',
    description: 'Prime Minister of France 2014–2016',
    roles: [r('Prime Minister', 'fr', '2014-03-31', '2016-12-06')],
  },
  {
    id: 'person:bernard-cazeneuve', name: 'Bernard Cazeneuve', surname: 'Cazeneuve',
    description: 'Prime Minister of France 2016–2017',
    roles: [r('Prime Minister', 'fr', '2016-12-06', '2017-05-15')],
  },
  {
    id: 'person:edouard-philippe', name: 'Édouard Philippe', surname: 'Philippe',
    description: 'Prime Minister of France 2017–2020',
    roles: [r('Prime Minister', 'fr', '2017-05-15', '2020-07-03')],
  },
  {
    id: 'person:jean-castex', name: 'Jean Castex', surname: 'Castex',
    description: 'Prime Minister of France 2020–2022',
    roles: [r('Prime Minister', 'fr', '2020-07-03', '2022-05-16')],
  },
  {
    id: 'person:elisabeth-borne', name: 'Élisabeth Borne', surname: 'Borne',
    description: 'Prime Minister of France 2022–2024',
    roles: [r('Prime Minister', 'fr', '2022-05-16', '2024-01-09')], // successor appointed, businessday.ng 2024-01-09
  },
  {
    id: 'person:gabriel-attal', name: 'Gabriel Attal', surname: 'Attal', surnameStandsAlone: true,
    description: 'Prime Minister of France in 2024',
    roles: [r('Prime Minister', 'fr', '2024-01-09', '2024-09-05')], // businessday.ng 2024-01-09; successor named, en.people.cn (Xinhua) 2024-09-05
  },
  {
    id: 'person:michel-barnier', name: 'Michel Barnier', surname: 'Barnier', surnameStandsAlone: true,
    description: 'Prime Minister of France in 2024; earlier the EU’s chief Brexit negotiator',
    roles: [r('Prime Minister', 'fr', '2024-09-05', '2024-12-13')], // en.people.cn (Xinhua) 2024-09-05; successor named, news.az 2024-12-13
  },
  {
    id: 'person:francois-bayrou', name: 'François Bayrou', surname: 'Bayrou', surnameStandsAlone: true,
    description: 'Prime Minister of France 2024–2025',
    roles: [r('Prime Minister', 'fr', '2024-12-13', '2025-09-09')], // news.az 2024-12-13; resigned after losing a confidence vote, timesng.com, thewatcherpost.eu 2025-09-09
  },
  {
    id: 'person:sebastien-lecornu', name: 'Sébastien Lecornu', surname: 'Lecornu', surnameStandsAlone: true,
    description: 'Prime Minister of France since September 2025 (resigned and was reappointed in October 2025); Armed Forces Minister 2022–2025',
    roles: [
      r('Armed Forces Minister', 'fr', '2022-05-20', '2025-10-05'), // successor named in his first government, businesstoday.in 2025-10-06
      r('Prime Minister', 'fr', '2025-09-09'), // appointed, timesng.com, today.az 2025-09-09; reappointed, lorientlejour.com 2025-10-10
    ],
  },
  {
    id: 'person:laurent-fabius', name: 'Laurent Fabius', surname: 'Fabius',
    description: 'French Foreign Minister 2012–2016',
    roles: [r('Foreign Minister', 'fr', '2012-05-16', '2016-02-11')],
  },
  {
    id: 'person:jean-marc-ayrault', name: 'Jean-Marc Ayrault', surname: 'Ayrault',
    description: 'Prime Minister of France 2012–2014 and Foreign Minister 2016–2017',
    roles: [r('Prime Minister', 'fr', '2012-05-15', '2014-03-31'), r('Foreign Minister', 'fr', '2016-02-11', '2017-05-17')],
  },
  {
    id: 'person:jean-yves-le-drian', name: 'Jean-Yves Le Drian', surname: 'Le Drian',
    description: 'French Defence Minister 2012–2017 and Foreign Minister 2017–2022',
    roles: [r('Defense Minister', 'fr', '2012-05-16', '2017-05-17'), r('Foreign Minister', 'fr', '2017-05-17', '2022-05-20')],
  },
  {
    id: 'person:catherine-colonna', name: 'Catherine Colonna', surname: 'Colonna',
    description: 'French Foreign Minister 2022–2024',
    roles: [r('Foreign Minister', 'fr', '2022-05-20', '2024-01-11')], // succeeded by Séjourné, libe.io 2024-09-21
  },
  {
    id: 'person:stephane-sejourne', name: 'Stéphane Séjourné', surname: 'Séjourné',
    description: 'French Foreign Minister in 2024, then a European Commission executive vice-president',
    roles: [r('Foreign Minister', 'fr', '2024-01-11', '2024-09-21')], // Attal cabinet, celebsnet.com 2024-01-11; successor named, libe.io 2024-09-21
  },
  {
    id: 'person:jean-noel-barrot', name: 'Jean-Noël Barrot', surname: 'Barrot',
    description: 'French Foreign Minister since September 2024',
    roles: [r('Foreign Minister', 'fr', '2024-09-21')], // pledgetimes.com, libe.io 2024-09-21; kept by Lecornu, news.liga.net 2025-10-13
  },
  {
    id: 'person:sylvie-goulard', name: 'Sylvie Goulard', surname: 'Goulard',
    description: 'French Armed Forces Minister in 2017',
    roles: [r('Armed Forces Minister', 'fr', '2017-05-17', '2017-06-21')],
  },
  {
    id: 'person:florence-parly', name: 'Florence Parly', surname: 'Parly',
    description: 'French Armed Forces Minister 2017–2022',
    roles: [r('Armed Forces Minister', 'fr', '2017-06-21', '2022-05-20')],
  },

  // ── Germany ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:angela-merkel', name: 'Angela Merkel', surname: 'Merkel', surnameStandsAlone: true,
    description: 'Chancellor of Germany 2005–2021',
    roles: [r('Chancellor', 'de', '2005-11-22', '2021-12-08')],
  },
  {
    id: 'person:olaf-scholz', name: 'Olaf Scholz', surname: 'Scholz', surnameStandsAlone: true,
    description: 'Chancellor of Germany 2021–2025',
    roles: [
      r('Finance Minister', 'de', '2018-03-14', '2021-12-08'),
      r('Chancellor', 'de', '2021-12-08', '2025-05-06'), // successor elected, dw.com, tass.com 2025-05-06
    ],
  },
  {
    id: 'person:friedrich-merz', name: 'Friedrich Merz', surname: 'Merz', surnameStandsAlone: true,
    description: 'Chancellor of Germany since May 2025',
    roles: [r('Chancellor', 'de', '2025-05-06')], // elected in the second ballot, dw.com, tass.com 2025-05-06
  },
  {
    id: 'person:joachim-gauck', name: 'Joachim Gauck', surname: 'Gauck',
    description: 'President of Germany 2012–2017',
    roles: [r('President', 'de', '2012-03-18', '2017-03-18')],
  },
  {
    id: 'person:frank-walter-steinmeier', name: 'Frank-Walter Steinmeier', surname: 'Steinmeier', surnameStandsAlone: true,
    description: 'President of Germany since 2017; Foreign Minister 2013–2017',
    roles: [r('Foreign Minister', 'de', '2013-12-17', '2017-01-27'), r('President', 'de', '2017-03-19')],
  },
  {
    id: 'person:sigmar-gabriel', name: 'Sigmar Gabriel', surname: 'Gabriel',
    description: 'German Foreign Minister 2017–2018',
    roles: [r('Foreign Minister', 'de', '2017-01-27', '2018-03-14')],
  },
  {
    id: 'person:heiko-maas', name: 'Heiko Maas', surname: 'Maas',
    description: 'German Foreign Minister 2018–2021',
    roles: [r('Foreign Minister', 'de', '2018-03-14', '2021-12-08')],
  },
  {
    id: 'person:annalena-baerbock', name: 'Annalena Baerbock', surname: 'Baerbock', surnameStandsAlone: true,
    description: 'German Foreign Minister 2021–2025, then President of the UN General Assembly for its 80th session (2025–2026)',
    roles: [
      r('Foreign Minister', 'de', '2021-12-08', '2025-05-06'), // new cabinet sworn in, dw.com 2025-05-06
      // Elected 2025-06-02 (anews.com.tr) for the one-year 80th session, which opened 2025-09-09 (kt.kz/WAM 2025-06-04);
      // the term ends when the 81st session opens in September 2026.
      r('President of the United Nations General Assembly', '', '2025-09-09', '2026-09'),
    ],
  },
  {
    id: 'person:johann-wadephul', name: 'Johann Wadephul', surname: 'Wadephul', surnameStandsAlone: true,
    description: 'German Foreign Minister since May 2025',
    roles: [r('Foreign Minister', 'de', '2025-05-06')], // hurriyetdailynews.com, politico.eu 2025-04-28 (named); government took office 2025-05-06, dw.com
  },
  {
    id: 'person:annegret-kramp-karrenbauer', name: 'Annegret Kramp-Karrenbauer', aliases: ['AKK'], surname: 'Kramp-Karrenbauer',
    surnameStandsAlone: true,
    description: 'German Defence Minister 2019–2021',
    roles: [r('Defense Minister', 'de', '2019-07-17', '2021-12-08')],
  },
  {
    id: 'person:christine-lambrecht', name: 'Christine Lambrecht', surname: 'Lambrecht',
    description: 'German Defence Minister 2021–2023',
    roles: [r('Defense Minister', 'de', '2021-12-08', '2023-01-19')],
  },
  {
    id: 'person:boris-pistorius', name: 'Boris Pistorius', surname: 'Pistorius',
    description: 'German Defence Minister since January 2023',
    roles: [r('Defense Minister', 'de', '2023-01-19')],
  },
  {
    id: 'person:ursula-von-der-leyen', name: 'Ursula von der Leyen', surname: 'von der Leyen', surnameStandsAlone: true,
    description: 'President of the European Commission since 2019; German Defence Minister 2013–2019',
    roles: [r('Defense Minister', 'de', '2013-12-17', '2019-07-17'), r('President of the European Commission', '', '2019-12-01')],
  },

  // ── India ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:narendra-modi', name: 'Narendra Modi', native: ['नरेन्द्र मोदी'], surname: 'Modi', surnameStandsAlone: true,
    description: 'Prime Minister of India since 2014',
    roles: [r('Chief Minister of Gujarat', 'in', '2001-10-07', '2014-05-22'), r('Prime Minister', 'in', '2014-05-26')],
  },
  {
    id: 'person:pranab-mukherjee', name: 'Pranab Mukherjee', surname: 'Mukherjee',
    description: 'President of India 2012–2017',
    roles: [r('President', 'in', '2012-07-25', '2017-07-25')],
  },
  {
    id: 'person:ram-nath-kovind', name: 'Ram Nath Kovind', surname: 'Kovind',
    description: 'President of India 2017–2022',
    roles: [r('President', 'in', '2017-07-25', '2022-07-25')],
  },
  {
    id: 'person:droupadi-murmu', name: 'Droupadi Murmu', surname: 'Murmu', surnameStandsAlone: true,
    description: 'President of India since 2022',
    roles: [r('President', 'in', '2022-07-25')],
  },
  {
    id: 'person:sushma-swaraj', name: 'Sushma Swaraj', surname: 'Swaraj',
    description: 'Indian External Affairs Minister 2014–2019; died in 2019',
    roles: [r('External Affairs Minister', 'in', '2014-05-26', '2019-05')],
  },
  {
    id: 'person:s-jaishankar', name: 'S. Jaishankar', aliases: ['Subrahmanyam Jaishankar', 'S Jaishankar'],
    surname: 'Jaishankar', surnameStandsAlone: true,
    description: 'Indian External Affairs Minister since 2019; Foreign Secretary 2015–2018',
    roles: [r('Foreign Secretary', 'in', '2015-01-29', '2018-01-28'), r('External Affairs Minister', 'in', '2019-05')],
  },
  {
    id: 'person:manohar-parrikar', name: 'Manohar Parrikar', surname: 'Parrikar',
    description: 'Indian Defence Minister 2014–2017; died in 2019',
    roles: [r('Defence Minister', 'in', '2014-11-09', '2017-03-13')],
  },
  {
    id: 'person:arun-jaitley', name: 'Arun Jaitley', surname: 'Jaitley',
    description: 'Indian Finance Minister 2014–2019, also Defence Minister twice; died in 2019',
    roles: [
      r('Finance Minister', 'in', '2014-05-26', '2019-05-30'),
      r('Defence Minister', 'in', '2014-05-26', '2014-11-09'),
      r('Defence Minister', 'in', '2017-03-13', '2017-09-03'),
    ],
  },
  {
    id: 'person:nirmala-sitharaman', name: 'Nirmala Sitharaman', surname: 'Sitharaman', surnameStandsAlone: true,
    description: 'Indian Defence Minister 2017–2019 and Finance Minister since 2019',
    roles: [r('Defence Minister', 'in', '2017-09-03', '2019-05-30'), r('Finance Minister', 'in', '2019-05')],
  },
  {
    id: 'person:rajnath-singh', name: 'Rajnath Singh', surname: 'Singh',
    description: 'Indian Defence Minister since 2019; Home Minister 2014–2019',
    roles: [r('Home Minister', 'in', '2014-05-26', '2019-05'), r('Defence Minister', 'in', '2019-05')],
  },
  {
    id: 'person:amit-shah', name: 'Amit Shah', surname: 'Shah',
    description: 'Indian Home Minister since 2019',
    roles: [r('Home Minister', 'in', '2019-05')],
  },
  {
    id: 'person:ajit-doval', name: 'Ajit Doval', surname: 'Doval', surnameStandsAlone: true,
    description: 'Indian National Security Adviser since 2014',
    roles: [r('National Security Adviser', 'in', '2014-05-30')],
  },

  // ── Heads of international organisations ────────────────────────────────────────────────────
  {
    id: 'person:antonio-guterres', name: 'António Guterres', surname: 'Guterres', surnameStandsAlone: true,
    description: 'Secretary-General of the United Nations since 2017; Prime Minister of Portugal 1995–2002',
    // Second term ends on 31 December 2026 (UN Charter art. 97; General Assembly appointment of June 2021).
    roles: [r('Prime Minister', 'pt', '1995-10-28', '2002-04-06'), r('Secretary-General of the United Nations', '', '2017-01-01', '2026-12-31')],
  },
  {
    // Chad's offices from Wikidata (Q58117); the AU Commission from its announcements (elected January 2017,
    // succeeded after the February 2025 election: the month of handover only).
    id: 'person:moussa-faki', name: 'Moussa Faki', aliases: ['Moussa Faki Mahamat'], surname: 'Faki',
    description: 'Chairperson of the African Union Commission 2017–2025; Prime Minister and Foreign Minister of Chad',
    roles: [
      r('Prime Minister', 'td', '2003-06-24', '2005-02-04'),
      r('Foreign Minister', 'td', '2008-04-23', '2017-01-30'),
      r('Chairperson of the African Union Commission', '', '2017-03-14', '2025-02-15'), // successor sworn in 2025-02-15, newkerala.com (Xinhua)
    ],
  },
  {
    // Djibouti's Foreign Minister from 2005 (Wikidata Q58256) until his election to the AU Commission in February 2025.
    id: 'person:mahamoud-ali-youssouf', name: 'Mahamoud Ali Youssouf', aliases: ['Mahmoud Ali Youssouf'], surname: 'Youssouf',
    description: 'Chairperson of the African Union Commission since 2025; Foreign Minister of Djibouti 2005–2025',
    roles: [r('Foreign Minister', 'dj', '2005-05-22', '2025'), r('Chairperson of the African Union Commission', '', '2025-02-15')], // elected and sworn in 2025-02-15, channelnewsasia.com 2025-02-16
  },
  {
    id: 'person:kao-kim-hourn', name: 'Kao Kim Hourn', surname: 'Kao',
    description: 'Secretary-General of ASEAN since January 2023; Cambodian diplomat',
    roles: [r('Secretary-General of ASEAN', '', '2023-01-01')],
  },
  {
    id: 'person:stephane-dujarric', name: 'Stéphane Dujarric', aliases: ['Stephane Dujarric'], surname: 'Dujarric', surnameStandsAlone: true,
    description: 'Spokesperson for the UN Secretary-General since 2014',
    roles: [r('Spokesperson for the UN Secretary-General', '', '2014')],
  },
  {
    id: 'person:jens-stoltenberg', name: 'Jens Stoltenberg', surname: 'Stoltenberg', surnameStandsAlone: true,
    description: 'Secretary General of NATO 2014–2024, then Norway’s Finance Minister',
    roles: [
      r('Secretary General of NATO', '', '2014-10-01', '2024-10-01'),
      r('Finance Minister', 'no', '2025-02-04'), // anews.com.tr, unn.ua 2025-02-04
    ],
  },
  {
    id: 'person:mark-rutte', name: 'Mark Rutte', surname: 'Rutte', surnameStandsAlone: true,
    description: 'Secretary General of NATO since October 2024; Prime Minister of the Netherlands 2010–2024',
    roles: [r('Prime Minister', 'nl', '2010-10-14', '2024-07-02'), r('Secretary General of NATO', '', '2024-10-01')], // PM until successor sworn in, dutchreview.com 2024-07-02; NATO handover, dw.com 2024-10-01
  },
  {
    id: 'person:rafael-grossi', name: 'Rafael Grossi', aliases: ['Rafael Mariano Grossi'], surname: 'Grossi',
    description: 'Argentine diplomat; Director General of the International Atomic Energy Agency since 2019',
    roles: [r('Director General of the IAEA', '', '2019-12-03')],
  },
  {
    id: 'person:yukiya-amano', name: 'Yukiya Amano', native: ['天野之弥'], surname: 'Amano',
    description: 'Japanese diplomat; Director General of the International Atomic Energy Agency 2009–2019',
    roles: [r('Director General of the IAEA', '', '2009-12-01', '2019-07-18')],
  },
  {
    id: 'person:tedros-adhanom-ghebreyesus', name: 'Tedros Adhanom Ghebreyesus', aliases: ['Tedros Adhanom'],
    surname: 'Tedros', surnameStandsAlone: true,
    description: 'Ethiopian official; Director-General of the World Health Organization since 2017',
    roles: [r('Director-General of the WHO', '', '2017-07-01')],
  },
  {
    id: 'person:ngozi-okonjo-iweala', name: 'Ngozi Okonjo-Iweala', surname: 'Okonjo-Iweala', surnameStandsAlone: true,
    description: 'Nigerian economist; Director-General of the World Trade Organization since 2021',
    roles: [r('Director-General of the WTO', '', '2021-03-01')],
  },
  {
    id: 'person:roberto-azevedo', name: 'Roberto Azevêdo', surname: 'Azevêdo',
    description: 'Brazilian diplomat; Director-General of the World Trade Organization 2013–2020',
    roles: [r('Director-General of the WTO', '', '2013-09-01', '2020-08-31')],
  },
  {
    id: 'person:kristalina-georgieva', name: 'Kristalina Georgieva', surname: 'Georgieva',
    description: 'Bulgarian economist; Managing Director of the International Monetary Fund since 2019',
    roles: [r('Managing Director of the IMF', '', '2019-10-01')],
  },
  {
    id: 'person:jean-claude-juncker', name: 'Jean-Claude Juncker', surname: 'Juncker', surnameStandsAlone: true,
    description: 'President of the European Commission 2014–2019',
    roles: [r('President of the European Commission', '', '2014-11-01', '2019-11-30')],
  },
  {
    id: 'person:federica-mogherini', name: 'Federica Mogherini', surname: 'Mogherini', surnameStandsAlone: true,
    description: 'EU High Representative for Foreign Affairs and Security Policy 2014–2019',
    roles: [r('EU High Representative for Foreign Affairs and Security Policy', '', '2014-11-01', '2019-11-30')],
  },
  {
    id: 'person:josep-borrell', name: 'Josep Borrell', surname: 'Borrell',
    description: 'EU High Representative for Foreign Affairs and Security Policy 2019–2024; Spanish Foreign Minister 2018–2019',
    roles: [
      r('Foreign Minister', 'es', '2018-06-07', '2019-11-29'), // sworn in, lamoncloa.gob.es 2018-06-07; Robles took over from the Friday, radioromanul.es (AFP) 2019-11
      r('EU High Representative for Foreign Affairs and Security Policy', '', '2019-12-01', '2024-11-30'),
    ],
  },
  {
    id: 'person:kaja-kallas', name: 'Kaja Kallas', surname: 'Kallas',
    description: 'EU High Representative for Foreign Affairs and Security Policy since December 2024; Prime Minister of Estonia 2021–2024',
    roles: [
      r('Prime Minister', 'ee', '2021-01-26', '2024-07-23'), // successor sworn in, hurriyetdailynews.com 2024-07-23
      r('EU High Representative for Foreign Affairs and Security Policy', '', '2024-12-01'), // agensir.it 2024-12-04
    ],
  },
  {
    id: 'person:donald-tusk', name: 'Donald Tusk', surname: 'Tusk',
    description: 'Prime Minister of Poland 2007–2014 and since December 2023; President of the European Council 2014–2019',
    roles: [
      r('Prime Minister', 'pl', '2007-11-16', '2014-09-22'),
      r('President of the European Council', '', '2014-12-01', '2019-11-30'),
      r('Prime Minister', 'pl', '2023-12-13'),
    ],
  },
  {
    id: 'person:charles-michel', name: 'Charles Michel', surname: 'Michel',
    description: 'President of the European Council 2019–2024; Prime Minister of Belgium 2014–2019',
    roles: [r('Prime Minister', 'be', '2014-10-11', '2019-10-27'), r('President of the European Council', '', '2019-12-01', '2024-11-30')], // mandate ended 30 November, euro.dayfr.com 2024-06
  },
  {
    id: 'person:antonio-costa', name: 'António Costa', surname: 'Costa',
    description: 'President of the European Council since December 2024; Prime Minister of Portugal 2015–2024',
    roles: [r('Prime Minister', 'pt', '2015-11-26', '2024-04-02'), r('President of the European Council', '', '2024-12-01')], // PM until 2024-04-02, pledgetimes.com; agensir.it 2024-12-04
  },

  // ── Other leaders often in diplomatic news ──────────────────────────────────────────────────
  {
    id: 'person:abdullah-ii', name: 'Abdullah II',
    surname: 'Abdullah', description: 'King of Jordan since 1999',
    roles: [r('King', 'jo', '1999-02-07')],
  },
  {
    id: 'person:mohammed-vi', name: 'Mohammed VI',
    description: 'King of Morocco since 1999',
    roles: [r('King', 'ma', '1999-07-23')],
  },
  {
    id: 'person:pravind-jugnauth', name: 'Pravind Jugnauth', aliases: ['Pravind Kumar Jugnauth'], surname: 'Jugnauth',
    description: 'Prime Minister of Mauritius 2017–2024',
    roles: [r('Prime Minister', 'mu', '2017-01-23', '2024-11-13')], // successor sworn in, allafrica.com, trt.global 2024-11-13
  },
  {
    id: 'person:recep-tayyip-erdogan', name: 'Recep Tayyip Erdoğan', aliases: ['Tayyip Erdoğan'], surname: 'Erdoğan', surnameStandsAlone: true,
    description: 'President of Turkey since 2014; Prime Minister 2003–2014',
    roles: [r('Prime Minister', 'tr', '2003-03-14', '2014-08-28'), r('President', 'tr', '2014-08-28')],
  },
  {
    id: 'person:benjamin-netanyahu', name: 'Benjamin Netanyahu', native: ['בנימין נתניהו'], surname: 'Netanyahu', surnameStandsAlone: true,
    description: 'Prime Minister of Israel 1996–1999, 2009–2021 and since December 2022',
    roles: [
      r('Prime Minister', 'il', '1996-06-18', '1999-07-06'),
      r('Prime Minister', 'il', '2009-03-31', '2021-06-13'),
      r('Foreign Minister', 'il', '2015-05', '2019-02'), // held the portfolio, newssniffer.co.uk (Guardian) 2016-05-20; successor, jewishpress.com 2023-12-31 (start not re-checked)
      r('Defense Minister', 'il', '2018-11-14', '2019-11-12'), // algemeiner.com (JNS) 2019-11-11
      r('Prime Minister', 'il', '2022-12-29'),
    ],
  },
  {
    id: 'person:naftali-bennett', name: 'Naftali Bennett', surname: 'Bennett',
    description: 'Prime Minister of Israel 2021–2022',
    roles: [
      r('Defense Minister', 'il', '2019-11-12', '2020-05-17'), // algemeiner.com (JNS) 2019-11-11; successor, yerepouni-news.com 2020-04-22
      r('Prime Minister', 'il', '2021-06-13', '2022-06-30'),
    ],
  },
  {
    id: 'person:yair-lapid', name: 'Yair Lapid', surname: 'Lapid',
    description: 'Prime Minister of Israel in 2022',
    roles: [
      r('Foreign Minister', 'il', '2021-06-13', '2022-07-01'), // alwaysfreshnews.com, digital.bentley.umich.edu 2021-06-17
      r('Prime Minister', 'il', '2022-07-01', '2022-12-29'),
    ],
  },
  {
    id: 'person:isaac-herzog', name: 'Isaac Herzog', surname: 'Herzog',
    description: 'President of Israel since 2021',
    roles: [r('President', 'il', '2021-07-07')],
  },
  {
    id: 'person:mahmoud-abbas', name: 'Mahmoud Abbas', aliases: ['Abu Mazen'], surname: 'Abbas',
    description: 'President of the Palestinian Authority since 2005',
    roles: [r('President of the Palestinian Authority', 'ps', '2005-01-15')],
  },
  {
    id: 'person:ali-khamenei', name: 'Ali Khamenei', aliases: ['Ayatollah Ali Khamenei'], surname: 'Khamenei', surnameStandsAlone: true,
    description: 'Supreme Leader of Iran from 1989 until he was killed in US–Israeli strikes in February 2026',
    roles: [r('Supreme Leader', 'ir', '1989-06-04', '2026-02-28')], // killed 2026-02-28, aljazeera.com, indianexpress.com 2026-03-01
  },
  {
    id: 'person:hassan-rouhani', name: 'Hassan Rouhani', surname: 'Rouhani', surnameStandsAlone: true,
    description: 'President of Iran 2013–2021',
    roles: [r('President', 'ir', '2013-08-03', '2021-08-03')],
  },
  {
    id: 'person:ebrahim-raisi', name: 'Ebrahim Raisi', surname: 'Raisi', surnameStandsAlone: true,
    description: 'President of Iran 2021–2024; died in a helicopter crash in May 2024',
    roles: [r('President', 'ir', '2021-08-03', '2024-05-19')],
  },
  {
    id: 'person:masoud-pezeshkian', name: 'Masoud Pezeshkian', surname: 'Pezeshkian', surnameStandsAlone: true,
    description: 'President of Iran since July 2024',
    roles: [r('President', 'ir', '2024-07-28')], // endorsed 2024-07-28, mideastdiscourse.com 2024-07-29; sworn in 2024-07-30, en.mehrnews.com
  },
  {
    id: 'person:mohammad-javad-zarif', name: 'Mohammad Javad Zarif', aliases: ['Javad Zarif'], surname: 'Zarif', surnameStandsAlone: true,
    description: 'Iranian Foreign Minister 2013–2021, who negotiated the 2015 nuclear deal',
    roles: [r('Foreign Minister', 'ir', '2013-08-15', '2021-08-25')],
  },
  {
    id: 'person:abbas-araghchi', name: 'Abbas Araghchi', surname: 'Araghchi', surnameStandsAlone: true,
    description: 'Iranian Foreign Minister since August 2024',
    roles: [r('Foreign Minister', 'ir', '2024-08-21')], // confirmed by parliament, ajc.com (AP) 2024-08-21
  },
  {
    id: 'person:mohammed-bin-salman', name: 'Mohammed bin Salman', aliases: ['Mohammad bin Salman', 'MBS'],
    description: 'Crown Prince and Prime Minister of Saudi Arabia',
    roles: [
      r('Defense Minister', 'sa', '2015-01-23', '2022-09-27'),
      r('Crown Prince', 'sa', '2017-06-21'),
      r('Prime Minister', 'sa', '2022-09-27'),
    ],
  },
  {
    id: 'person:bashar-al-assad', name: 'Bashar al-Assad', aliases: ['Bashar Assad'], surname: 'Assad', surnameStandsAlone: true,
    description: 'President of Syria 2000–2024; fled to Russia when his government fell in December 2024',
    roles: [r('President', 'sy', '2000-07-17', '2024-12-08')],
  },
  {
    id: 'person:ahmed-al-sharaa', name: 'Ahmed al-Sharaa', aliases: ['Abu Mohammed al-Jolani', 'Abu Mohammad al-Julani'], surname: 'al-Sharaa',
    description: 'Interim President of Syria since January 2025; led the rebel offensive that toppled Bashar al-Assad',
    roles: [r('President (interim)', 'sy', '2025-01-29')], // anews.com.tr, saudigazette.com.sa 2025-01-29
  },
  {
    id: 'person:alexander-lukashenko', name: 'Alexander Lukashenko', aliases: ['Aliaksandr Lukashenka'], surname: 'Lukashenko', surnameStandsAlone: true,
    description: 'President of Belarus since 1994',
    roles: [r('President', 'by', '1994-07-20')],
  },
  {
    id: 'person:ilham-aliyev', name: 'Ilham Aliyev', surname: 'Aliyev',
    description: 'President of Azerbaijan since 2003',
    roles: [r('President', 'az', '2003-10-31')],
  },
  {
    id: 'person:nikol-pashinyan', name: 'Nikol Pashinyan', surname: 'Pashinyan', surnameStandsAlone: true,
    description: 'Prime Minister of Armenia since 2018',
    roles: [r('Prime Minister', 'am', '2018-05-08')],
  },
  {
    id: 'person:justin-trudeau', name: 'Justin Trudeau', surname: 'Trudeau',
    description: 'Prime Minister of Canada 2015–2025',
    roles: [r('Prime Minister', 'ca', '2015-11-04', '2025-03-14')], // successor sworn in, jang.com.pk, news.online.ua 2025-03-14
  },
  {
    id: 'person:mark-carney', name: 'Mark Carney', surname: 'Carney',
    description: 'Prime Minister of Canada since March 2025; Governor of the Bank of England 2013–2020',
    roles: [
      r('Governor of the Bank of England', 'gb', '2013-07-01', '2020-03-15'),
      r('Prime Minister', 'ca', '2025-03-14'), // sworn in, theturtleislandnews.com (CP), news.online.ua 2025-03-14
    ],
  },
  {
    id: 'person:malcolm-turnbull', name: 'Malcolm Turnbull', surname: 'Turnbull',
    description: 'Prime Minister of Australia 2015–2018',
    roles: [r('Prime Minister', 'au', '2015-09-15', '2018-08-24')],
  },
  {
    id: 'person:scott-morrison', name: 'Scott Morrison', surname: 'Morrison',
    description: 'Prime Minister of Australia 2018–2022',
    roles: [r('Prime Minister', 'au', '2018-08-24', '2022-05-23')],
  },
  {
    id: 'person:anthony-albanese', name: 'Anthony Albanese', surname: 'Albanese',
    description: 'Prime Minister of Australia since May 2022',
    roles: [r('Prime Minister', 'au', '2022-05-23')], // sworn in, antigua.news, justearthnews.com 2022-05
  },
  {
    id: 'person:ferdinand-marcos-jr', name: 'Ferdinand Marcos Jr.', aliases: ['Ferdinand Marcos Jr', 'Bongbong Marcos'], surname: 'Marcos',
    description: 'President of the Philippines since 2022',
    roles: [r('President', 'ph', '2022-06-30')],
  },
  {
    id: 'person:rodrigo-duterte', name: 'Rodrigo Duterte', surname: 'Duterte',
    description: 'President of the Philippines 2016–2022; arrested on an International Criminal Court warrant in March 2025',
    roles: [r('President', 'ph', '2016-06-30', '2022-06-30')],
  },
  {
    id: 'person:joko-widodo', name: 'Joko Widodo', aliases: ['Jokowi'], surname: 'Widodo',
    description: 'President of Indonesia 2014–2024',
    roles: [r('President', 'id', '2014-10-20', '2024-10-20')], // successor sworn in, trt.global 2024-10-20
  },
  {
    id: 'person:prabowo-subianto', name: 'Prabowo Subianto', surname: 'Prabowo', surnameStandsAlone: true,
    description: 'President of Indonesia since October 2024; Defence Minister 2019–2024',
    roles: [r('Defense Minister', 'id', '2019-10-23', '2024-10-20'), r('President', 'id', '2024-10-20')], // channelnewsasia.com, trt.global 2024-10-20
  },
  {
    id: 'person:lee-hsien-loong', name: 'Lee Hsien Loong', surname: 'Lee',
    description: 'Prime Minister of Singapore 2004–2024',
    roles: [r('Prime Minister', 'sg', '2004-08-12', '2024-05-15')], // successor sworn in, thepeninsulaqatar.com 2024-05-15
  },
  {
    id: 'person:lawrence-wong', name: 'Lawrence Wong', surname: 'Wong',
    description: 'Prime Minister of Singapore since May 2024',
    roles: [r('Prime Minister', 'sg', '2024-05-15')], // thepeninsulaqatar.com 2024-05-15; new term sworn in, daily8.com (Malay Mail) 2025-05-24
  },
  {
    id: 'person:aung-san-suu-kyi', name: 'Aung San Suu Kyi', aliases: ['Suu Kyi'],
    description: 'Myanmar’s State Counsellor 2016–2021, detained since the February 2021 military coup',
    roles: [r('State Counsellor', 'mm', '2016-04-06', '2021-02-01')],
  },
  {
    id: 'person:min-aung-hlaing', name: 'Min Aung Hlaing',
    description: 'Commander-in-chief of Myanmar’s armed forces since 2011; led the February 2021 coup',
    roles: [r('Commander-in-Chief of Defence Services', 'mm', '2011-03-30')],
  },
  {
    id: 'person:sheikh-hasina', name: 'Sheikh Hasina', aliases: ['Sheikh Hasina Wazed'],
    description: 'Prime Minister of Bangladesh 1996–2001 and 2009–2024; ousted by protests in August 2024',
    roles: [r('Prime Minister', 'bd', '2009-01-06', '2024-08-05')], // resigned and fled, onlanka.com 2024-08-05
  },
  {
    id: 'person:imran-khan', name: 'Imran Khan', surname: 'Khan',
    description: 'Prime Minister of Pakistan 2018–2022',
    roles: [r('Prime Minister', 'pk', '2018-08-18', '2022-04-10')],
  },
  {
    id: 'person:shehbaz-sharif', name: 'Shehbaz Sharif', surname: 'Sharif',
    description: 'Prime Minister of Pakistan 2022–2023 and since March 2024',
    roles: [r('Prime Minister', 'pk', '2022-04-11', '2023-08-14'), r('Prime Minister', 'pk', '2024-03-04')], // sworn in, business-standard.com (PTI), brecorder.com 2024-03-04
  },
  {
    id: 'person:luiz-inacio-lula-da-silva', name: 'Luiz Inácio Lula da Silva', aliases: ['Lula da Silva', 'Lula'],
    description: 'President of Brazil 2003–2010 and since 2023',
    roles: [r('President', 'br', '2003-01-01', '2010-12-31'), r('President', 'br', '2023-01-01')],
  },
  {
    id: 'person:jair-bolsonaro', name: 'Jair Bolsonaro', surname: 'Bolsonaro', surnameStandsAlone: true,
    description: 'President of Brazil 2019–2022',
    roles: [r('President', 'br', '2019-01-01', '2022-12-31')],
  },
  {
    id: 'person:cyril-ramaphosa', name: 'Cyril Ramaphosa', surname: 'Ramaphosa', surnameStandsAlone: true,
    description: 'President of South Africa since 2018',
    roles: [
      r('Deputy President', 'za', '2014-05', '2018-02-15'), // de.zxc.wiki (Zuma II cabinet); dailymaverick.co.za 2018-02-15
      r('President', 'za', '2018-02-15'),
    ],
  },
  {
    id: 'person:giorgia-meloni', name: 'Giorgia Meloni', surname: 'Meloni', surnameStandsAlone: true,
    description: 'Prime Minister of Italy since October 2022',
    roles: [r('Prime Minister', 'it', '2022-10-22')],
  },
  {
    id: 'person:pedro-sanchez', name: 'Pedro Sánchez', surname: 'Sánchez',
    description: 'Prime Minister of Spain since 2018',
    roles: [r('Prime Minister', 'es', '2018-06-02')],
  },
];

export const PEOPLE: readonly PersonEntity[] = people(LIST);
