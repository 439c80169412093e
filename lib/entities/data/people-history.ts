import type { PersonEntity } from '../types';
import { people, r, type PersonInput } from './person-input';

/**
 * Leaders of the past that diplomatic news still names, often by family name alone ("Hitler",
 * "Stalin", "Mao", "Saddam"), whom the open data misses: the Phoenix leader lists begin in the 1950s and
 * file Soviet leaders under Russia, and Wikidata's lists begin about 2000. Dates are those of the public
 * record; “not re-checked” marks dates not yet checked against a dated report.
 */
const LIST: PersonInput[] = [
  {
    id: 'person:adolf-hitler', name: 'Adolf Hitler', surname: 'Hitler', surnameStandsAlone: true,
    description: 'Dictator of Nazi Germany, Chancellor 1933–1945',
    roles: [r('Chancellor', 'de', '1933-01-30', '1945-04-30')], // not re-checked
  },
  {
    id: 'person:benito-mussolini', name: 'Benito Mussolini', surname: 'Mussolini', surnameStandsAlone: true,
    description: 'Fascist dictator of Italy, Prime Minister 1922–1943',
    roles: [r('Prime Minister', 'it', '1922-10-31', '1943-07-25')], // not re-checked
  },
  {
    id: 'person:vladimir-lenin', name: 'Vladimir Lenin', aliases: ['Vladimir Ilyich Lenin'], surname: 'Lenin', surnameStandsAlone: true,
    description: 'Leader of the Bolshevik revolution and first head of the Soviet government',
    roles: [r('Chairman of the Council of People’s Commissars', 'su', '1922-12-30', '1924-01-21')], // from the Union's founding; died 21 January 1924 — not re-checked
  },
  {
    id: 'person:joseph-stalin', name: 'Joseph Stalin', aliases: ['Josef Stalin'], surname: 'Stalin', surnameStandsAlone: true,
    description: 'Ruler of the Soviet Union from the mid-1920s until his death in 1953',
    roles: [
      r('General Secretary of the Communist Party', 'su', '1922-04-03', '1952-10-16'), // not re-checked
      r('Premier', 'su', '1941-05-06', '1953-03-05'), // not re-checked
    ],
  },
  {
    id: 'person:nikita-khrushchev', name: 'Nikita Khrushchev', surname: 'Khrushchev', surnameStandsAlone: true,
    description: 'Soviet leader 1953–1964',
    roles: [r('First Secretary of the Communist Party', 'su', '1953-09-14', '1964-10-14')], // not re-checked
  },
  {
    id: 'person:leonid-brezhnev', name: 'Leonid Brezhnev', surname: 'Brezhnev', surnameStandsAlone: true,
    description: 'Soviet leader 1964–1982',
    roles: [r('General Secretary of the Communist Party', 'su', '1964-10-14', '1982-11-10')], // not re-checked
  },
  {
    id: 'person:winston-churchill', name: 'Winston Churchill', surname: 'Churchill', surnameStandsAlone: true,
    description: 'British Prime Minister 1940–1945 and 1951–1955',
    roles: [
      r('Prime Minister', 'gb', '1940-05-10', '1945-07-26'), // not re-checked
      r('Prime Minister', 'gb', '1951-10-26', '1955-04-05'), // not re-checked
    ],
  },
  {
    id: 'person:charles-de-gaulle', name: 'Charles de Gaulle', surname: 'de Gaulle', surnameStandsAlone: true,
    description: 'Leader of Free France; President of France 1959–1969',
    roles: [r('President', 'fr', '1959-01-08', '1969-04-28')], // not re-checked
  },
  {
    id: 'person:mao-zedong', name: 'Mao Zedong', aliases: ['Mao Tse-tung', 'Chairman Mao'], surname: 'Mao', surnameStandsAlone: true,
    description: 'Founder of the People’s Republic of China; Chairman of the Chinese Communist Party until his death in 1976',
    roles: [r('Chairman of the Chinese Communist Party', 'cn', '1943-03-20', '1976-09-09')], // not re-checked
  },
  {
    id: 'person:ho-chi-minh', name: 'Ho Chi Minh',
    description: 'Leader of Vietnam’s independence struggle; President of North Vietnam 1945–1969',
    roles: [r('President', 'vn', '1945-09-02', '1969-09-02')], // not re-checked
  },
  {
    id: 'person:saddam-hussein', name: 'Saddam Hussein', aliases: ['Saddam'],
    description: 'President of Iraq 1979–2003, overthrown by the US-led invasion; executed in 2006',
    roles: [r('President', 'iq', '1979-07-16', '2003-04-09')], // not re-checked
  },
];

export const PEOPLE_HISTORY: readonly PersonEntity[] = people(LIST);
