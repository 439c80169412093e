import type { PersonEntity } from '../types';
import { people, r, type PersonInput } from './person-input';

/**
 * Leaders of armed groups and militants whom diplomatic news names, often by one name ("Zarqawi",
 * "Nasrallah"), and whom no office-holder list holds: the open data either lacks them or files them
 * as groups (Phoenix's militant dictionaries list people and groups alike). Their roles are offices of
 * their groups, without a country. Dates are those of the public record; “not re-checked” marks dates
 * not yet checked against a dated report.
 */
const LIST: PersonInput[] = [
  // ── Al-Qaeda and the Islamic State ──────────────────────────────────────────────────────────
  {
    id: 'person:osama-bin-laden', name: 'Osama bin Laden',
    aliases: ['Usama bin Laden', 'Osama bin Ladin', 'Usama bin Ladin', 'Bin Laden', 'bin Laden'],
    description: 'Founder and leader of al-Qaeda; killed by US forces in Abbottabad, Pakistan, in May 2011',
    roles: [r('Leader of al-Qaeda', '', '1988', '2011-05-02')], // not re-checked
  },
  {
    id: 'person:ayman-al-zawahiri', name: 'Ayman al-Zawahiri', aliases: ['Ayman al Zawahiri', 'Ayman al-Zawahri'],
    surname: 'Zawahiri', surnameStandsAlone: true,
    description: 'Leader of al-Qaeda after bin Laden; killed by a US drone strike in Kabul in July 2022',
    roles: [r('Leader of al-Qaeda', '', '2011-06-16', '2022-07-31')], // not re-checked
  },
  {
    id: 'person:abu-musab-al-zarqawi', name: 'Abu Musab al-Zarqawi', aliases: ['Abu Musab al Zarqawi', 'Abu Mus’ab al-Zarqawi'],
    surname: 'Zarqawi', surnameStandsAlone: true,
    description: 'Jordanian leader of al-Qaeda in Iraq; killed by a US air strike in June 2006',
    roles: [r('Leader of al-Qaeda in Iraq', '', '2004-10', '2006-06-07')], // not re-checked
  },
  {
    id: 'person:abu-bakr-al-baghdadi', name: 'Abu Bakr al-Baghdadi', aliases: ['Abu Bakr al Baghdadi'],
    surname: 'Baghdadi', surnameStandsAlone: true,
    description: 'Leader of the Islamic State, who declared a caliphate in 2014; died in a US raid in north-western Syria in October 2019',
    roles: [r('Leader of the Islamic State', '', '2010-05-16', '2019-10-27')], // not re-checked
  },
  {
    id: 'person:khalid-sheikh-mohammed', name: 'Khalid Sheikh Mohammed', aliases: ['Khalid Shaikh Mohammed'],
    description: 'Planner of the 11 September 2001 attacks, captured in Pakistan in 2003 and held at Guantánamo Bay',
    roles: [],
  },
  {
    id: 'person:abu-zubaydah', name: 'Abu Zubaydah', aliases: ['Zayn al-Abidin Muhammad Husayn'], surname: 'Zubaydah',
    description: 'Detainee captured in Pakistan in 2002, waterboarded by the CIA and held at Guantánamo Bay without charge',
    roles: [],
  },
  {
    id: 'person:anwar-al-awlaki', name: 'Anwar al-Awlaki', aliases: ['Anwar al Awlaki', 'Anwar al-Aulaqi'], surname: 'Awlaki', surnameStandsAlone: true,
    description: 'US-born preacher of al-Qaeda in the Arabian Peninsula; killed by a US drone strike in Yemen in September 2011',
    roles: [],
  },

  // ── Asia and Africa ─────────────────────────────────────────────────────────────────────────
  {
    id: 'person:hambali', name: 'Hambali', aliases: ['Riduan Isamuddin', 'Encep Nurjaman'],
    description: 'Operations chief of Jemaah Islamiyah, captured in Thailand in 2003 and held at Guantánamo Bay',
    roles: [],
  },
  {
    id: 'person:hafiz-saeed', name: 'Hafiz Saeed', aliases: ['Hafiz Muhammad Saeed'],
    description: 'Founder of Lashkar-e-Taiba, which India blames for the 2008 Mumbai attacks; jailed in Pakistan for terror financing since 2019',
    roles: [r('Leader of Lashkar-e-Taiba', '', '1990')], // not re-checked
  },
  {
    id: 'person:abubakar-shekau', name: 'Abubakar Shekau', surname: 'Shekau', surnameStandsAlone: true,
    description: 'Leader of Boko Haram; died in a clash with the rival Islamic State West Africa Province in May 2021',
    roles: [r('Leader of Boko Haram', '', '2009', '2021-05')], // not re-checked
  },

  // ── Hezbollah, Hamas and Iran's allies ──────────────────────────────────────────────────────
  {
    id: 'person:hassan-nasrallah', name: 'Hassan Nasrallah', surname: 'Nasrallah', surnameStandsAlone: true,
    description: 'Secretary-General of Hezbollah from 1992; killed by an Israeli strike in Beirut in September 2024',
    roles: [r('Secretary-General of Hezbollah', '', '1992-02', '2024-09-27')], // not re-checked
  },
  {
    id: 'person:ismail-haniyeh', name: 'Ismail Haniyeh', aliases: ['Ismail Haniya'], surname: 'Haniyeh', surnameStandsAlone: true,
    description: 'Hamas leader, Palestinian prime minister in 2006–2007 and head of its political bureau from 2017; killed in Tehran in July 2024',
    roles: [r('Prime Minister', 'ps', '2006-03-29', '2007-06-14'), r('Head of the Hamas political bureau', '', '2017-05', '2024-07-31')], // not re-checked
  },
  {
    id: 'person:khaled-meshaal', name: 'Khaled Meshaal', aliases: ['Khaled Mashal', 'Khaled Mashaal', 'Khalid Mishal'], surname: 'Meshaal',
    description: 'Head of Hamas’s political bureau 1996–2017',
    roles: [r('Head of the Hamas political bureau', '', '1996', '2017-05')], // not re-checked
  },
  {
    id: 'person:yahya-sinwar', name: 'Yahya Sinwar', surname: 'Sinwar', surnameStandsAlone: true,
    description: 'Hamas leader in Gaza from 2017 and planner of the 7 October 2023 attack; killed by Israeli troops in Rafah in October 2024',
    roles: [r('Hamas leader in Gaza', '', '2017-02', '2024-10-16'), r('Head of the Hamas political bureau', '', '2024-08-06', '2024-10-16')], // not re-checked
  },
  {
    id: 'person:mohammed-deif', name: 'Mohammed Deif', aliases: ['Mohammed Dief'], surname: 'Deif', surnameStandsAlone: true,
    description: 'Commander of Hamas’s armed wing, the Qassam Brigades; killed by an Israeli strike in Gaza in July 2024',
    roles: [r('Commander of the Qassam Brigades', '', '2002', '2024-07-13')], // not re-checked
  },
  {
    id: 'person:qasem-soleimani', name: 'Qasem Soleimani', aliases: ['Qassem Soleimani', 'Qasem Suleimani', 'Qassem Suleimani'],
    surname: 'Soleimani', surnameStandsAlone: true,
    description: 'Commander of Iran’s Quds Force, which runs its allied militias abroad; killed by a US drone strike in Baghdad in January 2020',
    roles: [r('Commander of the Quds Force', 'ir', '1998', '2020-01-03')], // not re-checked
  },
  {
    id: 'person:abu-mahdi-al-muhandis', name: 'Abu Mahdi al-Muhandis', surname: 'Muhandis',
    description: 'Deputy head of Iraq’s Popular Mobilisation Forces; killed with Qasem Soleimani in January 2020',
    roles: [],
  },
];

export const PEOPLE_ARMED_GROUPS: readonly PersonEntity[] = people(LIST);
