/** How a sum of money, a quantity, a duration or a length is asked and written. */
import { conceptsOfText } from '../../lexicon/vocabulary.ts';

/** Words asking a price or a sum of money. */
const PRICE_WORDS = String.raw`cost|costs|costing|price|paid|pay|spend|spending|spent|guarantee|bail|deposit|fine|fined|ransom|compensation|штраф\p{L}*|выкуп\p{L}*|почём|почем|стоим\p{L}*|стоил\p{L}*|стоит|стоить|обош[её]?л\p{L}*|обойд[её]тся|цен\p{L}*|заплат\p{L}*|плат[иья]\p{L}*|платеж\p{L}*|платёж\p{L}*|оплат\p{L}*|залог\p{L}*|компенсац\p{L}*`;
/** A loss put at a sum: "во сколько оценили ущерб", "claims damages". */
const DAMAGE_WORDS = String.raw`ущерб\p{L}*|убыт\p{L}*|damages`;
/** What a sum of money is written with. */
const CURRENCY_UNITS = String.raw`dollars?|euros?|eur|usd|roubles?|rubles?|cents?|pence|доллар\p{L}*|евро|рубл\p{L}*|цент\p{L}*|копе\p{L}*`;
const MONEY_UNITS = `million|billion|thousand|crores?|lakhs?|млн|млрд|тыс|${CURRENCY_UNITS}`;
/** "How big is the second tranche", "how large a loan": the size of a sum of money (a police unit's is a count). */
const SIZE_OF_MONEY = String.raw`(how big|how large|what size)( (is|was|are|were|a|an|the|their|its|his|her|\p{L}+['’]s)){0,3}( [\p{L}-]+){0,3}? (loans?|grants?|tranches?|instal+ments?|credits?|fines?|fees?|deposits?|guarantees?|bail|budgets?|investments?|payments?|payouts?|sums?|compensation|ransom|debts?|subsid(y|ies)|bonds?|funds?|awards?|settlements?|bonus(es)?|salar(y|ies)|pensions?|aid packages?)`;
export const AMOUNT_ASKED = new RegExp(
  String.raw`(?<![\p{L}])(how much|${SIZE_OF_MONEY}|worth|owe|owed|sum|amount|value|budget|volumes?|tonnage|quantity|quantities|consumption|тоннаж\p{L}*|сумм\p{L}*|долг\p{L}*|объ[её]м\p{L}*|потреблени\p{L}*|бюджет\p{L}*|выдел\p{L}*|${PRICE_WORDS}|${DAMAGE_WORDS})(?![\p{L}])`,
  'iu',
);
/** A share asked: "what percentage", "на сколько процентов". */
export const PERCENT_ASKED = /(?<![\p{L}])(percent\p{L}*|per cent|процент\p{L}*)(?![\p{L}])|%/iu;
/** A question asking a percentage, or a share, which is one: "what share of the tranche", "какую долю". */
export const SHARE_ASKED = {
  test: (question: string) => percentAsked(question) || SHARE_WORD.test(question),
};

/** A share the question gives with its figure ("buys 76% of Tengri"): a given, not what is asked. */
const GIVEN_SHARE = /\d+(?:[.,]\d+)?\s*(?:%|per ?cent|percent|процент\p{L}*)/giu;

/** Whether the question asks a percentage, not only names one it gives ("За какую сумму … 76% «Тенгри»?"). */
export function percentAsked(question: string): boolean {
  return PERCENT_ASKED.test(question.replace(GIVEN_SHARE, ' '));
}
const SHARE_WORD = /(?<![\p{L}])(share|proportion|fraction|дол[яиюе]|дол[ея]х)(?![\p{L}])/iu;
/** A sum asked as such: "за какую сумму купила", "for what sum" (not "в сумме", in total). */
const SUM_OF_MONEY_ASKED = String.raw`(за|на) как\p{L}* сумм\p{L}*|какова сумма|каков\p{L}* сумм\p{L}*|(for|at) what (sum|price)|how much money`;
export const MONEY_ASKED = new RegExp(String.raw`(?<![\p{L}])(${PRICE_WORDS}|${SUM_OF_MONEY_ASKED})(?![\p{L}])`, 'iu');
const MONEY_WORDS = new RegExp(
  String.raw`\p{Sc}|(?<![\p{L}])(${MONEY_UNITS}|тысяч\p{L}*|миллион\p{L}*|миллиард\p{L}*)(?![\p{L}])`,
  'iu',
);
/** Units of data: "how much data was stolen" is answered by "410 GB". */
const DATA_UNITS = String.raw`(kilo|mega|giga|tera|peta)bytes?|[kmgtp]b|[кмгтп]б|(кило|мега|гига|тера|пета)байт\p{L}*`;
/** Units of a physical quantity, which both a measure and an amount are written with. */
const PHYSICAL_UNITS = String.raw`кубометр\p{L}*|cubic|tonnes?|тонн\p{L}*|megawatt\p{L}*|мегаватт\p{L}*|${DATA_UNITS}`;
/**
 * A unit a magnitude may count without being money: a physical one, or of weight and volume ("8.4 million
 * pounds of concentrate"), money only when asked as such.
 */
