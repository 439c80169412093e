import type { PersonEntity } from '../types';
import { people, r, type PersonInput } from './person-input';

/**
 * The Holy See's offices since 1990 (popes, the Secretary of State, the Secretary for Relations with
 * States — its foreign minister — and the Holy See Press Office's directors), which no open dataset
 * here lists, and the religious leaders news names by a title ("Grand Ayatollah Ali al-Sistani").
 * Dates are those of the public record (election or appointment, death or the successor taking
 * office); “not re-checked” marks dates not yet checked against a dated report.
 *
 * A pope's regnal name is his `surname`: "Pope Francis", "Pope Benedict" name him through the title
 * (officials.ts), while "Francis" alone stays a given name.
 */
const LIST: PersonInput[] = [
  // ── Popes ────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'person:john-paul-ii', name: 'John Paul II', aliases: ['Pope John Paul II', 'Karol Wojtyła', 'Karol Wojtyla'],
    description: 'Pope 1978–2005',
    roles: [r('Pope', 'va', '1978-10-16', '2005-04-02')], // elected 16 October 1978; died 2 April 2005 — not re-checked
  },
  {
    id: 'person:benedict-xvi', name: 'Benedict XVI', aliases: ['Pope Benedict XVI', 'Joseph Ratzinger'], surname: 'Benedict',
    description: 'Pope 2005–2013; resigned, died in 2022',
    roles: [r('Pope', 'va', '2005-04-19', '2013-02-28')], // elected 19 April 2005; resignation effective 28 February 2013 — not re-checked
  },
  {
    id: 'person:pope-francis', name: 'Pope Francis', aliases: ['Jorge Mario Bergoglio'], surname: 'Francis',
    description: 'Pope 2013–2025, the first from the Americas',
    roles: [r('Pope', 'va', '2013-03-13', '2025-04-21')], // elected 13 March 2013; died 21 April 2025 — not re-checked
  },
  {
    id: 'person:leo-xiv', name: 'Leo XIV', aliases: ['Pope Leo XIV', 'Robert Francis Prevost', 'Robert Prevost'], surname: 'Leo',
    description: 'Pope since May 2025, the first from the United States',
    roles: [r('Pope', 'va', '2025-05-08')], // elected 8 May 2025 — not re-checked
  },

  // ── Holy See: Secretaries of State and for Relations with States ───────────────────────────────
  {
    id: 'person:angelo-sodano', name: 'Angelo Sodano', surname: 'Sodano',
    description: 'Cardinal Secretary of State of the Holy See 1990–2006',
    roles: [r('Secretary of State of the Holy See', 'va', '1990-12-01', '2006-09-15')], // pro-secretary from 1 December 1990 — not re-checked
  },
  {
    id: 'person:tarcisio-bertone', name: 'Tarcisio Bertone', surname: 'Bertone',
    description: 'Cardinal Secretary of State of the Holy See 2006–2013',
    roles: [r('Secretary of State of the Holy See', 'va', '2006-09-15', '2013-10-15')], // not re-checked
  },
  {
    id: 'person:pietro-parolin', name: 'Pietro Parolin', surname: 'Parolin',
    description: 'Cardinal Secretary of State of the Holy See since 2013',
    roles: [r('Secretary of State of the Holy See', 'va', '2013-10-15')], // not re-checked
  },
  {
    id: 'person:jean-louis-tauran', name: 'Jean-Louis Tauran', surname: 'Tauran',
    description: 'The Holy See’s Secretary for Relations with States 1990–2003',
    roles: [r('Secretary for Relations with States', 'va', '1990-12-01', '2003-10-07')], // not re-checked
  },
  {
    id: 'person:giovanni-lajolo', name: 'Giovanni Lajolo', surname: 'Lajolo',
    description: 'The Holy See’s Secretary for Relations with States 2003–2006',
    roles: [r('Secretary for Relations with States', 'va', '2003-10-07', '2006-09-15')], // not re-checked
  },
  {
    id: 'person:dominique-mamberti', name: 'Dominique Mamberti', surname: 'Mamberti',
    description: 'The Holy See’s Secretary for Relations with States 2006–2014',
    roles: [r('Secretary for Relations with States', 'va', '2006-09-15', '2014-11-08')], // not re-checked
  },
  {
    id: 'person:paul-richard-gallagher', name: 'Paul Richard Gallagher', aliases: ['Paul Gallagher'],
    description: 'The Holy See’s Secretary for Relations with States since 2014',
    roles: [r('Secretary for Relations with States', 'va', '2014-11-08')], // not re-checked
  },

  // ── Holy See Press Office ─────────────────────────────────────────────────────────────────────
  {
    id: 'person:joaquin-navarro-valls', name: 'Joaquín Navarro-Valls', aliases: ['Joaquin Navarro-Valls'], surname: 'Navarro-Valls',
    description: 'Director of the Holy See Press Office 1984–2006',
    roles: [r('Director of the Holy See Press Office', 'va', '1984-12-04', '2006-07-11')], // not re-checked
  },
  {
    id: 'person:federico-lombardi', name: 'Federico Lombardi', surname: 'Lombardi',
    description: 'Director of the Holy See Press Office 2006–2016',
    roles: [r('Director of the Holy See Press Office', 'va', '2006-07-11', '2016-07-31')], // not re-checked
  },
  {
    id: 'person:greg-burke', name: 'Greg Burke',
    description: 'Director of the Holy See Press Office 2016–2018',
    roles: [r('Director of the Holy See Press Office', 'va', '2016-08-01', '2018-12-31')], // not re-checked
  },
  {
    id: 'person:matteo-bruni', name: 'Matteo Bruni', surname: 'Bruni',
    description: 'Director of the Holy See Press Office since 2019',
    roles: [r('Director of the Holy See Press Office', 'va', '2019-07-18')], // not re-checked
  },

  // ── Religious leaders with a political voice ────────────────────────────────────────────────
  {
    id: 'person:ruhollah-khomeini', name: 'Ruhollah Khomeini', aliases: ['Ayatollah Khomeini', 'Ayatollah Ruhollah Khomeini'], surname: 'Khomeini', surnameStandsAlone: true,
    description: 'Leader of Iran’s 1979 revolution and its first Supreme Leader, 1979–1989',
    roles: [r('Supreme Leader', 'ir', '1979-12-03', '1989-06-03')], // office created by the constitution of December 1979; died 3 June 1989 — not re-checked
  },
  {
    id: 'person:ali-al-sistani', name: 'Ali al-Sistani', aliases: ['Ali Sistani', 'Ali al-Husseini al-Sistani', 'Grand Ayatollah Sistani'], surname: 'Sistani', surnameStandsAlone: true,
    description: 'Grand Ayatollah in Najaf, the senior Shia cleric of Iraq',
    roles: [],
  },
  {
    id: 'person:muqtada-al-sadr', name: 'Muqtada al-Sadr', aliases: ['Moqtada al-Sadr', 'Muqtada Sadr', 'Moqtada Sadr'],
    description: 'Iraqi Shia cleric and leader of the Sadrist movement',
    roles: [],
  },
  {
    id: 'person:tenzin-gyatso', name: 'Tenzin Gyatso', aliases: ['Dalai Lama', 'the Dalai Lama', '14th Dalai Lama'],
    description: 'The 14th Dalai Lama, spiritual leader of Tibetan Buddhists, in exile in India since 1959',
    roles: [],
  },
  {
    id: 'person:bartholomew-i', name: 'Bartholomew I', aliases: ['Ecumenical Patriarch Bartholomew', 'Patriarch Bartholomew'],
    description: 'Ecumenical Patriarch of Constantinople since 1991',
    roles: [],
  },
  {
    id: 'person:patriarch-kirill', name: 'Patriarch Kirill', aliases: ['Kirill of Moscow', 'Vladimir Gundyayev'],
    description: 'Patriarch of Moscow and All Russia, head of the Russian Orthodox Church, since 2009',
    roles: [],
  },
  {
    id: 'person:ahmed-el-tayeb', name: 'Ahmed el-Tayeb', aliases: ['Ahmed al-Tayeb', 'Ahmad al-Tayyeb', 'Ahmed al-Tayyeb'],
    description: 'Grand Imam of al-Azhar since 2010',
    roles: [],
  },
];

export const PEOPLE_ROYALS_RELIGION: readonly PersonEntity[] = people(LIST);
