import type { PersonEntity } from '../types';
import { people, r, type PersonInput } from './person-input';

/**
 * Heads of state and government, foreign and defence ministers 2015–2026 of Argentina, Brazil, Canada,
 * Mexico, Italy, Australia, Spain, Poland and the Netherlands, a few of their prominent spokespeople and
 * advisers, and the President of the European Parliament (people already in people.ts keep their entries
 * there). Same conventions as people.ts: a role without `to` is current; dates are YYYY-MM-DD, or YYYY-MM
 * (YYYY) where only the month (year) is confirmed; a role line names the news report that confirms it.
 */
const LIST: PersonInput[] = [
  // ── Argentina ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:cristina-fernandez-de-kirchner', name: 'Cristina Fernández de Kirchner',
    aliases: ['Cristina Fernandez de Kirchner', 'Cristina Kirchner', 'Cristina Fernández', 'Cristina Fernandez'], surname: 'Kirchner',
    description: 'President of Argentina 2007–2015; Vice President 2019–2023',
    roles: [
      r('President', 'ar', '2007-12-10', '2015-12-10'), // successor Macri took office 2015-12-10, infobae.com
      r('Vice President', 'ar', '2019-12-10', '2023-12-10'), // sworn in, theyucatantimes.com 2019-12-10; Milei government 2023-12-10
    ],
  },
  {
    id: 'person:mauricio-macri', name: 'Mauricio Macri', surname: 'Macri', surnameStandsAlone: true,
    description: 'President of Argentina 2015–2019',
    roles: [r('President', 'ar', '2015-12-10', '2019-12-10')], // took office, infobae.com 2015-12-10; handed over, batimes.com.ar 2019-12
  },
  {
    id: 'person:alberto-fernandez', name: 'Alberto Fernández', aliases: ['Alberto Fernandez'], surname: 'Fernández',
    description: 'President of Argentina 2019–2023',
    roles: [r('President', 'ar', '2019-12-10', '2023-12-10')], // batimes.com.ar 2019-12-07; handed the sash to Milei, pledgetimes.com 2023-12-10
  },
  {
    id: 'person:javier-milei', name: 'Javier Milei', surname: 'Milei', surnameStandsAlone: true,
    description: 'President of Argentina since December 2023',
    roles: [r('President', 'ar', '2023-12-10')], // sworn in, pledgetimes.com 2023-12-10; in office, noticiargentina.com.ar 2025-12-12
  },
  {
    id: 'person:hector-timerman', name: 'Héctor Timerman', aliases: ['Hector Timerman'], surname: 'Timerman',
    description: 'Argentine Foreign Minister 2010–2015; died 2018',
    roles: [r('Foreign Minister', 'ar', '2010-06', '2015-12-10')], // successor Malcorra sworn in, infobae.com 2015-12-10 (start not re-checked)
  },
  {
    id: 'person:manuel-adorni', name: 'Manuel Adorni', surname: 'Adorni', surnameStandsAlone: true,
    description: 'Argentine presidential spokesman 2023–2025; Cabinet Chief since November 2025',
    roles: [
      r('Presidential Spokesperson', 'ar', '2023-12-10', '2025-11-05'), // spokesman since the government took office, lapostacomodorense.com.ar 2025-11-05
      r('Cabinet Chief', 'ar', '2025-11-05'), // sworn in, latecla.info, notimerica.com 2025-11-05
    ],
  },
  {
    id: 'person:susana-malcorra', name: 'Susana Malcorra', surname: 'Malcorra', surnameStandsAlone: true,
    description: 'Argentine Foreign Minister 2015–2017; UN Secretary-General’s chief of staff before',
    roles: [r('Foreign Minister', 'ar', '2015-12-10', '2017-06')], // sworn in, infobae.com 2015-12-10; successor sworn in, radiohc.cu 2017-06-14
  },
  {
    id: 'person:jorge-faurie', name: 'Jorge Faurie', surname: 'Faurie',
    description: 'Argentine Foreign Minister 2017–2019',
    roles: [r('Foreign Minister', 'ar', '2017-06', '2019-12-10')], // sworn in, radiohc.cu 2017-06-14; Fernández cabinet from 2019-12-10
  },
  {
    id: 'person:felipe-sola', name: 'Felipe Solá', aliases: ['Felipe Sola'], surname: 'Solá',
    description: 'Argentine Foreign Minister 2019–2021',
    roles: [r('Foreign Minister', 'ar', '2019-12-10', '2021-09-17')], // named, batimes.com.ar 2019-12-05; dismissed the Friday before 2021-09-20, pledgetimes.com
  },
  {
    id: 'person:santiago-cafiero', name: 'Santiago Cafiero', surname: 'Cafiero',
    description: 'Argentine Cabinet Chief 2019–2021 and Foreign Minister 2021–2023',
    roles: [
      r('Cabinet Chief', 'ar', '2019-12-10', '2021-09-20'), // batimes.com.ar 2019-12-07; directoriolegislativo.org 2021-09-20
      r('Foreign Minister', 'ar', '2021-09-20', '2023-12-10'), // sworn in, directoriolegislativo.org 2021-09-20; Milei cabinet 2023-12-10
    ],
  },
  {
    id: 'person:diana-mondino', name: 'Diana Mondino', surname: 'Mondino', surnameStandsAlone: true,
    description: 'Argentine Foreign Minister 2023–2024',
    roles: [r('Foreign Minister', 'ar', '2023-12-10', '2024-10-30')], // mercopress.com 2023-12-11; dismissed, voz.us 2024-10-31
  },
  {
    id: 'person:gerardo-werthein', name: 'Gerardo Werthein', surname: 'Werthein',
    description: 'Argentine Foreign Minister 2024–2025; ambassador to the United States 2024',
    roles: [r('Foreign Minister', 'ar', '2024-10', '2025-10')], // named, voz.us 2024-10-31; resignation accepted, Decree 774/2025, lavoz.com.ar 2025-10
  },
  {
    id: 'person:pablo-quirno', name: 'Pablo Quirno', surname: 'Quirno',
    description: 'Argentine Foreign Minister since October 2025; Finance Secretary before',
    roles: [r('Foreign Minister', 'ar', '2025-10-28')], // sworn in, swissinfo.ch (EFE) 2025-10-28; in office, kudupinter.com 2025-12
  },
  {
    id: 'person:julio-martinez', name: 'Julio Martínez', aliases: ['Julio Martinez'], surname: 'Martínez',
    description: 'Argentine Defence Minister 2015–2017',
    roles: [r('Defense Minister', 'ar', '2015-12-10', '2017-07')], // sworn in, infobae.com 2015-12-10; resigned to run for the Senate, diarioalfil.com.ar 2017-07-12
  },
  {
    id: 'person:oscar-aguad', name: 'Oscar Aguad', surname: 'Aguad',
    description: 'Argentine Defence Minister 2017–2019',
    roles: [r('Defense Minister', 'ar', '2017-07', '2019-12-10')], // took over from Martínez, diarioalfil.com.ar 2017-07-12; Fernández cabinet from 2019-12-10
  },
  {
    id: 'person:agustin-rossi', name: 'Agustín Rossi', aliases: ['Agustin Rossi'], surname: 'Rossi',
    description: 'Argentine Defence Minister 2013–2015 and 2019–2021',
    roles: [
      r('Defense Minister', 'ar', '2013', '2015-12-10'), // "served at this post from 2013-2015", pakistanpoint.com (Sputnik) 2019-12-07; successor sworn in 2015-12-10, infobae.com (start year only, not re-checked)
      r('Defense Minister', 'ar', '2019-12-10', '2021-08-10'), // pakistanpoint.com (Sputnik) 2019-12-07; successor sworn in, batimes.com.ar 2021-08-09
    ],
  },
  {
    id: 'person:jorge-taiana', name: 'Jorge Taiana', surname: 'Taiana',
    description: 'Argentine Defence Minister 2021–2023; Foreign Minister 2005–2010',
    roles: [r('Defense Minister', 'ar', '2021-08-10', '2023-12-10')], // sworn in, mercopress.com 2021-08-10; Milei cabinet 2023-12-10
  },
  {
    id: 'person:luis-petri', name: 'Luis Petri', surname: 'Petri',
    description: 'Argentine Defence Minister 2023–2025',
    roles: [r('Defense Minister', 'ar', '2023-12-10', '2025-12')], // mercopress.com 2023-12-11; left for Congress, canal26.com 2025-12-12
  },
  {
    id: 'person:carlos-presti', name: 'Carlos Presti', aliases: ['Carlos Alberto Presti'], surname: 'Presti',
    description: 'Argentine Defence Minister since December 2025; army chief before',
    roles: [r('Defense Minister', 'ar', '2025-12-11')], // in office from 11 December, sworn in 12 December, canal26.com 2025-12-12
  },

  // ── Brazil ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:dilma-rousseff', name: 'Dilma Rousseff', surname: 'Rousseff', surnameStandsAlone: true,
    description: 'President of Brazil 2011–2016, removed by impeachment; BRICS bank head since 2023',
    roles: [r('President', 'br', '2011-01-01', '2016-08-31')], // removed by the Senate, infoplease.com, newsbharati.com 2016-09-01 (suspended from May 2016) (start not re-checked)
  },
  {
    id: 'person:michel-temer', name: 'Michel Temer', surname: 'Temer', surnameStandsAlone: true,
    description: 'President of Brazil 2016–2018; acting president from May 2016',
    roles: [
      r('Vice President', 'br', '2011-01-01', '2016-08-31'), // start not re-checked
      r('Acting President', 'br', '2016-05-12', '2016-08-31'), // interim since Rousseff's suspension in May, newsbharati.com 2016-09-01
      r('President', 'br', '2016-08-31', '2018-12-31'), // sworn in, prepareias.in 2016-09-01 (to serve until 31 December 2018)
    ],
  },
  {
    id: 'person:mauro-vieira', name: 'Mauro Vieira', surname: 'Vieira',
    description: 'Brazilian Foreign Minister 2015–2016 and since January 2023',
    roles: [
      r('Foreign Minister', 'br', '2015-01-01', '2016-05'), // named for Rousseff's second term, estadao.com.br 2014-12-31; left when Temer took over, newsbulletin247.com 2023-01
      r('Foreign Minister', 'br', '2023-01-01'), // took office with Lula's cabinet, osul.com.br 2023-01
    ],
  },
  {
    id: 'person:celso-amorim', name: 'Celso Amorim', surname: 'Amorim', surnameStandsAlone: true,
    description: 'Lula’s chief foreign-policy adviser since 2023; Brazilian Foreign Minister 2003–2010',
    roles: [
      r('Foreign Minister', 'br', '2003-01-01', '2010-12-31'), // Lula's first two terms, poder360.com.br 2023-01
      r('Chief Special Adviser to the President', 'br', '2023-01-04'), // appointed, poder360.com.br, jornaldebrasilia.com.br 2023-01-04; in the role, kudupinter.com 2025-12
    ],
  },
  {
    id: 'person:jose-serra', name: 'José Serra', aliases: ['Jose Serra'], surname: 'Serra',
    description: 'Brazilian Foreign Minister 2016–2017',
    roles: [r('Foreign Minister', 'br', '2016-05', '2017-02-22')], // in office since May 2016, resigned 22 February, defato.com (g1) 2017-03-02
  },
  {
    id: 'person:aloysio-nunes', name: 'Aloysio Nunes', aliases: ['Aloysio Nunes Ferreira'], surname: 'Nunes',
    description: 'Brazilian Foreign Minister 2017–2018',
    roles: [r('Foreign Minister', 'br', '2017-03-07', '2018-12-31')], // sworn in, jornalgrandebahia.com.br 2017-03-07; Temer government ended 2018-12-31
  },
  {
    id: 'person:ernesto-araujo', name: 'Ernesto Araújo', aliases: ['Ernesto Araujo'], surname: 'Araújo',
    description: 'Brazilian Foreign Minister 2019–2021',
    roles: [r('Foreign Minister', 'br', '2019-01-01', '2021-03-29')], // resigned, stabroeknews.com (Reuters) 2021-03-30
  },
  {
    id: 'person:carlos-franca', name: 'Carlos França', aliases: ['Carlos Franca', 'Carlos Alberto Franco França'], surname: 'França',
    description: 'Brazilian Foreign Minister 2021–2022',
    roles: [r('Foreign Minister', 'br', '2021-03-29', '2022-12-31')], // named, pledgetimes.com 2021-03-29; Bolsonaro government ended 2022-12-31
  },
  {
    id: 'person:jaques-wagner', name: 'Jaques Wagner', surname: 'Wagner',
    description: 'Brazilian Defence Minister 2015, then Rousseff’s chief of staff; senator',
    roles: [r('Defense Minister', 'br', '2015-01-01', '2015-10-05')], // new minister, epoca.globo.com 2015-01; Rebelo sworn in, defesanet.com.br 2015-10-05
  },
  {
    id: 'person:aldo-rebelo', name: 'Aldo Rebelo', surname: 'Rebelo',
    description: 'Brazilian Defence Minister 2015–2016',
    roles: [r('Defense Minister', 'br', '2015-10-05', '2016-05')], // sworn in, defesanet.com.br 2015-10-05; until May 2016, aldorebelobrasil.com.br
  },
  {
    id: 'person:raul-jungmann', name: 'Raul Jungmann', surname: 'Jungmann',
    description: 'Brazilian Defence Minister 2016–2018, then Public Security Minister 2018',
    roles: [r('Defense Minister', 'br', '2016-05', '2018-02-26')], // moved to Public Security, poder360.com.br 2018-02-26
  },
  {
    id: 'person:joaquim-silva-e-luna', name: 'Joaquim Silva e Luna', surname: 'Silva e Luna',
    description: 'Brazilian Defence Minister 2018, the first general in the post; Petrobras CEO 2021–2022',
    roles: [r('Defense Minister', 'br', '2018-02-26', '2018-12-31')], // interim from February, confirmed, exame.abril.com.br 2018-06-13; Temer government ended 2018-12-31
  },
  {
    id: 'person:fernando-azevedo-e-silva', name: 'Fernando Azevedo e Silva', surname: 'Azevedo e Silva',
    description: 'Brazilian Defence Minister 2019–2021',
    roles: [r('Defense Minister', 'br', '2019-01-01', '2021-03-29')], // resigned, stabroeknews.com (Reuters) 2021-03-30
  },
  {
    id: 'person:walter-braga-netto', name: 'Walter Braga Netto', aliases: ['Braga Netto'], surname: 'Braga Netto',
    description: 'Brazilian Defence Minister 2021–2022; Bolsonaro’s 2022 running mate',
    roles: [r('Defense Minister', 'br', '2021-03-29', '2022-03-31')], // named 29 March 2021, dismissed 31 March 2022 to run for vice president, forcaaerea.com.br 2022-03
  },
  {
    id: 'person:paulo-sergio-nogueira', name: 'Paulo Sérgio Nogueira', aliases: ['Paulo Sergio Nogueira', 'Paulo Sérgio Nogueira de Oliveira'],
    surname: 'Nogueira',
    description: 'Brazilian Defence Minister 2022; army commander 2021–2022',
    roles: [r('Defense Minister', 'br', '2022-03-31', '2022-12-31')], // appointed 31 March, took over 1 April, agenciabrasil.ebc.com.br 2022-04; Bolsonaro government ended 2022-12-31
  },
  {
    id: 'person:jose-mucio', name: 'José Múcio', aliases: ['Jose Mucio', 'José Múcio Monteiro'], surname: 'Múcio',
    description: 'Brazilian Defence Minister since January 2023',
    roles: [r('Defense Minister', 'br', '2023-01-01')], // took office with Lula's cabinet, osul.com.br 2023-01
  },

  // ── Mexico ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:enrique-pena-nieto', name: 'Enrique Peña Nieto', aliases: ['Enrique Pena Nieto', 'Peña Nieto', 'Pena Nieto'],
    surname: 'Peña Nieto',
    description: 'President of Mexico 2012–2018',
    roles: [r('President', 'mx', '2012-12-01', '2018-11-30')], // successor took office 1 December, socialistinternational.org 2018-12-01
  },
  {
    id: 'person:andres-manuel-lopez-obrador', name: 'Andrés Manuel López Obrador',
    aliases: ['Andres Manuel Lopez Obrador', 'López Obrador', 'Lopez Obrador', 'AMLO'], surname: 'López Obrador',
    description: 'President of Mexico 2018–2024',
    roles: [r('President', 'mx', '2018-12-01', '2024-09-30')], // sworn in, socialistinternational.org 2018-12-01; term to 30 September 2024, spainsnews.com
  },
  {
    id: 'person:claudia-sheinbaum', name: 'Claudia Sheinbaum', aliases: ['Claudia Sheinbaum Pardo'], surname: 'Sheinbaum',
    surnameStandsAlone: true,
    description: 'President of Mexico since October 2024, the first woman in the office',
    roles: [r('President', 'mx', '2024-10-01')], // took office, rotativodemexico.com 2024-10-02; in office, cronica.com.mx 2025-11-28
  },
  {
    id: 'person:jose-antonio-meade', name: 'José Antonio Meade', aliases: ['Jose Antonio Meade'], surname: 'Meade',
    description: 'Mexican Foreign Secretary 2012–2015, later Finance Secretary; 2018 presidential candidate',
    roles: [r('Foreign Minister', 'mx', '2012-12-01', '2015-08')], // moved to Social Development, americaeconomia.com, apro 2015-08
  },
  {
    id: 'person:claudia-ruiz-massieu', name: 'Claudia Ruiz Massieu', surname: 'Ruiz Massieu',
    description: 'Mexican Foreign Secretary 2015–2017',
    roles: [r('Foreign Minister', 'mx', '2015-08', '2017-01-04')], // named, apro (mujeresporlademocracia.blogspot.com) 2015-08; resigned, diarioavance.com (DPA) 2017-01-04
  },
  {
    id: 'person:luis-videgaray', name: 'Luis Videgaray', surname: 'Videgaray',
    description: 'Mexican Finance Secretary 2012–2016 and Foreign Secretary 2017–2018',
    roles: [r('Foreign Minister', 'mx', '2017-01-04', '2018-11-30')], // sworn in, theguardian.com 2017-01-04; López Obrador government from 2018-12-01
  },
  {
    id: 'person:marcelo-ebrard', name: 'Marcelo Ebrard', surname: 'Ebrard', surnameStandsAlone: true,
    description: 'Mexican Foreign Secretary 2018–2023 and Economy Secretary since October 2024',
    roles: [
      r('Foreign Minister', 'mx', '2018-12-01', '2023-06-12'), // sdchamber.org 2018-12; resigned 12 June, riviera-maya-news.com 2023-06
      r('Economy Secretary', 'mx', '2024-10-01'), // rotativodemexico.com 2024-10-02
    ],
  },
  {
    id: 'person:alicia-barcena', name: 'Alicia Bárcena', aliases: ['Alicia Barcena', 'Alicia Bárcena Ibarra'], surname: 'Bárcena',
    description: 'Mexican Foreign Secretary 2023–2024; ECLAC executive secretary 2008–2022',
    roles: [
      r('Foreign Minister', 'mx', '2023-06', '2024-09-30'), // named 13 June, to take over ten days later, devdiscourse.com (AP) 2023-06-13; moved to Environment 2024-10-01
      r('Environment Secretary', 'mx', '2024-10-01'), // rotativodemexico.com 2024-10-02
    ],
  },
  {
    id: 'person:juan-ramon-de-la-fuente', name: 'Juan Ramón de la Fuente', aliases: ['Juan Ramon de la Fuente'], surname: 'de la Fuente',
    description: 'Mexican Foreign Secretary since October 2024; former UN ambassador and UNAM rector',
    roles: [r('Foreign Minister', 'mx', '2024-10-01')], // rotativodemexico.com 2024-10-02; back from medical leave, vanguardia.com.mx 2026-01-05
  },
  {
    id: 'person:salvador-cienfuegos', name: 'Salvador Cienfuegos', surname: 'Cienfuegos',
    description: 'Mexican Defence Secretary 2012–2018; arrested in the US in 2020, charges dropped',
    roles: [r('Defense Minister', 'mx', '2012-12-01', '2018-12-01')], // handed over at midnight, spainsnews.com 2018-12-01
  },
  {
    id: 'person:luis-cresencio-sandoval', name: 'Luis Cresencio Sandoval', aliases: ['Luis Crescencio Sandoval'], surname: 'Sandoval',
    description: 'Mexican Defence Secretary 2018–2024',
    roles: [r('Defense Minister', 'mx', '2018-12-01', '2024-09-30')], // spainsnews.com 2018-12-01; successor from 2024-10-01, rotativodemexico.com
  },
  {
    id: 'person:ricardo-trevilla', name: 'Ricardo Trevilla', aliases: ['Ricardo Trevilla Trejo'], surname: 'Trevilla',
    description: 'Mexican Defence Secretary since October 2024',
    roles: [r('Defense Minister', 'mx', '2024-10-01')], // rotativodemexico.com 2024-10-02
  },

  // ── Canada ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:stephen-harper', name: 'Stephen Harper', surname: 'Harper',
    description: 'Prime Minister of Canada 2006–2015',
    roles: [r('Prime Minister', 'ca', '2006-02-06', '2015-11-04')], // Trudeau sworn in 2015-11-04 (start not re-checked)
  },
  {
    id: 'person:stephane-dion', name: 'Stéphane Dion', aliases: ['Stephane Dion'], surname: 'Dion',
    description: 'Canadian Foreign Minister 2015–2017',
    roles: [r('Foreign Minister', 'ca', '2015-11-04', '2017-01-10')], // replaced by Freeland, huffingtonpost.ca (CP) 2017-01-10
  },
  {
    id: 'person:chrystia-freeland', name: 'Chrystia Freeland', surname: 'Freeland', surnameStandsAlone: true,
    description: 'Canadian Foreign Minister 2017–2019, Deputy PM 2019–2024; Zelensky’s adviser from 2026',
    roles: [
      r('Foreign Minister', 'ca', '2017-01-10', '2019-11-20'), // sworn in, huffingtonpost.ca (CP) 2017-01-10; replaced, washingtonpost.com 2019-11-20
      r('Deputy Prime Minister', 'ca', '2019-11-20', '2024-12-16'), // washingtonpost.com 2019-11-20; resigned, theturtleislandnews.com (CP) 2024-12-16
      r('Finance Minister', 'ca', '2020-08', '2024-12-16'), // resigned, theturtleislandnews.com (CP) 2024-12-16 (start not re-checked)
      r('Transport and Internal Trade Minister', 'ca', '2025-03-14', '2025-09-16'), // Carney cabinet, ipolitics.ca, sootoday.com (CP) 2025-03-14; left cabinet, unn.ua, newpathway.ca 2025-09-16
      r('Special Representative for the Reconstruction of Ukraine', 'ca', '2025-09-16', '2026-01-05'), // unn.ua 2025-09-16; stepping down, interfax.com.ua, malaymail.com (AFP) 2026-01-06
      r('Economic Development Adviser to the President', 'ua', '2026-01-05'), // named by Zelensky, globalsouthworld.com (Reuters), indianwitness.com 2026-01-05
    ],
  },
  {
    id: 'person:francois-philippe-champagne', name: 'François-Philippe Champagne', aliases: ['Francois-Philippe Champagne'],
    surname: 'Champagne',
    description: 'Canadian Foreign Minister 2019–2021, Industry 2021–2025, Finance Minister since 2025',
    roles: [
      r('Foreign Minister', 'ca', '2019-11-20', '2021-01-12'), // urdupoint.com (Sputnik) 2019-11-21; moved to Innovation, hilltimes.com 2021-01-12
      r('Industry Minister', 'ca', '2021-01-12', '2025-03-14'), // hilltimes.com 2021-01-12; Anand took it over, ipolitics.ca, sootoday.com (CP) 2025-03-14
      r('Finance Minister', 'ca', '2025-03-14'), // sootoday.com (CP), ipolitics.ca 2025-03-14; kept, benefitsandpensionsmonitor.com (BNN Bloomberg) 2025-05
    ],
  },
  {
    id: 'person:marc-garneau', name: 'Marc Garneau', surname: 'Garneau',
    description: 'Canadian Foreign Minister 2021; Transport Minister 2015–2021; former astronaut',
    roles: [r('Foreign Minister', 'ca', '2021-01-12', '2021-10-26')], // sworn in, hilltimes.com 2021-01-12; dropped, theglobeandmail.com 2021-10-26
  },
  {
    id: 'person:melanie-joly', name: 'Mélanie Joly', aliases: ['Melanie Joly'], surname: 'Joly',
    description: 'Canadian Foreign Minister 2021–2025; Industry Minister since May 2025',
    roles: [
      r('Foreign Minister', 'ca', '2021-10-26', '2025-05-13'), // sworn in, theglobeandmail.com 2021-10-26; moved, mb.com.ph (AP) 2025-05-14
      r('Industry Minister', 'ca', '2025-05-13'), // daily8.com (CP) 2025-05-13
    ],
  },
  {
    id: 'person:anita-anand', name: 'Anita Anand', surname: 'Anand',
    description: 'Canadian Foreign Minister since May 2025; Defence Minister 2021–2023',
    roles: [
      r('Defense Minister', 'ca', '2021-10-26', '2023-07-26'), // sworn in, cbc.ca 2021-10-26; moved to Treasury Board, urdupoint.com 2023-07-26
      r('Foreign Minister', 'ca', '2025-05-13'), // sworn in, hindustantimes.com 2025-05-13
    ],
  },
  {
    id: 'person:harjit-sajjan', name: 'Harjit Sajjan', surname: 'Sajjan',
    description: 'Canadian Defence Minister 2015–2021',
    roles: [r('Defense Minister', 'ca', '2015-11-04', '2021-10-26')], // moved to International Development, nationalpost.com 2021-10-26
  },
  {
    id: 'person:bill-blair', name: 'Bill Blair', surname: 'Blair',
    description: 'Canadian Defence Minister 2023–2025; Toronto police chief 2005–2015',
    roles: [r('Defense Minister', 'ca', '2023-07-26', '2025-05-13')], // frontline.online 2023-07-29; dropped, trendsnnews.com 2025-05-13
  },
  {
    id: 'person:david-mcguinty', name: 'David McGuinty', surname: 'McGuinty',
    description: 'Canadian Defence Minister since May 2025; Public Safety Minister before',
    roles: [r('Defense Minister', 'ca', '2025-05-13')], // trendsnnews.com, uslive.com (AP) 2025-05-13
  },

  // ── Australia ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:tony-abbott', name: 'Tony Abbott', surname: 'Abbott',
    description: 'Prime Minister of Australia 2013–2015',
    roles: [r('Prime Minister', 'au', '2013-09-18', '2015-09-15')], // replaced by Turnbull, home.cydlabs.com (First Turnbull ministry formed 15 September 2015)
  },
  {
    id: 'person:kevin-andrews', name: 'Kevin Andrews', surname: 'Andrews',
    description: 'Australian Defence Minister 2014–2015',
    roles: [r('Defense Minister', 'au', '2014-12', '2015-09-21')], // minister.defence.gov.au (December 2014 – September 2015); dropped, dailymail.co.uk (AAP) 2015-09-20
  },
  {
    id: 'person:julie-bishop', name: 'Julie Bishop', surname: 'Bishop',
    description: 'Australian Foreign Minister 2013–2018',
    roles: [r('Foreign Minister', 'au', '2013-09-18', '2018-08-26')], // foreign minister since 2013, resigned 26 August, egypttoday.com (Reuters) 2018-08-26
  },
  {
    id: 'person:marise-payne', name: 'Marise Payne', surname: 'Payne',
    description: 'Australian Defence Minister 2015–2018 and Foreign Minister 2018–2022',
    roles: [
      r('Defense Minister', 'au', '2015-09-21', '2018-08'), // first female defence minister, dailymail.co.uk (AAP) 2015-09-20; minister.defence.gov.au (September 2015 – August 2018)
      r('Foreign Minister', 'au', '2018-08', '2022-05-23'), // abc.net.au 2018-08-26; Albanese's interim ministry 2022-05-23, wikimili.com
    ],
  },
  {
    id: 'person:christopher-pyne', name: 'Christopher Pyne', surname: 'Pyne',
    description: 'Australian Defence Minister 2018–2019',
    roles: [r('Defense Minister', 'au', '2018-08', '2019-05')], // minister.defence.gov.au (August 2018 – May 2019)
  },
  {
    id: 'person:linda-reynolds', name: 'Linda Reynolds', surname: 'Reynolds',
    description: 'Australian Defence Minister 2019–2021',
    roles: [r('Defense Minister', 'au', '2019-05', '2021-03')], // contactairlandandsea.com 2019-05-26; minister.defence.gov.au (May 2019 – March 2021)
  },
  {
    id: 'person:peter-dutton', name: 'Peter Dutton', surname: 'Dutton', surnameStandsAlone: true,
    description: 'Australian Defence Minister 2021–2022; Liberal leader and opposition leader 2022–2025',
    roles: [r('Defense Minister', 'au', '2021-03', '2022-05-23')], // fbcnews.com.fj (Reuters) 2021-03-29; minister.defence.gov.au (March 2021 – May 2022)
  },
  {
    id: 'person:richard-marles', name: 'Richard Marles', surname: 'Marles', surnameStandsAlone: true,
    description: 'Australian Deputy Prime Minister and Defence Minister since 2022',
    roles: [
      r('Deputy Prime Minister', 'au', '2022-05-23'), // interim ministry sworn in 23 May, wikimili.com (Albanese ministry)
      r('Defense Minister', 'au', '2022-06-01'), // sworn in, sbs.com.au 2022-06-01
    ],
  },
  {
    id: 'person:penny-wong', name: 'Penny Wong', surname: 'Wong',
    description: 'Australian Foreign Minister since May 2022',
    roles: [r('Foreign Minister', 'au', '2022-05-23')], // interim ministry sworn in 23 May, wikimili.com; confirmed, sbs.com.au 2022-06-01
  },

  // ── Italy ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:giorgio-napolitano', name: 'Giorgio Napolitano', surname: 'Napolitano',
    description: 'President of Italy 2006–2015; died 2023',
    roles: [r('President', 'it', '2006-05-15', '2015-01-14')], // dates not re-checked against a report
  },
  {
    id: 'person:sergio-mattarella', name: 'Sergio Mattarella', surname: 'Mattarella', surnameStandsAlone: true,
    description: 'President of Italy since 2015, re-elected in 2022',
    roles: [r('President', 'it', '2015-02-03')], // swore in the Meloni government, iccpi.org.ph (Reuters) 2022-10-22
  },
  {
    id: 'person:matteo-renzi', name: 'Matteo Renzi', surname: 'Renzi', surnameStandsAlone: true,
    description: 'Prime Minister of Italy 2014–2016',
    roles: [r('Prime Minister', 'it', '2014-02-22', '2016-12-12')], // successor sworn in, france24.com 2016-12-13
  },
  {
    id: 'person:paolo-gentiloni', name: 'Paolo Gentiloni', surname: 'Gentiloni', surnameStandsAlone: true,
    description: 'Prime Minister of Italy 2016–2018; Foreign Minister 2014–2016; later EU Commissioner',
    roles: [
      r('Foreign Minister', 'it', '2014-10', '2016-12-12'), // named October 2014, radioitaliana.com.br; became PM 2016-12-12
      r('Prime Minister', 'it', '2016-12-12', '2018-06-01'), // sworn in, bbc.co.uk 2016-12-12; Gentiloni government ended 2018-06-01, politicheeuropee.gov.it
    ],
  },
  {
    id: 'person:giuseppe-conte', name: 'Giuseppe Conte', surname: 'Conte',
    description: 'Prime Minister of Italy 2018–2021; Five Star Movement leader since',
    roles: [r('Prime Minister', 'it', '2018-06-01', '2021-02-13')], // sworn in, cagliaripost.com 2018-06-01; handed over to Draghi, cde.news 2021-02-13
  },
  {
    id: 'person:mario-draghi', name: 'Mario Draghi', surname: 'Draghi', surnameStandsAlone: true,
    description: 'Prime Minister of Italy 2021–2022; President of the European Central Bank 2011–2019',
    roles: [
      r('President of the European Central Bank', '', '2011-11-01', '2019-10-31'),
      r('Prime Minister', 'it', '2021-02-13', '2022-10-22'), // sworn in, galusaustralis.com 2021-02-13; successor sworn in, iccpi.org.ph 2022-10-22
    ],
  },
  {
    id: 'person:angelino-alfano', name: 'Angelino Alfano', surname: 'Alfano',
    description: 'Italian Foreign Minister 2016–2018; Interior Minister 2013–2016',
    roles: [r('Foreign Minister', 'it', '2016-12-12', '2018-06-01')], // bbc.co.uk 2016-12-12; Conte government sworn in, cagliaripost.com 2018-06-01
  },
  {
    id: 'person:enzo-moavero-milanesi', name: 'Enzo Moavero Milanesi', aliases: ['Moavero Milanesi'], surname: 'Moavero',
    description: 'Italian Foreign Minister 2018–2019',
    roles: [r('Foreign Minister', 'it', '2018-06-01', '2019-09-05')], // cagliaripost.com 2018-06-01; Conte II sworn in, concisenews.global 2019-09-06
  },
  {
    id: 'person:luigi-di-maio', name: 'Luigi Di Maio', surname: 'Di Maio',
    description: 'Italian Foreign Minister 2019–2022; later EU envoy to the Gulf',
    roles: [
      r('Deputy Prime Minister', 'it', '2018-06-01', '2019-09-05'), // cagliaripost.com 2018-06-01
      r('Foreign Minister', 'it', '2019-09-05', '2022-10-22'), // concisenews.global 2019-09-06; kept by Draghi, cde.news 2021-02-13; Meloni government 2022-10-22
    ],
  },
  {
    id: 'person:antonio-tajani', name: 'Antonio Tajani', surname: 'Tajani', surnameStandsAlone: true,
    description: 'Italian Deputy PM and Foreign Minister since 2022; European Parliament President 2017–2019',
    roles: [
      r('Deputy Prime Minister', 'it', '2022-10-22'), // pledgetimes.com 2022-10-22
      r('Foreign Minister', 'it', '2022-10-22'), // sworn in, iccpi.org.ph (Reuters) 2022-10-22
    ],
  },
  {
    id: 'person:roberta-pinotti', name: 'Roberta Pinotti', surname: 'Pinotti',
    description: 'Italian Defence Minister 2014–2018',
    roles: [r('Defense Minister', 'it', '2014-02-22', '2018-06-01')], // successor Trenta sworn in, cagliaripost.com 2018-06-01
  },
  {
    id: 'person:elisabetta-trenta', name: 'Elisabetta Trenta', surname: 'Trenta',
    description: 'Italian Defence Minister 2018–2019',
    roles: [r('Defense Minister', 'it', '2018-06-01', '2019-09-05')], // cagliaripost.com 2018-06-01; successor, concisenews.global 2019-09-06
  },
  {
    id: 'person:lorenzo-guerini', name: 'Lorenzo Guerini', surname: 'Guerini',
    description: 'Italian Defence Minister 2019–2022',
    roles: [r('Defense Minister', 'it', '2019-09-05', '2022-10-22')], // concisenews.global 2019-09-06; kept by Draghi, samajweekly.com 2021-02; successor 2022-10-22
  },
  {
    id: 'person:guido-crosetto', name: 'Guido Crosetto', surname: 'Crosetto', surnameStandsAlone: true,
    description: 'Italian Defence Minister since October 2022',
    roles: [r('Defense Minister', 'it', '2022-10-22')], // sworn in, iccpi.org.ph (Reuters) 2022-10-22
  },

  // ── Spain ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:felipe-vi', name: 'King Felipe VI', aliases: ['Felipe VI', 'King Felipe'],
    description: 'King of Spain since 2014',
    roles: [r('King', 'es', '2014-06-19')], // swore in the Sánchez cabinet, lamoncloa.gob.es 2018-06-07; Albares' oath, cope.es 2021-07
  },
  {
    id: 'person:mariano-rajoy', name: 'Mariano Rajoy', surname: 'Rajoy', surnameStandsAlone: true,
    description: 'Prime Minister of Spain 2011–2018',
    roles: [r('Prime Minister', 'es', '2011-12-21', '2018-06-02')], // removed by no-confidence vote, successor sworn in 2 June, lamoncloa.gob.es
  },
  {
    id: 'person:jose-manuel-garcia-margallo', name: 'José Manuel García-Margallo', aliases: ['Jose Manuel Garcia-Margallo', 'García-Margallo', 'Garcia-Margallo'],
    surname: 'García-Margallo',
    description: 'Spanish Foreign Minister 2011–2016',
    roles: [r('Foreign Minister', 'es', '2011-12-22', '2016-11-04')], // replaced by Dastis, it.euronews.com 2016-11-04
  },
  {
    id: 'person:alfonso-dastis', name: 'Alfonso Dastis', surname: 'Dastis',
    description: 'Spanish Foreign Minister 2016–2018',
    roles: [r('Foreign Minister', 'es', '2016-11-04', '2018-06-07')], // sworn in, it.euronews.com 2016-11-04; Sánchez cabinet sworn in, lamoncloa.gob.es 2018-06-07
  },
  {
    id: 'person:arancha-gonzalez-laya', name: 'Arancha González Laya', aliases: ['Arancha Gonzalez Laya', 'González Laya', 'Gonzalez Laya'],
    surname: 'González Laya',
    description: 'Spanish Foreign Minister 2020–2021',
    roles: [r('Foreign Minister', 'es', '2020-01-13', '2021-07-12')], // took office, huffingtonpost.es 2020-01-13; successor sworn in Monday after 2021-07-10, cope.es
  },
  {
    id: 'person:jose-manuel-albares', name: 'José Manuel Albares', aliases: ['Jose Manuel Albares'], surname: 'Albares', surnameStandsAlone: true,
    description: 'Spanish Foreign Minister since July 2021',
    roles: [r('Foreign Minister', 'es', '2021-07-12')], // named 2021-07-10, sworn in the Monday after, cope.es 2021-07
  },
  {
    id: 'person:pedro-morenes', name: 'Pedro Morenés', aliases: ['Pedro Morenes'], surname: 'Morenés',
    description: 'Spanish Defence Minister 2011–2016',
    roles: [r('Defense Minister', 'es', '2011-12-22', '2016-11-04')], // replaced by Cospedal, barlamane.fr, it.euronews.com 2016-11-04
  },
  {
    id: 'person:maria-dolores-de-cospedal', name: 'María Dolores de Cospedal', aliases: ['Maria Dolores de Cospedal', 'Dolores de Cospedal'],
    surname: 'Cospedal',
    description: 'Spanish Defence Minister 2016–2018',
    roles: [r('Defense Minister', 'es', '2016-11-04', '2018-06-07')], // it.euronews.com 2016-11-04; successor Robles, lamoncloa.gob.es 2018-06-07
  },
  {
    id: 'person:margarita-robles', name: 'Margarita Robles', surname: 'Robles',
    description: 'Spanish Defence Minister since June 2018',
    roles: [
      r('Defense Minister', 'es', '2018-06-07'), // sworn in, lamoncloa.gob.es 2018-06-07
      r('Acting Foreign Minister', 'es', '2019-11-29', '2020-01-13'), // took over from Borrell, radioromanul.es (AFP) 2019-11; handed over, huffingtonpost.es 2020-01-13
    ],
  },

  // ── European Union ──────────────────────────────────────────────────────────────────────────
  {
    id: 'person:roberta-metsola', name: 'Roberta Metsola', surname: 'Metsola', surnameStandsAlone: true,
    description: 'President of the European Parliament since January 2022; Maltese MEP since 2013',
    roles: [r('President of the European Parliament', '', '2022-01-18')], // elected, earto.eu 2022-01-24; re-elected, news.liga.net 2024-07-16
  },

  // ── Poland ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:bronislaw-komorowski', name: 'Bronisław Komorowski', aliases: ['Bronislaw Komorowski'], surname: 'Komorowski',
    description: 'President of Poland 2010–2015',
    roles: [r('President', 'pl', '2010-08-06', '2015-08-06')], // successor Duda's terms ran from 6 August, polskieradio.pl 2025-08-06 (start not re-checked)
  },
  {
    id: 'person:andrzej-duda', name: 'Andrzej Duda', surname: 'Duda', surnameStandsAlone: true,
    description: 'President of Poland 2015–2025',
    roles: [r('President', 'pl', '2015-08-06', '2025-08-06')], // second term ended the day his successor was sworn in, polskieradio.pl 2025-08-06
  },
  {
    id: 'person:karol-nawrocki', name: 'Karol Nawrocki', surname: 'Nawrocki', surnameStandsAlone: true,
    description: 'President of Poland since August 2025',
    roles: [r('President', 'pl', '2025-08-06')], // sworn in, tass.com, polskieradio.pl 2025-08-06
  },
  {
    id: 'person:ewa-kopacz', name: 'Ewa Kopacz', surname: 'Kopacz',
    description: 'Prime Minister of Poland 2014–2015',
    roles: [r('Prime Minister', 'pl', '2014-09-22', '2015-11-16')], // successor sworn in, chinagate.cn (Xinhua) 2015-11-16 (start not re-checked)
  },
  {
    id: 'person:beata-szydlo', name: 'Beata Szydło', aliases: ['Beata Szydlo'], surname: 'Szydło',
    description: 'Prime Minister of Poland 2015–2017',
    roles: [r('Prime Minister', 'pl', '2015-11-16', '2017-12-11')], // sworn in, chinagate.cn (Xinhua) 2015-11-16; replaced, france24.com 2017-12-11
  },
  {
    id: 'person:mateusz-morawiecki', name: 'Mateusz Morawiecki', surname: 'Morawiecki', surnameStandsAlone: true,
    description: 'Prime Minister of Poland 2017–2023',
    roles: [r('Prime Minister', 'pl', '2017-12-11', '2023-12-13')], // sworn in, france24.com 2017-12-11; successor sworn in, gov.pl 2023-12-13
  },
  {
    id: 'person:grzegorz-schetyna', name: 'Grzegorz Schetyna', surname: 'Schetyna',
    description: 'Polish Foreign Minister 2014–2015; Civic Platform leader 2016–2021',
    roles: [r('Foreign Minister', 'pl', '2014-09-22', '2015-11-16')], // Szydło government sworn in, chinagate.cn (Xinhua) 2015-11-16
  },
  {
    id: 'person:witold-waszczykowski', name: 'Witold Waszczykowski', surname: 'Waszczykowski',
    description: 'Polish Foreign Minister 2015–2018',
    roles: [r('Foreign Minister', 'pl', '2015-11-16', '2018-01-09')], // chinagate.cn (Xinhua) 2015-11-16; dismissed, peoplesdaily.pdnews.cn 2018-01-09
  },
  {
    id: 'person:jacek-czaputowicz', name: 'Jacek Czaputowicz', surname: 'Czaputowicz',
    description: 'Polish Foreign Minister 2018–2020',
    roles: [r('Foreign Minister', 'pl', '2018-01-09', '2020-08')], // peoplesdaily.pdnews.cn 2018-01-09; resigned 20 August, docslib.org (CEECAS briefing) 2020-09
  },
  {
    id: 'person:zbigniew-rau', name: 'Zbigniew Rau', surname: 'Rau',
    description: 'Polish Foreign Minister 2020–2023',
    roles: [r('Foreign Minister', 'pl', '2020-08-26', '2023-11-27')], // appointed 26 August, docslib.org (CEECAS briefing) 2020-09; successor sworn in, warsawpoint.com 2023-11-27
  },
  {
    id: 'person:szymon-szynkowski-vel-sek', name: 'Szymon Szynkowski vel Sęk', aliases: ['Szymon Szynkowski vel Sek'],
    surname: 'Szynkowski vel Sęk',
    description: 'Polish Foreign Minister in the two-week Morawiecki government of 2023',
    roles: [r('Foreign Minister', 'pl', '2023-11-27', '2023-12-13')], // warsawpoint.com 2023-11-27; Tusk government sworn in, gov.pl 2023-12-13
  },
  {
    id: 'person:radoslaw-sikorski', name: 'Radosław Sikorski', aliases: ['Radoslaw Sikorski', 'Radek Sikorski'],
    surname: 'Sikorski', surnameStandsAlone: true,
    description: 'Polish Foreign Minister 2007–2014 and since December 2023; also Deputy PM since 2025',
    roles: [
      r('Foreign Minister', 'pl', '2023-12-13'), // gov.pl 2023-12-13
      r('Deputy Prime Minister', 'pl', '2025-07'), // announced 2025-07-23, dailysabah.com, independentxpress.de (sworn in the next day); leitzahl.de 2025-07
    ],
  },
  {
    id: 'person:tomasz-siemoniak', name: 'Tomasz Siemoniak', surname: 'Siemoniak',
    description: 'Polish Defence Minister 2011–2015; intelligence coordinator since 2023',
    roles: [
      r('Defense Minister', 'pl', '2011-11-18', '2015-11-16'), // Szydło government sworn in, chinagate.cn (Xinhua) 2015-11-16 (start not re-checked)
      r('Coordinator of Special Services', 'pl', '2023-12-13'), // gov.pl 2023-12-13
    ],
  },
  {
    id: 'person:antoni-macierewicz', name: 'Antoni Macierewicz', surname: 'Macierewicz', surnameStandsAlone: true,
    description: 'Polish Defence Minister 2015–2018',
    roles: [r('Defense Minister', 'pl', '2015-11-16', '2018-01-09')], // chinagate.cn (Xinhua) 2015-11-16; dismissed, gazetaprawna.pl 2018-01
  },
  {
    id: 'person:mariusz-blaszczak', name: 'Mariusz Błaszczak', aliases: ['Mariusz Blaszczak'], surname: 'Błaszczak',
    description: 'Polish Defence Minister 2018–2023; Interior Minister 2015–2018',
    roles: [
      r('Interior Minister', 'pl', '2015-11-16', '2018-01-09'), // old.day.kyiv.ua 2015-11-16; gazetaprawna.pl 2018-01
      r('Defense Minister', 'pl', '2018-01-09', '2023-12-13'), // peoplesdaily.pdnews.cn 2018-01-09; kept on 2023-11-27, warsawpoint.com; Tusk government, gov.pl 2023-12-13
    ],
  },
  {
    id: 'person:wladyslaw-kosiniak-kamysz', name: 'Władysław Kosiniak-Kamysz', aliases: ['Wladyslaw Kosiniak-Kamysz'],
    surname: 'Kosiniak-Kamysz', surnameStandsAlone: true,
    description: 'Polish Deputy Prime Minister and Defence Minister since December 2023',
    roles: [
      r('Deputy Prime Minister', 'pl', '2023-12-13'), // gov.pl 2023-12-13
      r('Defense Minister', 'pl', '2023-12-13'), // gov.pl 2023-12-13
    ],
  },

  // ── Netherlands ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:willem-alexander', name: 'King Willem-Alexander', aliases: ['Willem-Alexander', 'Willem Alexander'],
    description: 'King of the Netherlands since 2013',
    roles: [r('King', 'nl', '2013-04-30')], // swore in the Jetten cabinet, report.az 2026-02-23
  },
  {
    id: 'person:dick-schoof', name: 'Dick Schoof', surname: 'Schoof', surnameStandsAlone: true,
    description: 'Prime Minister of the Netherlands 2024–2026; intelligence chief before',
    roles: [r('Prime Minister', 'nl', '2024-07-02', '2026-02-23')], // sworn in, nltimes.nl 2024-07-02; successor sworn in, report.az 2026-02-23
  },
  {
    id: 'person:rob-jetten', name: 'Rob Jetten', surname: 'Jetten', surnameStandsAlone: true,
    description: 'Prime Minister of the Netherlands since February 2026',
    roles: [r('Prime Minister', 'nl', '2026-02-23')], // sworn in, report.az, independent.co.uk 2026-02-23
  },
  {
    id: 'person:bert-koenders', name: 'Bert Koenders', surname: 'Koenders',
    description: 'Dutch Foreign Minister 2014–2017',
    roles: [r('Foreign Minister', 'nl', '2014-10', '2017-10-26')], // succeeded by Zijlstra, hurriyetdailynews.com (AFP) 2017-10-26 (start not re-checked)
  },
  {
    id: 'person:halbe-zijlstra', name: 'Halbe Zijlstra', surname: 'Zijlstra',
    description: 'Dutch Foreign Minister 2017–2018',
    roles: [r('Foreign Minister', 'nl', '2017-10-26', '2018-02-13')], // government.nl 2017-10-26; resigned, reuters.com 2018-03-05
  },
  {
    id: 'person:stef-blok', name: 'Stef Blok', surname: 'Blok',
    description: 'Dutch Foreign Minister 2018–2021',
    roles: [r('Foreign Minister', 'nl', '2018-03-07', '2021-05-24')], // sworn in, nieuws.nl 2018-03-07; moved to Economic Affairs, nltimes.nl 2021-09-17
  },
  {
    id: 'person:wopke-hoekstra', name: 'Wopke Hoekstra', surname: 'Hoekstra', surnameStandsAlone: true,
    description: 'Dutch Finance and Foreign Minister 2017–2023; EU Climate Commissioner since 2023',
    roles: [
      r('Finance Minister', 'nl', '2017-10-26', '2022-01-10'), // hurriyetdailynews.com (AFP) 2017-10-26; einpresswire.com (government.nl) 2022-01-10
      r('Foreign Minister', 'nl', '2022-01-10', '2023-09-01'), // sworn in, einpresswire.com (government.nl) 2022-01-10; left 1 September, government.nl 2023-09-04
      r('European Commissioner for Climate Action', '', '2023-10-09', '2024-11-30'), // appointed by the Council, agriland.ie 2023-10-09; Parliament vote, taketonews.com 2023-10-05
      r('European Commissioner for Climate, Net Zero and Clean Growth', '', '2024-12-01'), // thenationalnews.com 2024-09-17; College took office, commission.europa.eu, eucrim.eu 2024-12-01
    ],
  },
  {
    id: 'person:sigrid-kaag', name: 'Sigrid Kaag', surname: 'Kaag',
    description: 'Dutch Foreign Minister 2021 and Finance Minister 2022–2024; former D66 leader',
    roles: [r('Foreign Minister', 'nl', '2021-05-24', '2021-09-17')], // took over 24 May, resigned over Afghanistan evacuation, nltimes.nl 2021-09-17
  },
  {
    id: 'person:ben-knapen', name: 'Ben Knapen', surname: 'Knapen',
    description: 'Dutch Foreign Minister 2021–2022',
    roles: [r('Foreign Minister', 'nl', '2021-09-24', '2022-01-10')], // sworn in, rijksoverheid.nl 2021-09-24; succeeded by Hoekstra, einpresswire.com (government.nl) 2022-01-10
  },
  {
    id: 'person:hanke-bruins-slot', name: 'Hanke Bruins Slot', surname: 'Bruins Slot',
    description: 'Dutch Foreign Minister 2023–2024; Interior Minister 2022–2023',
    roles: [r('Foreign Minister', 'nl', '2023-09-05', '2024-07-02')], // government.nl 2023-09-04; Schoof cabinet sworn in, nltimes.nl 2024-07-02
  },
  {
    id: 'person:caspar-veldkamp', name: 'Caspar Veldkamp', surname: 'Veldkamp',
    description: 'Dutch Foreign Minister 2024–2025',
    roles: [r('Foreign Minister', 'nl', '2024-07-02', '2025-08-22')], // newsnetnebraska.org 2024-07-02; resigned, lordspress.co.uk, rijksoverheid.nl 2025-08-23
  },
  {
    id: 'person:david-van-weel', name: 'David van Weel', surname: 'van Weel',
    description: 'Dutch Justice Minister 2024–2025 and Foreign Minister 2025–2026; NATO official before',
    roles: [
      r('Justice Minister', 'nl', '2024-07-02', '2025-09-05'), // dokumen123.com; relieved of Justice on becoming Foreign Minister, rijksoverheid.nl 2025-09-05
      r('Foreign Minister', 'nl', '2025-09-05', '2026-02-23'), // appointed, rijksoverheid.nl 2025-09-05; succeeded by Berendsen, rijksoverheid.nl 2026-02-23
    ],
  },
  {
    id: 'person:tom-berendsen', name: 'Tom Berendsen', surname: 'Berendsen',
    description: 'Dutch Foreign Minister since February 2026',
    roles: [r('Foreign Minister', 'nl', '2026-02-23')], // sworn in, succeeding van Weel, rijksoverheid.nl 2026-02-23
  },
  {
    id: 'person:jeanine-hennis-plasschaert', name: 'Jeanine Hennis-Plasschaert', aliases: ['Jeanine Hennis'], surname: 'Hennis-Plasschaert',
    description: 'Dutch Defence Minister 2012–2017; later a UN envoy',
    roles: [r('Defense Minister', 'nl', '2012-11-05', '2017-10-03')], // resigned over the Mali mortar accident, politico.eu, nltimes.nl 2017-10-04
  },
  {
    id: 'person:ank-bijleveld', name: 'Ank Bijleveld', surname: 'Bijleveld',
    description: 'Dutch Defence Minister 2017–2021',
    roles: [r('Defense Minister', 'nl', '2017-10-26', '2021-09-17')], // Rutte III sworn in, government.nl 2017-10-26; left 17 September, rijksoverheid.nl 2021-09-24
  },
  {
    id: 'person:henk-kamp', name: 'Henk Kamp', surname: 'Kamp',
    description: 'Dutch Defence Minister 2002–2007 and 2021–2022',
    roles: [r('Defense Minister', 'nl', '2021-09-24', '2022-01-10')], // sworn in, rijksoverheid.nl 2021-09-24; Ollongren from 2022-01-10, urdupoint.com
  },
  {
    id: 'person:kajsa-ollongren', name: 'Kajsa Ollongren', surname: 'Ollongren',
    description: 'Dutch Defence Minister 2022–2024; Interior Minister 2017–2022',
    roles: [r('Defense Minister', 'nl', '2022-01-10', '2024-07-02')], // urdupoint.com (Sputnik) 2022-01-10; Schoof cabinet sworn in, nltimes.nl 2024-07-02
  },
  {
    id: 'person:ruben-brekelmans', name: 'Ruben Brekelmans', surname: 'Brekelmans',
    description: 'Dutch Defence Minister 2024–2026; acting Foreign Minister August–September 2025',
    roles: [
      r('Defense Minister', 'nl', '2024-07-02', '2026-02-23'), // newsnetnebraska.org 2024-07-02; successor sworn in, dutchbrief.com 2026-02
      r('Acting Foreign Minister', 'nl', '2025-08-23', '2025-09-05'), // einpresswire.com (government.nl) 2025-08-23; relieved, rijksoverheid.nl 2025-09-05
    ],
  },
  {
    id: 'person:dilan-yesilgoz-zegerius', name: 'Dilan Yeşilgöz-Zegerius', aliases: ['Dilan Yesilgoz-Zegerius', 'Dilan Yeşilgöz', 'Dilan Yesilgoz'],
    surname: 'Yeşilgöz', surnameStandsAlone: true,
    description: 'Dutch Deputy Prime Minister and Defence Minister since February 2026; VVD leader',
    roles: [
      r('Deputy Prime Minister', 'nl', '2026-02-23'), // dutchbrief.com 2026-02
      r('Defense Minister', 'nl', '2026-02-23'), // dutchbrief.com 2026-02
    ],
  },
];

export const PEOPLE_AMERICAS_EUROPE: readonly PersonEntity[] = people(LIST);
