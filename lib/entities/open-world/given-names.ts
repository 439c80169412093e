/**
 * Given names common in international news, across naming cultures: a capitalised run that opens with
 * one ("Naeem Noor Khan", "Benazir Bhutto", "Alexei Pushkov") is a person's name even with no title or
 * speech verb beside it. Names that are also everyday words, places or months ("Will", "May",
 * "Jordan", "Georgia", "Chad") are left out on purpose.
 */
import { GENERATED_GIVEN_NAMES } from './given-names.generated';

const GIVEN_NAMES_TEXT =
  // Arabic, Persian, Turkish, Urdu
  'mohammed muhammad mohammad mohamed mohamad muhammed ahmed ahmad ali hassan hasan hussein husain hussain omar umar ' +
  'abdul abdel abdullah abdallah abdulaziz abdelaziz abdulrahman abdel-fattah khaled khalid mahmoud mahmud mustafa ' +
  'mostafa ibrahim ismail isma\'il youssef yousef yusuf salim salem saeed said sayed nabil walid samir tariq tareq ' +
  'faisal fawaz jamal karim kareem naeem nader saddam osama usama ayman hamid rashid rasheed hamad nasser naser ' +
  'bashar hafez ali-akbar akbar javad mohsen hassan reza mahmoud ebrahim hossein qassem qasem ' +
  'nouri nuri haider hayder jalal masoud massoud nechirvan recep tayyip ahmet mevlut mevlüt hakan binali abdullah ' +
  'benazir asif nawaz imran shahbaz pervez yousaf zulfikar bilawal maryam fatima aisha layla leila noor nour ' +
  'hamza bilal anwar ashraf hosni anwar gamal alaa amr sameh badr fuad fouad rafik rafiq saad michel nabih ' +
  'walid samir yasser yasir ismail salam marwan saeb nabil riyad riad khaled mahmoud ehud ' +
  // Hebrew
  'benjamin yair naftali benny avigdor moshe ariel shimon yitzhak tzipi gideon itamar bezalel yoav isaac ' +
  // Russian, Ukrainian, Slavic, Caucasus, Central Asian
  'vladimir sergei sergey alexei alexey aleksei andrei andrey dmitry dmitri mikhail nikolai nikolay igor yuri yury ' +
  'boris alexander aleksandr viktor victor ivan oleg pavel anatoly gennady valentina maria olga yulia tatiana ' +
  'svetlana natalia irina volodymyr petro oleksandr dmytro vitali vitaly arseniy ihor mykola yevgeny evgeny ' +
  'ramzan heydar ilham nikol serzh levon eduard mikheil saparmurat nursultan kassym-jomart emomali ' +
  'shavkat gurbanguly lech jaroslaw jarosław donald andrzej mateusz radoslaw radosław viktor milos miloš ' +
  'aleksandar slobodan vojislav zoran janez bojko rumen ' +
  // European
  'angela olaf friedrich frank-walter annalena wolfgang gerhard helmut joschka jean jean-claude jean-marc ' +
  'jean-yves jean-pierre jean-luc francois françois emmanuel nicolas jacques dominique laurent segolene ségolène ' +
  'manuel gabriel edouard édouard ursula charles josep giorgia mario matteo silvio romano giuseppe ' +
  'sergio pedro mariano jose josé luis antonio antónio marcelo mark geert wopke sigrid jens erna mette stefan ' +
  'alexis kyriakos yanis ' +
  // Anglophone
  'john david michael james robert william george richard thomas christopher chris stephen steven steve tony ' +
  'timothy tim matthew matt andrew daniel joseph joe jim bill bob mike nick nicholas ben sam tom mary elizabeth ' +
  'sarah anne jane hillary nancy susan karen linda laura emma julia anna kamala joe barack ronald gordon keir ' +
  'rishi liz theresa boris jeremy david nigel alastair alistair jack margaret kevin brian patrick peter paul ' +
  'henry edward jonathan samantha condoleezza colin madeleine antony lloyd jake kurt wendy ' +
  'marco pete kristi tulsi kash ron vivek nikki mitt newt rick ted lindsey mitch chuck kirsten elizabeth ' +
  'eric jeff jeffrey scott gary greg gregory larry dick dennis frank harry howard jason justin kenneth ' +
  'lawrence martin philip phillip raymond roger ronald russell simon walter ' +
  // South and South-East Asian, African, Latin American
  'narendra manmohan rahul sonia atal subrahmanyam jaishankar rajnath amit sushma hasina khaleda ' +
  'ranil mahinda gotabaya maithripala ferdinand rodrigo gloria joko prabowo susilo megawati anwar mahathir najib ' +
  'thaksin yingluck prayuth hun aung min nelson jacob thabo cyril olusegun goodluck muhammadu bola ' +
  'uhuru yoweri abiy isaias salva riek emmerson ellen ' +
  'luiz lula dilma jair hugo evo rafael cristina mauricio javier alberto andres andrés felipe ' +
  'gustavo juan carlos fidel raul raúl miguel enrique vicente ernesto sebastian sebastián michelle';

/**
 * Given names, lower case: the list above, which news writes most, and the generated list from open
 * data (given-names.generated.ts), which reaches names across naming cultures the list cannot.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(`${GIVEN_NAMES_TEXT} ${GENERATED_GIVEN_NAMES}`.split(/\s+/).filter(Boolean));
