import type { PersonEntity, Role } from '../types';
import { people, r, type PersonInput } from './person-input';

/**
 * Heads, envoys and spokespeople of international organisations and courts (UN, its agencies and envoys,
 * EU, NATO, AU, ASEAN, OSCE, Arab League, GCC, OIC, OAS, ICC, ICJ, ICRC), government spokespeople, and the
 * US foreign-policy officials since 1990 that people.ts does not already list. Roles with a trailing
 * comment naming a site and date were checked against that report; “not re-checked” marks dates taken
 * from the public record that have not yet been checked against a dated report.
 */

/** A person: slug, display name, surname as news uses it alone, card description and dated roles. */
function x(slug: string, name: string, surname: string, description: string, roles: Role[], extra: Partial<PersonInput> = {}): PersonInput {
  return { id: `person:${slug}`, name, surname, ...extra, description, roles };
}

const LIST: PersonInput[] = [
  // ── United Nations: Secretary-General, spokespeople, envoys ─────────────────────────────────
  x('kofi-annan', 'Kofi Annan', 'Annan', 'Ghanaian diplomat; Secretary-General of the United Nations 1997–2006 and UN–Arab League envoy for Syria in 2012; died in 2018', [
    r('Secretary-General of the United Nations', '', '1997-01-01', '2006-12-31'), // not re-checked
    r('Joint Special Envoy for Syria', '', '2012-02-23', '2012-08-31'), // appointed late February 2012, resignation official 31 August: upi.com 2012-08-17; start day not re-checked
  ]),
  x('farhan-haq', 'Farhan Haq', 'Haq', 'Deputy spokesperson for the UN Secretary-General', [
    r('Deputy Spokesperson for the UN Secretary-General', '', '2014-02'), // appointed with Dujarric after acting in the post, unmultimedia.org 2014-02
  ]),
  x('lakhdar-brahimi', 'Lakhdar Brahimi', 'Brahimi', 'Algerian diplomat; UN–Arab League envoy for Syria 2012–2014; Algerian Foreign Minister 1991–1993', [
    r('Joint Special Representative for Syria', '', '2012-09-01', '2014-05-31'), // appointed 2012-08-17 to take over when Annan left on 31 August, upi.com 2012-08-17; resignation effective 31 May 2014, voanews.com, newsday.com 2014-05-13
  ]),
  x('staffan-de-mistura', 'Staffan de Mistura', 'de Mistura', 'Italian-Swedish diplomat; UN envoy for Syria 2014–2018 and Personal Envoy of the Secretary-General for Western Sahara since 2021', [
    r('UN Special Envoy for Syria', '', '2014-07-10', '2018-12-31'), // envoy 2014–2018, france24.com 2021-10-06; days not re-checked
    r('Personal Envoy of the UN Secretary-General for Western Sahara', '', '2021-11-01'), // appointed 2021-10-06 to take office 1 November: urdupoint.com (Sputnik), france24.com 2021-10-06
  ]),
  x('geir-pedersen', 'Geir Pedersen', 'Pedersen', 'Norwegian diplomat; UN Special Envoy for Syria 2019–2025', [
    r('UN Special Envoy for Syria', '', '2019-01', '2025-09'), // appointed 2018-10-31, tesaaworld.com; announced he was stepping down 2025-09-18, lbcgroup.tv, aawsat.com (last day not confirmed)
  ]),
  x('martin-griffiths', 'Martin Griffiths', 'Griffiths', 'British diplomat; UN Special Envoy for Yemen 2018–2021, then UN humanitarian chief until 2024', [
    r('UN Special Envoy for Yemen', '', '2018-03', '2021-07'), // envoy since March 2018, mandate ended July 2021: osesgy.unmissions.org, urdupoint.com (Sputnik) 2021-08-03
    r('UN Under-Secretary-General for Humanitarian Affairs', '', '2021-07', '2024-06'), // became aid chief in July 2021, aljazeera.com 2021-08-06; end not re-checked
  ]),
  x('hans-grundberg', 'Hans Grundberg', 'Grundberg', 'Swedish diplomat; UN Special Envoy for Yemen since September 2021', [
    r('UN Special Envoy for Yemen', '', '2021-09-05'), // appointed 2021-08-06, assumed duties 2021-09-05: osesgy.unmissions.org; aljazeera.com 2021-08-06
  ]),
  x('ismail-ould-cheikh-ahmed', 'Ismail Ould Cheikh Ahmed', 'Ould Cheikh Ahmed', 'Mauritanian diplomat; UN Special Envoy for Yemen 2015–2018, later Foreign Minister of Mauritania', [
    r('UN Special Envoy for Yemen', '', '2015-04', '2018-02'), // April 2015 to February 2018 per the envoy office's undated page, osesgy.unmissions.org (not re-checked against a dated report)
  ]),
  x('ghassan-salame', 'Ghassan Salamé', 'Salamé', 'Lebanese academic; head of the UN Support Mission in Libya 2017–2020', [
    r('UN Special Representative for Libya', '', '2017-07', '2020-03'), // took office July 2017, newsaf.cgtn.com (DW) 2020-03-04; resigned 2020-03-02, urdupoint.com (Sputnik), libyaobserver.ly 2020-03-02
  ], { aliases: ['Ghassan Salame'] }),
  x('stephanie-williams', 'Stephanie Williams', 'Williams', 'US diplomat; acting head of the UN Support Mission in Libya 2020–2021', [
    r('Acting UN Special Representative for Libya', '', '2020-03', '2021-02'), // not re-checked
  ]),
  x('abdoulaye-bathily', 'Abdoulaye Bathily', 'Bathily', 'Senegalese politician; UN Special Representative for Libya 2022–2024', [
    r('UN Special Representative for Libya', '', '2022-09', '2024-05'), // appointed 2022; served until May 2024, libyareview.com, aawsat.com 2025-01-24
  ]),
  x('hanna-tetteh', 'Hanna Tetteh', 'Tetteh', 'Ghanaian diplomat; UN Special Representative for Libya since January 2025; Special Envoy for the Horn of Africa 2022–2024; Ghana’s Foreign Minister 2013–2017', [
    r('UN Special Representative for Libya', '', '2025-01-24'), // appointment announced, thenationalnews.com 2025-01-24, libyareview.com 2025-01
  ], { aliases: ['Hanna Serwaa Tetteh'] }),
  x('noeleen-heyzer', 'Noeleen Heyzer', 'Heyzer', 'Singaporean social scientist; UN Special Envoy for Myanmar 2021–2023; head of the UN’s Asia-Pacific commission 2007–2014', [
    r('UN Special Envoy for Myanmar', '', '2021-11', '2023-06'), // appointed 2021-10-25 as her predecessor left that weekend, nationalpost.com (Reuters) 2021-10-25; end not re-checked
  ]),
  x('christine-schraner-burgener', 'Christine Schraner Burgener', 'Schraner Burgener', 'Swiss diplomat; UN Special Envoy for Myanmar 2018–2021', [
    r('UN Special Envoy for Myanmar', '', '2018-04-26', '2021-10-31'), // from 26 April 2018, thechindwin.com 2021-10; stepped down the weekend after 2021-10-25, nationalpost.com (Reuters), voanews.com
  ]),
  x('nickolay-mladenov', 'Nickolay Mladenov', 'Mladenov', 'Bulgarian politician; UN Special Coordinator for the Middle East Peace Process 2015–2020; Bulgarian Foreign Minister 2010–2013', [
    r('UN Special Coordinator for the Middle East Peace Process', '', '2015-02', '2020-12'), // in the role since 2015, successor from January 2021: timesofisrael.com 2021, press.un.org 2020-12
  ]),
  x('tor-wennesland', 'Tor Wennesland', 'Wennesland', 'Norwegian diplomat; UN Special Coordinator for the Middle East Peace Process 2021–2025', [
    r('UN Special Coordinator for the Middle East Peace Process', '', '2021-01', '2025-01'), // to take up the post in January, miff.no 2020-12-17; interim successor named 18 January, ecbnnews.com 2025-01
  ]),
  x('huang-xia', 'Huang Xia', 'Huang', 'Chinese diplomat; UN Special Envoy for the Great Lakes Region from 2019', [
    r('UN Special Envoy for the Great Lakes Region', '', '2019-03-01'), // appointed 2019-01-22, took up his duties 1 March 2019: ungreatlakes.unmissions.org 2019-04-03, chinadaily.com.cn 2019-01-24 (end not confirmed)
  ]),

  // ── UN agencies ─────────────────────────────────────────────────────────────────────────────
  x('filippo-grandi', 'Filippo Grandi', 'Grandi', 'Italian diplomat; UN High Commissioner for Refugees 2016–2025', [
    r('UN High Commissioner for Refugees', '', '2016-01-01', '2025-12-31'), // term began 1 January 2016, unhcr.org 2016-01-04; second term ended 31 December 2025, seattletimes.com (AP) 2025-12
  ]),
  x('barham-salih', 'Barham Salih', 'Salih', 'Iraqi Kurdish politician; UN High Commissioner for Refugees since January 2026; President of Iraq 2018–2022', [
    r('President', 'iq', '2018-10', '2022-10'), // years 2018–2022: press.un.org 2025-12; months not re-checked
    r('UN High Commissioner for Refugees', '', '2026-01-01'), // elected by the General Assembly, term from 1 January 2026: press.un.org, devdiscourse.com 2025-12
  ], { aliases: ['Barham Ahmed Salih'] }),
  x('volker-turk', 'Volker Türk', 'Türk', 'Austrian lawyer; UN High Commissioner for Human Rights since October 2022', [
    r('UN High Commissioner for Human Rights', '', '2022-10-17'), // first day in office, vindobona.org 2022-10-17
  ], { aliases: ['Volker Turk'] }),
  x('michelle-bachelet', 'Michelle Bachelet', 'Bachelet', 'President of Chile 2006–2010 and 2014–2018; UN High Commissioner for Human Rights 2018–2022', [
    r('President', 'cl', '2006-03-11', '2010-03-11'), // not re-checked
    r('President', 'cl', '2014-03-11', '2018-03-11'), // not re-checked
    r('UN High Commissioner for Human Rights', '', '2018-09-01', '2022-08-31'), // thequint.com 2022-09-09
  ]),
  x('zeid-raad-al-hussein', 'Zeid Ra’ad Al Hussein', 'Zeid', 'Jordanian prince and diplomat; UN High Commissioner for Human Rights 2014–2018', [
    r('UN High Commissioner for Human Rights', '', '2014-09-01', '2018-08-31'), // to take over when Pillay’s mandate ended on 31 August 2014, apd.media 2014-06, business-standard.com (IANS) 2014-06-17; end not re-checked
  ], { aliases: ['Zeid Ra’ad al-Hussein', 'Zeid bin Ra’ad'] }),
  x('navi-pillay', 'Navi Pillay', 'Pillay', 'South African judge; UN High Commissioner for Human Rights 2008–2014; later chaired the UN inquiry on Israel and the occupied Palestinian territory', [
    r('UN High Commissioner for Human Rights', '', '2008-09-01', '2014-08-31'), // took up the post 1 September 2008, mandate to 31 August 2014: business-standard.com (IANS) 2014-06-17
  ]),
  x('mohamed-elbaradei', 'Mohamed ElBaradei', 'ElBaradei', 'Egyptian diplomat; Director General of the IAEA 1997–2009 and Nobel Peace laureate 2005', [
    r('Director General of the IAEA', '', '1997-12-01', '2009-11-30'), // stepped down 2009-11-30 after 12 years, successor took office 2009-12-01: news.bbc.co.uk 2009-12-01, hindustantimes.com 2009-09-14
  ], { aliases: ['Mohamed El-Baradei', 'Mohamed El Baradei'] }),
  x('margaret-chan', 'Margaret Chan', 'Chan', 'Hong Kong-born physician; Director-General of the World Health Organization 2007–2017', [
    r('Director-General of the World Health Organization', '', '2007-01-04', '2017-06-30'), // took office 2007-01-04, mg.co.za 2007-01-04; end not re-checked
  ]),
  x('pascal-lamy', 'Pascal Lamy', 'Lamy', 'French official; Director-General of the World Trade Organization 2005–2013; EU Trade Commissioner 1999–2004', [
    r('Director-General of the World Trade Organization', '', '2005-09-01', '2013-08-31'), // took office 2005-09-01, wto.org 2005-09-01; re-elected for four years in April 2009, huffpost.com; end day not re-checked
  ]),
  x('christine-lagarde', 'Christine Lagarde', 'Lagarde', 'President of the European Central Bank since November 2019; Managing Director of the IMF 2011–2019; French Finance Minister 2007–2011', [
    r('Managing Director of the International Monetary Fund', '', '2011-07-05', '2019-09-12'), // from 5 July 2011, pmnewsnigeria.com 2019-07-02; resignation effective 12 September 2019, portugalsnews.com 2019-09
    r('President of the European Central Bank', '', '2019-11-01'), // took office, urdupoint.com (Sputnik) 2019-11-01
  ]),
  x('ajay-banga', 'Ajay Banga', 'Banga', 'President of the World Bank Group since June 2023; former chief executive of Mastercard', [
    r('President of the World Bank', '', '2023-06-02'), // five-year term from 2 June 2023, livemint.com 2023-05-03, easterneye.biz (PTI)
  ]),
  x('david-malpass', 'David Malpass', 'Malpass', 'President of the World Bank Group 2019–2023', [
    r('President of the World Bank', '', '2019-04-09', '2023-06-01'), // in office since 2019, successor from 2023-06-02: pledgetimes.com 2023-05-04; start day not re-checked
  ]),
  x('jim-yong-kim', 'Jim Yong Kim', 'Kim', 'Korean-American physician; President of the World Bank Group 2012–2019', [
    r('President of the World Bank', '', '2012-07-01', '2019-01-31'), // at the helm since 2012, resigned effective 1 February 2019 when an interim president took over: myjoyonline.com (Reuters), bbc.com 2019-01-07; start day not re-checked
  ]),

  // ── European Union and NATO ─────────────────────────────────────────────────────────────────
  x('jose-manuel-barroso', 'José Manuel Barroso', 'Barroso', 'President of the European Commission 2004–2014; Prime Minister of Portugal 2002–2004', [
    r('President of the European Commission', '', '2004-11-22', '2014-10-31'), // not re-checked
  ], { aliases: ['Jose Manuel Barroso', 'José Manuel Durão Barroso'] }),
  x('herman-van-rompuy', 'Herman Van Rompuy', 'Van Rompuy', 'First full-time President of the European Council 2009–2014; Prime Minister of Belgium 2008–2009', [
    r('President of the European Council', '', '2009-12-01', '2014-11-30'), // appointment effective 1 December 2009 (took up office 1 January 2010), second term to 30 November 2014: politico.eu 2012-03
  ]),
  x('catherine-ashton', 'Catherine Ashton', 'Ashton', 'British politician; EU High Representative for Foreign Affairs and Security Policy 2009–2014', [
    r('EU High Representative for Foreign Affairs and Security Policy', '', '2009-12-01', '2014-10-31'), // chosen 2009-11-19 for the post created by the Lisbon Treaty from 1 December, eurasia.ro 2009-11-20; end not re-checked
  ]),
  x('javier-solana', 'Javier Solana', 'Solana', 'Spanish politician; NATO Secretary General 1995–1999 and EU High Representative for the Common Foreign and Security Policy 1999–2009', [
    r('Secretary General of NATO', '', '1995-12-05', '1999-10-06'), // not re-checked
    r('EU High Representative for the Common Foreign and Security Policy', '', '1999-10-18', '2009-11-30'), // not re-checked
  ]),
  x('eric-mamer', 'Eric Mamer', 'Mamer', 'Chief Spokesperson of the European Commission 2019–2024', [
    r('Chief Spokesperson of the European Commission', '', '2019-11-01', '2024-11-30'), // appointed with effect from 1 November 2019, boersen-zeitung.de 2019; in the job since 2019 until the new Commission of 2024-12-01, politico.eu 2024-11-08
  ]),
  x('paula-pinho', 'Paula Pinho', 'Pinho', 'Portuguese EU official; Chief Spokesperson of the European Commission since December 2024', [
    r('Chief Spokesperson of the European Commission', '', '2024-12-01'), // chosen to replace Mamer when the new Commission took office on 1 December, politico.eu 2024-11-08
  ]),
  x('peter-stano', 'Peter Stano', 'Stano', 'Slovak diplomat; lead spokesperson for EU foreign affairs and security policy 2019–2024', [
    r('EU Spokesperson for Foreign Affairs and Security Policy', '', '2019-12', '2024-11'), // named December 2019, buongiornoslovacchia.sk 2019-12; foreign affairs handed to new spokespeople in the Commission of December 2024, politico.eu 2024-11
  ]),
  x('anitta-hipper', 'Anitta Hipper', 'Hipper', 'EU spokesperson for foreign affairs and security policy since December 2024', [
    r('EU Spokesperson for Foreign Affairs and Security Policy', '', '2024-12'), // one of two foreign affairs spokespeople in the new team, politico.eu 2024-11; still briefing for the EEAS, monitoruldestiri.ro (undated)
  ]),
  x('anouar-el-anouni', 'Anouar El Anouni', 'El Anouni', 'EU spokesperson for foreign affairs and security policy since December 2024', [
    r('EU Spokesperson for Foreign Affairs and Security Policy', '', '2024-12'), // one of two foreign affairs spokespeople in the new team, politico.eu 2024-11; geagency.it (undated)
  ]),
  x('oana-lungescu', 'Oana Lungescu', 'Lungescu', 'Romanian-British former BBC journalist; NATO spokesperson 2010–2023, the longest-serving', [
    r('NATO Spokesperson', '', '2010-12', '2023-08-31'), // appointed in 2010, ukrinform.ua 2023-06 (month not re-checked); last day 2023-08-31, eurointegration.com.ua 2023-08-31
  ]),
  x('anders-fogh-rasmussen', 'Anders Fogh Rasmussen', 'Rasmussen', 'Prime Minister of Denmark 2001–2009; NATO Secretary General 2009–2014', [
    r('Prime Minister', 'dk', '2001-11-27', '2009-04-05'), // premier from November 2001 to April 2009, twocircles.net 2009-08-03; days not re-checked
    r('Secretary General of NATO', '', '2009-08-01', '2014-09-30'), // took over on 1 August 2009, france24.com 2009-04-04, cctv.cn (Xinhua) 2009-07-30; end not re-checked
  ]),
  x('jaap-de-hoop-scheffer', 'Jaap de Hoop Scheffer', 'de Hoop Scheffer', 'Dutch politician; NATO Secretary General 2004–2009; Dutch Foreign Minister 2002–2003', [
    r('Secretary General of NATO', '', '2004-01-01', '2009-07-31'), // in office from January 2004, successor’s tenure from 1 August 2009: cctv.cn (Xinhua) 2009-07-30
  ]),

  // ── Regional organisations ──────────────────────────────────────────────────────────────────
  x('nkosazana-dlamini-zuma', 'Nkosazana Dlamini-Zuma', 'Dlamini-Zuma', 'South African politician; Chairperson of the African Union Commission 2012–2017', [
    r('Chairperson of the African Union Commission', '', '2012-10-15', '2017-03-14'), // handed over 2017-03-14, theeastafrican.co.ke 2017-03-14; start not re-checked
  ]),
  x('lim-jock-hoi', 'Lim Jock Hoi', 'Lim', 'Bruneian diplomat; Secretary-General of ASEAN 2018–2022', [
    r('Secretary-General of ASEAN', '', '2018-01-01', '2022-12-31'), // start not re-checked; successor’s term from 2023-01-01, cambodianess.com 2023-01
  ]),
  x('helga-schmid', 'Helga Schmid', 'Schmid', 'German diplomat; Secretary General of the OSCE 2020–2024', [
    r('Secretary General of the OSCE', '', '2020-12', '2024-09'), // appointed December 2020, term extended until September 2024: brusselstimes.com, mia.mk (dpa) 2024-12-06
  ]),
  x('feridun-sinirlioglu', 'Feridun Sinirlioğlu', 'Sinirlioğlu', 'Turkish diplomat; Secretary General of the OSCE since December 2024; Turkish Foreign Minister in 2015', [
    r('Secretary General of the OSCE', '', '2024-12-06'), // appointed by the Ministerial Council in Malta, trend.az, mia.mk (dpa) 2024-12-06
  ], { aliases: ['Feridun Sinirlioglu'] }),
  x('ahmed-aboul-gheit', 'Ahmed Aboul Gheit', 'Aboul Gheit', 'Egyptian diplomat; Secretary-General of the Arab League since 2016; Egyptian Foreign Minister 2004–2011', [
    r('Foreign Minister', 'eg', '2004-07', '2011-03'), // not re-checked
    r('Secretary-General of the Arab League', '', '2016-07'), // elected March 2016 to succeed Elaraby when his term ended at the start of July: africanews.com 2016-03-10, dailynewsegypt.com 2016-03-12
  ], { aliases: ['Ahmed Abul Gheit', 'Ahmed Abu al-Ghait'] }),
  x('nabil-elaraby', 'Nabil Elaraby', 'Elaraby', 'Egyptian diplomat; Secretary-General of the Arab League 2011–2016', [
    r('Secretary-General of the Arab League', '', '2011-07-01', '2016-06-30'), // appointed March 2011, five-year mandate ending 30 June 2016: dailynewsegypt.com 2016-03-12, IINA 2016-03-11; start day not re-checked
  ], { aliases: ['Nabil al-Arabi', 'Nabil el-Araby'] }),
  x('amr-moussa', 'Amr Moussa', 'Moussa', 'Egyptian diplomat; Secretary-General of the Arab League 2001–2011; Egyptian Foreign Minister 1991–2001', [
    r('Foreign Minister', 'eg', '1991-05', '2001-05'), // not re-checked
    r('Secretary-General of the Arab League', '', '2001-06', '2011-06'), // not re-checked
  ]),
  x('jasem-albudaiwi', 'Jasem Mohamed Albudaiwi', 'Albudaiwi', 'Kuwaiti diplomat; Secretary-General of the Gulf Cooperation Council since 2023', [
    r('Secretary-General of the Gulf Cooperation Council', '', '2023-02-01'), // began his term, thenationalnews.com 2023-02-01
  ], { aliases: ['Jasem Al-Budaiwi', 'Jassem Albudaiwi'] }),
  x('nayef-al-hajraf', 'Nayef Falah Al-Hajraf', 'Al-Hajraf', 'Kuwaiti official and former finance minister; Secretary-General of the Gulf Cooperation Council 2020–2023', [
    r('Secretary-General of the Gulf Cooperation Council', '', '2020-02-01', '2023-01-31'), // took office 1 February 2020, term ended 31 January 2023: thenationalnews.com 2023-01-30
  ], { aliases: ['Nayef al-Hajraf'] }),
  x('hissein-brahim-taha', 'Hissein Brahim Taha', 'Taha', 'Chadian diplomat; Secretary-General of the Organisation of Islamic Cooperation since November 2021', [
    r('Secretary-General of the Organisation of Islamic Cooperation', '', '2021-11-17'), // assumed office in Jeddah, urdupoint.com 2021-11-17
  ]),
  x('luis-almagro', 'Luis Almagro', 'Almagro', 'Uruguayan diplomat; Secretary General of the Organization of American States 2015–2025; Foreign Minister of Uruguay 2010–2015', [
    r('Secretary General of the OAS', '', '2015-05-26', '2025-05'), // took office 2015-05-26, oas.org 2015-05-26; successor in office by late May 2025, guyanachronicle.com 2025-05-28
  ]),
  x('albert-ramdin', 'Albert Ramdin', 'Ramdin', 'Surinamese diplomat; Secretary General of the Organization of American States since May 2025; Suriname’s Foreign Minister 2020–2025', [
    r('Secretary General of the OAS', '', '2025-05'), // took office, guyanachronicle.com 2025-05-28; caribbeantimes.com 2025-05
  ]),

  // ── International courts and the Red Cross ─────────────────────────────────────────────────
  x('karim-khan', 'Karim Khan', 'Khan', 'British lawyer; Prosecutor of the International Criminal Court since June 2021', [
    r('Prosecutor of the International Criminal Court', '', '2021-06-16'), // sworn in, wkow.com (AP) 2021-06-16, tuko.co.ke 2021-06-16
  ], { aliases: ['Karim A.A. Khan', 'Karim Ahmad Khan'] }),
  x('fatou-bensouda', 'Fatou Bensouda', 'Bensouda', 'Gambian lawyer; Prosecutor of the International Criminal Court 2012–2021', [
    r('Prosecutor of the International Criminal Court', '', '2012-06-15', '2021-06-15'), // nine-year term ended 15 June 2021, gstimes.in, wkow.com (AP) 2021-06-16; start not re-checked
  ]),
  x('luis-moreno-ocampo', 'Luis Moreno Ocampo', 'Moreno Ocampo', 'Argentine lawyer; first Prosecutor of the International Criminal Court 2003–2012', [
    r('Prosecutor of the International Criminal Court', '', '2003-06-16', '2012-06-15'), // not re-checked
  ], { aliases: ['Luis Moreno-Ocampo'] }),
  x('tomoko-akane', 'Tomoko Akane', 'Akane', 'Japanese judge; President of the International Criminal Court since March 2024', [
    r('President of the International Criminal Court', '', '2024-03-11'), // elected with immediate effect, menafn.com (Ukrinform), kyivindependent.com 2024-03-11
  ], { native: ['赤根智子'] }),
  x('piotr-hofmanski', 'Piotr Hofmański', 'Hofmański', 'Polish judge; President of the International Criminal Court 2021–2024', [
    r('President of the International Criminal Court', '', '2021-03-11', '2024-03-10'), // president since March 2021, replaced 2024-03-11: kyivpost.com, asahi.com 2024-03-12; start day not re-checked
  ], { aliases: ['Piotr Hofmanski'] }),
  x('yuji-iwasawa', 'Yuji Iwasawa', 'Iwasawa', 'Japanese judge; President of the International Court of Justice since March 2025', [
    r('President of the International Court of Justice', '', '2025-03-03'), // elected for a term to 5 February 2027, sakshipost.com (IANS) 2025-03-04, devdiscourse.com 2025-03-03
  ], { aliases: ['Iwasawa Yuji'], native: ['岩沢雄司'] }),
  x('nawaf-salam', 'Nawaf Salam', 'Salam', 'Lebanese judge and diplomat; Prime Minister of Lebanon since February 2025; President of the International Court of Justice 2024–2025', [
    r('President of the International Court of Justice', '', '2024-02-06', '2025-01-14'), // president from February 2024, resigned 14 January 2025: shafaq.com, zambianobserver.com 2025-03-04; start day not re-checked
    r('Prime Minister', 'lb', '2025-02-08'), // not re-checked (government formed)
  ]),
  x('joan-donoghue', 'Joan Donoghue', 'Donoghue', 'US lawyer; President of the International Court of Justice 2021–2024', [
    r('President of the International Court of Justice', '', '2021-02-08', '2024-02-05'), // elected 8 February 2021 for three years, legalpost.eu 2021-02, nation.africa 2021-02-09; end day not re-checked
  ]),
  x('abdulqawi-yusuf', 'Abdulqawi Ahmed Yusuf', 'Yusuf', 'Somali judge; President of the International Court of Justice 2018–2021', [
    r('President of the International Court of Justice', '', '2018-02-06', '2021-02-05'), // president from 2018 until his successor’s election, nation.africa 2021-02-09; days not re-checked
  ], { aliases: ['Abdulqawi Yusuf'] }),
  x('mirjana-spoljaric-egger', 'Mirjana Spoljaric Egger', 'Spoljaric', 'Swiss diplomat; President of the International Committee of the Red Cross since October 2022', [
    r('President of the International Committee of the Red Cross', '', '2022-10-01'), // four-year term from 1 October 2022, blogs.icrc.org 2021-11, kurier.at 2021-11
  ], { aliases: ['Mirjana Spoljaric'] }),
  x('peter-maurer', 'Peter Maurer', 'Maurer', 'Swiss diplomat; President of the International Committee of the Red Cross 2012–2022', [
    r('President of the International Committee of the Red Cross', '', '2012-07-01', '2022-09-30'), // handed over on 1 October 2022 after ten years, kurier.at 2021-11, swissinfo.ch 2021-11-25; start day not re-checked
  ]),
  x('jakob-kellenberger', 'Jakob Kellenberger', 'Kellenberger', 'Swiss diplomat; President of the International Committee of the Red Cross 2000–2012', [
    r('President of the International Committee of the Red Cross', '', '2000-01', '2012-06'), // not re-checked
  ]),

  // ── Government spokespeople ─────────────────────────────────────────────────────────────────
  x('lin-jian', 'Lin Jian', 'Lin', 'Spokesperson of China’s Ministry of Foreign Affairs since March 2024', [
    r('Foreign Ministry Spokesperson', 'cn', '2024-03-18'), // first briefing, ir.china-embassy.gov.cn 2024-03-18, theeuropetoday.com 2024-03-19
  ], { native: ['林剑', '林劍'] }),
  x('guo-jiakun', 'Guo Jiakun', 'Guo', 'Spokesperson of China’s Ministry of Foreign Affairs since January 2025', [
    r('Foreign Ministry Spokesperson', 'cn', '2025-01-06'), // first briefing, shine.cn, urdupoint.com (APP) 2025-01-06
  ], { native: ['郭嘉昆'] }),
  x('hua-chunying', 'Hua Chunying', 'Hua', 'Chinese diplomat; Foreign Ministry spokesperson from 2012 and head of its press department from 2019; Vice Foreign Minister since May 2024', [
    r('Foreign Ministry Spokesperson', 'cn', '2012-09', '2024-05'), // spokesperson since 2012, caixinglobal.com 2021-10-25; month of start not re-checked; end taken as her promotion
    r('Assistant Foreign Minister', 'cn', '2021-10-24', '2024-05-27'), // globaltimes.cn, urdupoint.com 2021-10-24
    r('Vice Foreign Minister', 'cn', '2024-05-27'), // State Council appointment, chinadailyhk.com (Xinhua), urdupoint.com 2024-05-27
  ], { native: ['华春莹', '華春瑩'] }),
  x('zhao-lijian', 'Zhao Lijian', 'Zhao', 'Chinese diplomat; Foreign Ministry spokesperson 2020–2023', [
    r('Foreign Ministry Spokesperson', 'cn', '2020-02', '2023-01-09'), // moved to the boundary and ocean affairs department 2023-01-09, breakinglatest.news 2023-01-11, agenzianova.com 2023-01; start month not re-checked
  ], { native: ['赵立坚', '趙立堅'] }),
  x('wang-wenbin', 'Wang Wenbin', 'Wang', 'Chinese diplomat; Foreign Ministry spokesperson from 2020', [
    r('Foreign Ministry Spokesperson', 'cn', '2020-07'), // start not re-checked; still a spokesperson 2022-09-06, shine.cn, and in January 2023, scmp.com (end not confirmed)
  ], { native: ['汪文斌'] }),
  x('mao-ning', 'Mao Ning', 'Mao', 'Chinese diplomat; Foreign Ministry spokesperson since September 2022', [
    r('Foreign Ministry Spokesperson', 'cn', '2022-09-05'), // first briefing, globaltimes.cn 2022-09-05; still briefing 2024-03-18, ir.china-embassy.gov.cn
  ], { native: ['毛宁', '毛寧'] }),
  x('karoline-leavitt', 'Karoline Leavitt', 'Leavitt', 'White House Press Secretary since January 2025', [
    r('White House Press Secretary', 'us', '2025-01-20'), // in the role from the inauguration, first briefing 2025-01-28: abc7ny.com (AP), devdiscourse.com 2025-01-28
  ]),
  x('karine-jean-pierre', 'Karine Jean-Pierre', 'Jean-Pierre', 'White House Press Secretary 2022–2025', [
    r('White House Press Secretary', 'us', '2022-05-13', '2025-01-20'), // succeeded Psaki after her last day, 13 May: ca.sports.yahoo.com (USA Today) 2022-05-05; end with the administration not re-checked
  ]),
  x('jen-psaki', 'Jen Psaki', 'Psaki', 'White House Press Secretary 2021–2022; State Department spokesperson 2013–2015', [
    r('White House Press Secretary', 'us', '2021-01-20', '2022-05-13'), // last day 13 May 2022, ca.sports.yahoo.com (USA Today), thedailybeast.com 2022-05-05; start not re-checked
  ]),
  x('kayleigh-mcenany', 'Kayleigh McEnany', 'McEnany', 'White House Press Secretary 2020–2021', [
    r('White House Press Secretary', 'us', '2020-04-07', '2021-01-20'), // took over 2020-04-07, axios.com, nbcnews.com 2020-04-07; end with the administration not re-checked
  ]),
  x('stephanie-grisham', 'Stephanie Grisham', 'Grisham', 'White House Press Secretary 2019–2020', [
    r('White House Press Secretary', 'us', '2019-07-01', '2020-04-07'), // named 2019-06-25 to replace Sanders at the end of June, voanews.com, scmp.com 2019-06; replaced 2020-04-07, axios.com
  ]),
  x('sarah-huckabee-sanders', 'Sarah Huckabee Sanders', 'Sanders', 'White House Press Secretary 2017–2019; Governor of Arkansas since 2023', [
    r('White House Press Secretary', 'us', '2017-07-21', '2019-07-01'), // named 2017-07-21, 5newsonline.com (CNN), pbs.org 2017-07-21; left at the end of June 2019, scmp.com 2019-06-26
  ], { aliases: ['Sarah Sanders'] }),
  x('sean-spicer', 'Sean Spicer', 'Spicer', 'White House Press Secretary in 2017', [
    r('White House Press Secretary', 'us', '2017-01-20', '2017-07-21'), // resigned 2017-07-21 after six months, abcactionnews.com, uk.reuters.com 2017-07-21
  ]),
  x('josh-earnest', 'Josh Earnest', 'Earnest', 'White House Press Secretary 2014–2017', [
    r('White House Press Secretary', 'us', '2014-05-30', '2017-01-20'), // not re-checked
  ]),
  x('ned-price', 'Ned Price', 'Price', 'US State Department spokesperson 2021–2023', [
    r('State Department Spokesperson', 'us', '2021-01-20', '2023-03'), // stepped down in March 2023, devdiscourse.com (Reuters) 2023-04-12; start not re-checked
  ]),
  x('matthew-miller', 'Matthew Miller', 'Miller', 'US State Department spokesperson 2023–2025', [
    r('State Department Spokesperson', 'us', '2023-04', '2025-01-20'), // named 2023-04-11 to start at the end of April, ajc.com (AP), devdiscourse.com (Reuters) 2023-04-12; end not re-checked
  ]),
  x('tammy-bruce', 'Tammy Bruce', 'Bruce', 'US State Department spokesperson in 2025, then nominated deputy representative to the UN', [
    r('State Department Spokesperson', 'us', '2025-01', '2025-08'), // spokesperson since January; nominated to the UN post 2025-08-09: spokesman.com (Washington Post), independent.co.uk 2025-08-09 (last day not confirmed)
  ]),
  x('tommy-pigott', 'Tommy Pigott', 'Pigott', 'US State Department deputy spokesperson from 2025', [
    r('State Department Deputy Spokesperson', 'us', '2025-08'), // deputy spokesperson at the time, spokesman.com (Washington Post) 2025-08-09; start not re-checked
  ]),
  x('saeed-khatibzadeh', 'Saeed Khatibzadeh', 'Khatibzadeh', 'Iranian diplomat; Foreign Ministry spokesman 2020–2022', [
    r('Foreign Ministry Spokesman', 'ir', '2020-08-16', '2022-06-27'), // introduced 2020-08-16, en.radiofarda.com; last briefing 2022-06-27, unews.com.lb
  ]),
  x('nasser-kanaani', 'Nasser Kanaani', 'Kanaani', 'Iranian diplomat; Foreign Ministry spokesman 2022–2024', [
    r('Foreign Ministry Spokesman', 'ir', '2022-06-27', '2024-08'), // named 2022-06-27, unews.com.lb; end not re-checked
  ], { aliases: ['Nasser Kanani', 'Naser Kanaani'] }),
  x('esmaeil-baghaei', 'Esmaeil Baghaei', 'Baghaei', 'Iranian diplomat; Foreign Ministry spokesman since 2024', [
    r('Foreign Ministry Spokesman', 'ir', '2024-08'), // start month not re-checked; still briefing as spokesman 2025-10-28, tehrantimes.com, and 2025-12-01, borna.news
  ], { aliases: ['Esmaeil Baqaei', 'Ismail Baghaei'] }),

  // ── Heads of parliament ─────────────────────────────────────────────────────────────────────
  x('mike-johnson', 'Mike Johnson', 'Johnson', 'Speaker of the US House of Representatives since October 2023; Republican congressman from Louisiana', [
    r('Speaker of the House of Representatives', 'us', '2023-10-25'), // elected and sworn in, semafor.com, iolaregister.com (AP) 2023-10-25
  ]),
  x('kevin-mccarthy', 'Kevin McCarthy', 'McCarthy', 'Speaker of the US House of Representatives in 2023, the first to be removed by a vote of the House', [
    r('Speaker of the House of Representatives', 'us', '2023-01-07', '2023-10-03'), // ousted 2023-10-03, businessinsider.com 2023-10; start not re-checked
  ]),
  x('woo-won-shik', 'Woo Won-shik', 'Woo', 'Speaker of South Korea’s National Assembly since June 2024', [
    r('Speaker of the National Assembly', 'kr', '2024-06-05'), // elected at the first plenary session, helm.news 2024-06-05, world.kbs.co.kr 2024-05-31
  ], { aliases: ['Woo Won-sik'], native: ['우원식'] }),
  x('han-kuo-yu', 'Han Kuo-yu', 'Han', 'Speaker of Taiwan’s Legislative Yuan since February 2024; Kuomintang presidential candidate in 2020', [
    r('Speaker of the Legislative Yuan', 'tw', '2024-02-01'), // focustaiwan.tw (CNA), shine.cn (Xinhua) 2024-02-01
  ], { native: ['韓國瑜', '韩国瑜'] }),
  x('you-si-kun', 'You Si-kun', 'You', 'Speaker of Taiwan’s Legislative Yuan 2020–2024', [
    r('Speaker of the Legislative Yuan', 'tw', '2020-02-01', '2024-02-01'), // speaker of the previous legislature until 2024-02-01, focustaiwan.tw 2024-02-01; start not re-checked
  ], { native: ['游錫堃'] }),
  x('zhao-leji', 'Zhao Leji', 'Zhao', 'Chairman of the Standing Committee of China’s National People’s Congress since March 2023', [
    r('Chairman of the NPC Standing Committee', 'cn', '2023-03-10'), // en.people.cn (Xinhua), urdupoint.com (Sputnik) 2023-03-10
  ], { native: ['赵乐际', '趙樂際'] }),
  x('li-zhanshu', 'Li Zhanshu', 'Li', 'Chairman of the Standing Committee of China’s National People’s Congress 2018–2023', [
    r('Chairman of the NPC Standing Committee', 'cn', '2018-03-17', '2023-03-10'), // elected 2018-03-17, xinmeiw.com (China Daily) 2018-03; successor elected 2023-03-10, urdupoint.com
  ], { native: ['栗战书', '栗戰書'] }),
  x('mohammad-bagher-ghalibaf', 'Mohammad Bagher Ghalibaf', 'Ghalibaf', 'Speaker of Iran’s parliament since 2020; former Revolutionary Guards commander and mayor of Tehran', [
    r('Speaker of the Parliament', 'ir', '2020-05-28'), // elected 2020-05-28, onenewsbox.com 2020-05-28; re-elected 2024-05-28, aa.com.tr, and 2025-05-27, shafaq.com
  ], { aliases: ['Mohammad Baqer Qalibaf', 'Mohammad Bagher Qalibaf', 'Qalibaf'] }),
  x('ruslan-stefanchuk', 'Ruslan Stefanchuk', 'Stefanchuk', 'Chairman of Ukraine’s Verkhovna Rada since October 2021', [
    r('Chairman of the Verkhovna Rada', 'ua', '2021-10-08'), // interfax.com.ua 2021-10-08, euromaidanpress.com
  ]),
  x('dmytro-razumkov', 'Dmytro Razumkov', 'Razumkov', 'Chairman of Ukraine’s Verkhovna Rada 2019–2021', [
    r('Chairman of the Verkhovna Rada', 'ua', '2019-08-29', '2021-10-07'), // recalled 2021-10-07, interfax.com.ua 2021-10-08; start not re-checked
  ]),
  x('vyacheslav-volodin', 'Vyacheslav Volodin', 'Volodin', 'Chairman of Russia’s State Duma since October 2016', [
    r('Chairman of the State Duma', 'ru', '2016-10-05'), // russia-insider.com 2016-10-06; re-elected 2021-10-12, rapsinews.com, urdupoint.com (Sputnik)
  ], { aliases: ['Viacheslav Volodin'] }),
  x('om-birla', 'Om Birla', 'Birla', 'Speaker of India’s Lok Sabha since 2019, re-elected in June 2024', [
    r('Speaker of the Lok Sabha', 'in', '2019-06-19'), // speaker from 2019, re-elected 2024-06-26: businesstoday.in, thenewsminute.com 2024-06-26; start day not re-checked
  ]),
  x('amir-ohana', 'Amir Ohana', 'Ohana', 'Speaker of the Knesset since December 2022; Israel’s Justice Minister 2019–2020 and Public Security Minister 2020–2021', [
    r('Speaker of the Knesset', 'il', '2022-12-29'), // timesofisrael.com 2022-12-29, news.am 2022-12-30
  ]),

  // ── United States: Secretaries of State and Defense, National Security Advisers, UN ambassadors since 1990 ──
  x('james-baker', 'James Baker', 'Baker', 'US Secretary of State 1989–1992 and White House Chief of Staff', [
    r('Secretary of State', 'us', '1989-01-25', '1992-08-23'), // not re-checked
  ], { aliases: ['James A. Baker', 'James Baker III'] }),
  x('lawrence-eagleburger', 'Lawrence Eagleburger', 'Eagleburger', 'US Secretary of State 1992–1993', [
    r('Secretary of State', 'us', '1992-12-08', '1993-01-19'), // not re-checked
  ]),
  x('warren-christopher', 'Warren Christopher', 'Christopher', 'US Secretary of State 1993–1997', [
    r('Secretary of State', 'us', '1993-01-20', '1997-01-17'), // not re-checked
  ]),
  x('madeleine-albright', 'Madeleine Albright', 'Albright', 'US Ambassador to the UN 1993–1997 and Secretary of State 1997–2001, the first woman in the post', [
    r('Ambassador to the United Nations', 'us', '1993-01-27', '1997-01-21'), // appointed in January 1993, dev.history.com; days not re-checked
    r('Secretary of State', 'us', '1997-01-23', '2001-01-20'), // sworn in 1997-01-23 after her confirmation the day before, politico.com 2008-01, latimes.com 1997-01-24; end not re-checked
  ]),
  x('colin-powell', 'Colin Powell', 'Powell', 'US Secretary of State 2001–2005; Chairman of the Joint Chiefs of Staff 1989–1993', [
    r('Secretary of State', 'us', '2001-01-20', '2005-01-26'), // succeeded by Rice sworn in 2005-01-26, archives.uruguay.usembassy.gov 2005-01-26; start day not re-checked
  ]),
  x('condoleezza-rice', 'Condoleezza Rice', 'Rice', 'US National Security Adviser 2001–2005 and Secretary of State 2005–2009', [
    r('National Security Adviser', 'us', '2001-01-20', '2005-01-26'), // national security adviser in Bush’s first term until sworn in at State, indexarticles.com (Jet), rferl.org 2005-01-27; start day not re-checked
    r('Secretary of State', 'us', '2005-01-26', '2009-01-20'), // sworn in 2005-01-26, archives.uruguay.usembassy.gov 2005-01-26, rferl.org 2005-01-27; end not re-checked
  ]),
  x('hillary-clinton', 'Hillary Clinton', 'Clinton', 'US Secretary of State 2009–2013; Democratic presidential nominee in 2016', [
    r('Secretary of State', 'us', '2009-01-21', '2013-02-01'), // confirmed and sworn in 2009-01-21, politicalticker.blogs.cnn.com 2009-02-02; end not re-checked
  ], { aliases: ['Hillary Rodham Clinton'] }),
  x('dick-cheney', 'Dick Cheney', 'Cheney', 'US Secretary of Defense 1989–1993 and Vice President 2001–2009', [
    r('Secretary of Defense', 'us', '1989-03-21', '1993-01-20'), // not re-checked
    r('Vice President', 'us', '2001-01-20', '2009-01-20'), // not re-checked
  ]),
  x('william-perry', 'William Perry', 'Perry', 'US Secretary of Defense 1994–1997', [
    r('Secretary of Defense', 'us', '1994-02-03', '1997-01-24'), // not re-checked
  ], { aliases: ['William J. Perry'] }),
  x('william-cohen', 'William Cohen', 'Cohen', 'US Secretary of Defense 1997–2001', [
    r('Secretary of Defense', 'us', '1997-01-24', '2001-01-20'), // to take the oath on 1997-01-24, latimes.com 1997-01-24; end not re-checked
  ]),
  x('donald-rumsfeld', 'Donald Rumsfeld', 'Rumsfeld', 'US Secretary of Defense 2001–2006, during the invasions of Afghanistan and Iraq', [
    r('Secretary of Defense', 'us', '2001-01-20', '2006-12-18'), // in the job since January 2001 until his successor was sworn in 2006-12-18, mg.co.za (Reuters) 2006-12-18; start day not re-checked
  ]),
  x('robert-gates', 'Robert Gates', 'Gates', 'US Secretary of Defense 2006–2011; CIA Director 1991–1993', [
    r('Secretary of Defense', 'us', '2006-12-18', '2011-06-30'), // sworn in 2006-12-18, defense.gov, mg.co.za (Reuters) 2006-12-18; end not re-checked
  ]),
  x('leon-panetta', 'Leon Panetta', 'Panetta', 'CIA Director 2009–2011 and US Secretary of Defense 2011–2013', [
    r('CIA Director', 'us', '2009-02-13', '2011-06-30'), // not re-checked
    r('Secretary of Defense', 'us', '2011-07-01', '2013-02-26'), // replaced by Hagel sworn in 2013-02-27, pajhwok.com 2013-02-27; start not re-checked
  ]),
  x('chuck-hagel', 'Chuck Hagel', 'Hagel', 'US Secretary of Defense 2013–2015', [
    r('Secretary of Defense', 'us', '2013-02-27', '2015-02-17'), // sworn in 2013-02-27, pajhwok.com, fcw.com 2013-02-27; end not re-checked
  ]),
  x('brent-scowcroft', 'Brent Scowcroft', 'Scowcroft', 'US National Security Adviser 1975–1977 and 1989–1993', [
    r('National Security Adviser', 'us', '1989-01-20', '1993-01-20'), // not re-checked
  ]),
  x('anthony-lake', 'Anthony Lake', 'Lake', 'US National Security Adviser 1993–1997', [
    r('National Security Adviser', 'us', '1993-01-20', '1997-03-14'), // not re-checked
  ]),
  x('sandy-berger', 'Sandy Berger', 'Berger', 'US National Security Adviser 1997–2001', [
    r('National Security Adviser', 'us', '1997-03-14', '2001-01-20'), // not re-checked
  ]),
  x('stephen-hadley', 'Stephen Hadley', 'Hadley', 'US National Security Adviser 2005–2009', [
    r('National Security Adviser', 'us', '2005-01-26', '2009-01-20'), // not re-checked
  ]),
  x('tom-donilon', 'Tom Donilon', 'Donilon', 'US National Security Adviser 2010–2013', [
    r('National Security Adviser', 'us', '2010-10', '2013-07-01'), // named 2010-10-08 to succeed Jones, who stepped down later that month: voanews.com, spokesman.com 2010-10-09; end not re-checked
  ]),
  x('susan-rice', 'Susan Rice', 'Rice', 'US Ambassador to the UN 2009–2013 and National Security Adviser 2013–2017', [
    r('Ambassador to the United Nations', 'us', '2009-01-22', '2013-06-30'), // succeeded by Power in August 2013 on becoming national security adviser, voanews.com 2013-08; start not re-checked
    r('National Security Adviser', 'us', '2013-07-01', '2017-01-20'), // replacing Donilon in July 2013, thejournal.ie 2013-06, unforum.com 2013-07-01; end not re-checked
  ]),
  x('michael-flynn', 'Michael Flynn', 'Flynn', 'US National Security Adviser for 24 days in 2017', [
    r('National Security Adviser', 'us', '2017-01-20', '2017-02-13'), // resigned 2017-02-13 after 24 days, abc13.com 2017-02-13, huffingtonpost.co.uk 2017-02-14
  ]),
  x('thomas-pickering', 'Thomas Pickering', 'Pickering', 'US diplomat; Ambassador to the UN 1989–1992', [
    r('Ambassador to the United Nations', 'us', '1989-03', '1992-05'), // not re-checked
  ]),
  x('bill-richardson', 'Bill Richardson', 'Richardson', 'US Ambassador to the UN 1997–1998 and Governor of New Mexico 2003–2011', [
    r('Ambassador to the United Nations', 'us', '1997-02', '1998-08'), // not re-checked
  ]),
  x('richard-holbrooke', 'Richard Holbrooke', 'Holbrooke', 'US diplomat; broker of the 1995 Dayton Agreement, Ambassador to the UN 1999–2001', [
    r('Ambassador to the United Nations', 'us', '1999-08', '2001-01'), // not re-checked
  ]),
  x('john-negroponte', 'John Negroponte', 'Negroponte', 'US Ambassador to the UN 2001–2004 and first Director of National Intelligence', [
    r('Ambassador to the United Nations', 'us', '2001-09', '2004-06'), // not re-checked
  ]),
  x('zalmay-khalilzad', 'Zalmay Khalilzad', 'Khalilzad', 'US diplomat; Ambassador to the UN 2007–2009 and special envoy for Afghanistan reconciliation 2018–2021', [
    r('Ambassador to the United Nations', 'us', '2007-04-23', '2009-01'), // started 2007-04-23, washingtonpost.com (AP) 2007-04-23; end not re-checked
  ]),
  x('samantha-power', 'Samantha Power', 'Power', 'US Ambassador to the UN 2013–2017 and USAID Administrator 2021–2025', [
    r('Ambassador to the United Nations', 'us', '2013-08-02', '2017-01'), // sworn in 2013-08-02, credentials 2013-08-05: voanews.com, toledoblade.com 2013-08-05; end not re-checked
    r('USAID Administrator', 'us', '2021-05', '2025-01'), // confirmed by the Senate 2021-04-28, ballotpedia.org; days not re-checked
  ]),
  x('kelly-craft', 'Kelly Craft', 'Craft', 'US Ambassador to the UN 2019–2021', [
    r('Ambassador to the United Nations', 'us', '2019-09-12', '2021-01'), // presented credentials 2019-09-12, un.org, diplomatictimes.net 2019-09-12; end not re-checked
  ]),
];

export const PEOPLE_IGO: readonly PersonEntity[] = people(LIST);
