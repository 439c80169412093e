/**
 * The words news writes around a person's name: titles and roles before it ("spokesman", "Oil
 * Minister", "Red Cross official"), speech verbs before or after it ("said", "told", "according to"),
 * appositions after it (", Iraq's oil minister,"), and the words that show a capitalised phrase names
 * a body or a place rather than a person.
 */

/** Role nouns: a name right after one (or in apposition with one) is a person's. */
export const ROLE_NOUNS = new Set(
  (
    'minister ministers spokesman spokeswoman spokesperson official officials commander leader chief envoy ambassador ' +
    'president vice-president premier chancellor adviser advisor aide negotiator lawmaker legislator senator congressman ' +
    'congresswoman representative analyst general colonel captain lieutenant sergeant admiral marshal professor researcher ' +
    'director secretary secretary-general mayor governor judge prosecutor lawyer attorney cleric activist journalist ' +
    'reporter correspondent candidate chairman chairwoman chair head founder member mp deputy rebel militant king queen ' +
    'prince princess sheikh ayatollah cardinal pope bishop rabbi imam emir sultan president-elect spokesmen diplomat ' +
    'expert economist historian author writer editor photographer officer soldier pilot inspector investigator ' +
    'mediator coordinator rapporteur delegate counsel speaker councillor councilor ceo executive founder director-general ' +
    'commissioner ruler dictator strongman cabinet-secretary undersecretary under-secretary coach player striker ' +
    'consul consul-general oceanographer scientist inspector officer colonel major-general brigadier detective constable superintendent'
  ).split(' '),
);

/** Abbreviated honorifics and ranks written right before a name ("Mr. Abbas", "Gen. David Petraeus"). */
export const NAME_HONORIFICS = new Set(
  'Mr. Mrs. Ms. Dr. Prof. Sen. Rep. Gen. Col. Lt. Capt. Sgt. Adm. Gov. Sheikh Ayatollah Mr Mrs Ms Dr'.split(' '),
);

/** Verbs of saying written right after a name ("Abbas said"). */
export const SPEECH_AFTER = new Set(
  (
    'said says told added stated explained noted argued insisted warned announced confirmed denied wrote asked ' +
    'replied declared urged acknowledged stressed predicted admitted claimed complained vowed pledged accused ' +
    'responded recalled suggested conceded maintained emphasised emphasized tweeted remarked countered cautioned ' +
    'reiterated testified lamented quipped recounted elaborated underscored underlined'
  ).split(' '),
);

/** Words that, right before a name, introduce a speaker ("said Ahmed Yousef", "according to Ahmed Yousef"). */
export const SPEECH_BEFORE = new Set(['said', 'says', 'told', 'added', 'wrote', 'asked', 'warned', 'explained']);

/**
 * Words that make a capitalised phrase a body, a place, an event or a thing rather than a person
 * ("Human Rights Watch said", "Gaza City", "Camp David").
 */
export const NOT_PERSON_WORDS = new Set(
  (
    'watch rights group bank fund corp corporation inc ltd co company association institute university college school ' +
    'ministry council front brigade brigades movement organization organisation party union agency service services forces ' +
    'force army navy guard guards news times post network authority committee center centre foundation international ' +
    'airlines airways court tribunal commission office bureau police parliament congress senate assembly alliance ' +
    'coalition federation league club team city province state states county district region island islands valley ' +
    'mountains mountain river sea gulf strait bay lake desert camp square street road airport port station hospital ' +
    'museum mosque church temple palace hotel capital republic kingdom emirates east west north south middle strip bank ' +
    'group program programme project plan accord agreement treaty pact conference summit war crisis initiative ' +
    'revolution council commission media press radio television tv journal herald tribune daily weekly magazine ' +
    'review telegraph guardian observer monitor reuters jazeera cnn bbc ap afp times post globe star sun express ' +
    'democrats republicans socialists conservatives liberals greens labour labor world cup games olympics championship ' +
    'day week month year act law bill resolution report google microsoft apple facebook twitter samsung electric motors ' +
    'dynamics airlines energy oil gas petroleum holdings systems technologies mining pressphoto corps avenue boulevard lane ' +
    'prize award awards stadium dome images freedom operation storm society crescent cross industries llc plc gmbh ' +
    'pharmaceuticals telecom shipping electronics foods research trust browser partners ventures labs software'
  ).split(' '),
);

/** Words that open an apposition describing a person (", the Iraqi oil minister,", ", a Hamas spokesman,"). */
export const APPOSITION_OPENERS = new Set(['the', 'a', 'an', 'former', 'then', 'his', 'her', 'its', 'their', 'one', 'deputy', 'acting', 'senior', 'chief', 'top']);

/**
 * Religious titles news writes as part of a name ("Mullah Omar", "Mullah Mohammed Omar", "Maulana
 * Fazlur Rehman"): the mention keeps them, and a run opening with one is a person's name.
 */
export const TITLES_IN_NAMES = new Set(['Mullah', 'Mulla', 'Maulana', 'Mawlana', 'Maulvi', 'Mawlawi', 'Hajji', 'Haji']);