const QUANTITY_UNIT = new RegExp(
  String.raw`(?<![\p{L}])(${PHYSICAL_UNITS}|pounds?|фунт\p{L}*|ounces?|унци\p{L}*|litres?|liters?|литр\p{L}*|gallons?|галлон\p{L}*|hectares?|гектар\p{L}*|barrels?|баррел\p{L}*|tons?|carats?|карат\p{L}*)(?![\p{L}])`,
  'iu',
);
/** A measure, not money, though a magnitude may come before it: "1,6 млрд кВт·ч", "2 million tonnes". */
const MEASURE_WORDS = new RegExp(
  String.raw`(?<![\p{L}])(${PHYSICAL_UNITS}|tons?|barrels?|баррел\p{L}*|kilowatt\p{L}*|gigawatt\p{L}*|terawatt\p{L}*|киловатт\p{L}*|people|persons|человек\p{L}*)(?![\p{L}])`,
  'iu',
);
const MEASURE_CONCEPTS = new Set(['nrg_kilowatt_hour', 'nrg_megawatt', 'nrg_barrel', 'eco_tonne']);
const MEASURE = {
  test: (text: string) =>
    MEASURE_WORDS.test(text) || conceptsOfText(text).some((concept) => MEASURE_CONCEPTS.has(concept)),
};
/** A sum of money: by its sign or unit, or any of the world's currencies the vocabulary names ("3000 лари"). */
export const MONEY = {
  test: (text: string) => (MONEY_WORDS.test(text) || namesCurrency(text)) && !MEASURE.test(text) && !countsThings(text),
};
/** A magnitude and the noun it counts: "2.05 million subscribers", "148 тыс. беженцев", "5 млн доз". */
const MAGNITUDE_AND_NOUN =
  /(?<![\p{L}])(million|billion|thousand|млн|млрд|тыс|миллион\p{L}*|миллиард\p{L}*|тысяч\p{L}*)\.?\s+(\p{L}{3,})/iu;
/** Words that may follow a magnitude without being what it counts: "$2 million more", "2 млн из них". */
const NOT_COUNTED =
  /^(more|less|from|over|each|with|into|than|were|have|this|that|for|and|the|was|are|per|под|над|для|без|при|или|это|этих|более|менее|было|были|была|только|почти|около)$/iu;
/**
 * Currencies in forms the vocabulary cannot stem without taking surnames too ("720 млн сомов", not Сомова),
 * or other words ("10 млн седи", not «седые»; "1.1 billion won", "1,1 млрд вон"), or too short to stem ("5 млн иен"): lower case only.
 */
const INFLECTED_CURRENCY = /(?<![\p{L}])(сомов|сома|леев|лея|лей|иен|иены|иена|йен|йены|йена|седи|вон|won)(?![\p{L}])/u;
/** A currency by its sign or name, not by a magnitude alone: "USD 17.5 million loan" is money. */
const CURRENCY_WORDS = new RegExp(String.raw`\p{Sc}|(?<![\p{L}])(${CURRENCY_UNITS})(?![\p{L}])`, 'iu');
/**
 * Whether a figure counts things, not money, though it is written in millions: "2.05 million subscribers".
 * A currency named anywhere in it makes it money whatever follows.
 */
function countsThings(text: string): boolean {
  const noun = MAGNITUDE_AND_NOUN.exec(text)?.[2];
  return (
    noun !== undefined &&
    !NOT_COUNTED.test(noun) &&
    !CURRENCY_WORDS.test(text) &&
    !INFLECTED_CURRENCY.test(text) &&
    !namesCurrency(text)
  );
}
/** A sum of money or a quantity: "how much gas" is answered by cubic metres. */
const AMOUNT_WORDS = new RegExp(
  String.raw`\p{Sc}|(?<![\p{L}])(${MONEY_UNITS}|${PHYSICAL_UNITS}|mcm|kwh|квт\p{L}*)(?![\p{L}])`,
  'iu',
);
export const AMOUNT = {
  test: (text: string) =>
    (AMOUNT_WORDS.test(text) && !(countsThings(text) && !QUANTITY_UNIT.test(text))) ||
    namesCurrency(text) ||
    // "How much power": "600 MW", "120 000 баррелей в сутки", units the vocabulary knows by their abbreviations too.
    (/\p{L}/u.test(text) && conceptsOfText(text).some((concept) => MEASURE_CONCEPTS.has(concept))),
};

/** Whether the text names a currency of the vocabulary's list of them. */
function namesCurrency(text: string): boolean {
  return /\p{L}/u.test(text) && conceptsOfText(text).includes('eco_money_unit');
}
export const DURATION_ASKED =
  /(?<![\p{L}])(how long|for how many (days|hours|weeks|months|years)|what (prison |jail )?(sentence|term)|как долго|сколько (по )?(времени|дней|часов|недель|месяцев|лет)|сколько длил\p{L}*|продолжительност\p{L}*|длительност\p{L}*|how much time|duration|sentenced to|(?<=['’]s )(prison |jail )?(sentence|term)|sentence length|приговор\p{L}* к|какой срок|сколько продолжал\p{L}*|к какому сроку|на какой срок|к скольким годам)(?![\p{L}])/iu;
/** A prison term, a person's own duration (unlike a call's or a visit's). */
export const PRISON_TERM =
  /(?<![\p{L}])(sentence\p{L}*|term|prison|jail|срок\p{L}*|приговор\p{L}*|осужд\p{L}*|осуд\p{L}*|лишени\p{L}* свободы|колони\p{L}*)(?![\p{L}])/iu;
export const LENGTH =
  /(?<![\p{L}])(km|kilomet\p{L}*|miles?|metres?|meters?|км|километр\p{L}*|метр\p{L}*|мил\p{L}*)(?![\p{L}])/iu;
