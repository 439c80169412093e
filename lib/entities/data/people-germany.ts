import type { PersonEntity } from '../types';
import { people, r, type PersonInput } from './person-input';

/**
 * Germany's chancellors, federal presidents, foreign and defence ministers since 1990 that people.ts
 * does not hold yet (Merkel, Scholz, Merz, Gauck, Steinmeier, Gabriel, Maas, Baerbock, Wadephul, von der
 * Leyen, Kramp-Karrenbauer, Lambrecht and Pistorius are there). The Wikidata office-holders in
 * ../shared/datasets have no folder for Germany. Dates are the days each took or left office as the
 * Bundestag and Federal President's records give them; not re-checked against a dated report here.
 */
const LIST: PersonInput[] = [
  // ── Chancellors and federal presidents ────────────────────────────────────────────────────
  {
    id: 'person:helmut-kohl', name: 'Helmut Kohl', surname: 'Kohl', surnameStandsAlone: true,
    description: 'Chancellor of Germany 1982–1998; died 2017',
    roles: [r('Chancellor', 'de', '1982-10-01', '1998-10-27')], // not re-checked
  },
  {
    id: 'person:gerhard-schroder', name: 'Gerhard Schröder', aliases: ['Gerhard Schroeder', 'Gerhard Schroder'], surname: 'Schröder',
    description: 'Chancellor of Germany 1998–2005',
    roles: [r('Chancellor', 'de', '1998-10-27', '2005-11-22')], // not re-checked
  },
  {
    id: 'person:richard-von-weizsacker', name: 'Richard von Weizsäcker', aliases: ['Richard von Weizsaecker', 'Richard von Weizsacker'], surname: 'Weizsäcker',
    description: 'President of Germany 1984–1994; died 2015',
    roles: [r('President', 'de', '1984-07-01', '1994-06-30')], // not re-checked
  },
  {
    id: 'person:roman-herzog', name: 'Roman Herzog', surname: 'Herzog',
    description: 'President of Germany 1994–1999; died 2017',
    roles: [r('President', 'de', '1994-07-01', '1999-06-30')], // not re-checked
  },
  {
    id: 'person:johannes-rau', name: 'Johannes Rau', surname: 'Rau',
    description: 'President of Germany 1999–2004; died 2006',
    roles: [r('President', 'de', '1999-07-01', '2004-06-30')], // not re-checked
  },
  {
    id: 'person:horst-kohler', name: 'Horst Köhler', aliases: ['Horst Koehler', 'Horst Kohler'], surname: 'Köhler',
    description: 'President of Germany 2004–2010; IMF Managing Director before',
    roles: [r('President', 'de', '2004-07-01', '2010-05-31')], // resigned 31 May 2010; not re-checked
  },
  {
    id: 'person:christian-wulff', name: 'Christian Wulff', surname: 'Wulff',
    description: 'President of Germany 2010–2012',
    roles: [r('President', 'de', '2010-06-30', '2012-02-17')], // resigned 17 February 2012; not re-checked
  },

  // ── Foreign ministers ──────────────────────────────────────────────────────────────────────
  {
    id: 'person:hans-dietrich-genscher', name: 'Hans-Dietrich Genscher', surname: 'Genscher', surnameStandsAlone: true,
    description: 'Foreign Minister of (West) Germany 1974–1992; died 2016',
    roles: [r('Foreign Minister', 'de', '1982-10-04', '1992-05-17')], // second spell after the 1982 coalition change; not re-checked
  },
  {
    id: 'person:klaus-kinkel', name: 'Klaus Kinkel', surname: 'Kinkel',
    description: 'Foreign Minister of Germany 1992–1998; died 2019',
    roles: [r('Foreign Minister', 'de', '1992-05-18', '1998-10-27')], // not re-checked
  },
  {
    id: 'person:joschka-fischer', name: 'Joschka Fischer', surname: 'Fischer',
    description: 'Foreign Minister of Germany 1998–2005 (Greens)',
    roles: [r('Foreign Minister', 'de', '1998-10-27', '2005-11-22')], // not re-checked
  },
  {
    id: 'person:guido-westerwelle', name: 'Guido Westerwelle', surname: 'Westerwelle', surnameStandsAlone: true,
    description: 'Foreign Minister of Germany 2009–2013; died 2016',
    roles: [r('Foreign Minister', 'de', '2009-10-28', '2013-12-17')], // not re-checked
  },

  // ── Defence ministers ──────────────────────────────────────────────────────────────────────
  {
    id: 'person:gerhard-stoltenberg', name: 'Gerhard Stoltenberg', surname: 'Stoltenberg',
    description: 'Defence Minister of Germany 1989–1992; died 2001',
    roles: [r('Defence Minister', 'de', '1989-04-21', '1992-03-31')], // not re-checked
  },
  {
    id: 'person:volker-ruhe', name: 'Volker Rühe', aliases: ['Volker Ruehe', 'Volker Ruhe'], surname: 'Rühe',
    description: 'Defence Minister of Germany 1992–1998',
    roles: [r('Defence Minister', 'de', '1992-04-01', '1998-10-26')], // not re-checked
  },
  {
    id: 'person:rudolf-scharping', name: 'Rudolf Scharping', surname: 'Scharping',
    description: 'Defence Minister of Germany 1998–2002',
    roles: [r('Defence Minister', 'de', '1998-10-27', '2002-07-18')], // dismissed July 2002; not re-checked
  },
  {
    id: 'person:peter-struck', name: 'Peter Struck', surname: 'Struck',
    description: 'Defence Minister of Germany 2002–2005; died 2012',
    roles: [r('Defence Minister', 'de', '2002-07-19', '2005-11-22')], // not re-checked
  },
  {
    id: 'person:franz-josef-jung', name: 'Franz Josef Jung', surname: 'Jung',
    description: 'Defence Minister of Germany 2005–2009',
    roles: [r('Defence Minister', 'de', '2005-11-22', '2009-10-28')], // not re-checked
  },
  {
    id: 'person:karl-theodor-zu-guttenberg', name: 'Karl-Theodor zu Guttenberg', surname: 'Guttenberg',
    description: 'Defence Minister of Germany 2009–2011',
    roles: [r('Defence Minister', 'de', '2009-10-28', '2011-03-03')], // resigned March 2011; not re-checked
  },
  {
    id: 'person:thomas-de-maiziere', name: 'Thomas de Maizière', aliases: ['Thomas de Maiziere'], surname: 'de Maizière',
    description: 'Defence Minister of Germany 2011–2013; Interior Minister 2009–2011 and 2013–2018',
    roles: [
      r('Interior Minister', 'de', '2009-10-28', '2011-03-03'), // not re-checked
      r('Defence Minister', 'de', '2011-03-03', '2013-12-17'), // not re-checked
      r('Interior Minister', 'de', '2013-12-17', '2018-03-14'), // not re-checked
    ],
  },
];

export const PEOPLE_GERMANY: readonly PersonEntity[] = people(LIST);
