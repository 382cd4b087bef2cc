/**
 * The expected answer type of a question, from its wording: the registry of question cues.
 * Order matters: the first type whose cue matches wins ("How many ... and when" is a count).
 * Cues are general question phrasings of English and Russian, never the wording of one question.
 */
import { PLACE_NOUN_CONCEPTS } from '../lexicon/place-nouns.ts';
import { STOPWORDS } from '../lexicon/stopwords.ts';
import { conceptsOfTokens } from '../lexicon/vocabulary.ts';
import { editDistance } from '../text/edit-distance.ts';
import { casesOf, dictionaryPartOfSpeech, partOfSpeech, verbTense } from '../text/morphology.ts';
import { type Token, tokenize } from '../text/tokens.ts';
import type { Lang } from '../types.ts';

export type AnswerType =
  | 'timeline'
  | 'count'
  | 'date'
  | 'role'
  | 'person'
  | 'place'
  | 'reason'
  | 'yesno'
  | 'list'
  | 'event'
  | 'about';

interface TypeCue {
  type: AnswerType;
  cues: Record<Lang, RegExp[]>;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
/**
 * `\b<a|b>\b` marks a whole-word group: the alternatives between the marks are words, not parts of
 * words. A lone `>\b` only ends a word.
 */
function re(source: string): RegExp {
  let open = 0;
  const out = source.replace(/\\b<|>\\b/g, (mark) => {
    if (mark !== '>\\b') {
      open++;
      return `${B}(?:`;
    }
    if (open > 0) {
      open--;
      return `)${E}`;
    }
    return E;
  });
  return new RegExp(out, 'iu');
}

export const ANSWER_TYPE_CUES: readonly TypeCue[] = [
  {
    type: 'timeline',
    cues: {
      en: [
        re('\\b<(list|put)>\\b.*\\b<(order|chronolog\\p{L}*|dates)>\\b'),
        re('\\b<chronolog\\p{L}*|timeline|in (chronological |what |which )?order>\\b'),
        re('\\b<how did .+ (change|evolve|develop|unfold)|sequence>\\b'),
        re('\\b<which came first|what happened (first|earlier)|which (happened|was) (first|earlier)>\\b'),
        // Several dates asked: each with its event.
        re('\\b<(on |in )?(which|what) (dates|days)>\\b'),
        // "Give the key dates", "with dates and venues", "<the calls> + dates?": several events, each dated.
        re('\\b<(give|with|provide|include|and|plus|\\+) (the |their |its )?(key |exact )?dates>\\b'),
        re('\\b<dates>\\b\\s*\\??\\s*$'),
        re('\\b<dates (of|for)>\\b'),
        // "Give the original departure date and both new dates": an imperative asking several dates.
        re('\\b<give|list|name|provide>\\b[^.?]{0,60}\\b<dates>\\b'),
        // "List the four stages with the date each was completed": a date for each of several events.
        re('\\b<(the |its |their )?(date|day) (each|of each|on which each|when each)>\\b'),
        re('\\b<(develop|evolve|unfold)(ed)? over time>\\b'),
        // "What rounds took place …, and when …?": a list of events asked with their dates.
        re('^\\s*(which|what) ([^\\s]+ ){0,2}\\p{L}+(s|es) .*\\b<and when>\\b'),
        re('\\b<when (did|was|were) each|dates and (venues|places|locations|cities)>\\b'),
        re('\\b<(which|what) (event|step|development) (came|happened|was) first>\\b'),
      ],
      ru: [
        re('хронолог|по порядку|в каком порядке|в хронологическом'),
        re('что (произошло|случилось|было) раньше|что раньше'),
        re('\\b<последовательност\\p{L}*|как менял\\p{L}*|как изменял\\p{L}*|как развивал\\p{L}*>\\b'),
        re('\\b<перечислите>\\b.*\\b<дат\\p{L}*>\\b'),
        re('\\b<в какие (дни|даты)|какие (даты|дни)>\\b'),
        re('\\b<(укажите|назовите|приведите|с|по) (\\p{L}+ )?(датами|даты|датам)>\\b'),
        re('\\b<даты>\\b\\s*\\??\\s*$'),
        re('\\b<назовите|укажите|приведите|перечислите>\\b[^.?]{0,60}\\b<даты|датами>\\b'),
        re('\\b<(дат\\p{L}*|день) (каждого|каждой|каждому)>\\b'),
        re('^\\s*(какие|каких) .*\\b<и когда>\\b'),
        re('\\b<даты и места|когда и где прош\\p{L}* каждый>\\b'),
        // "Вендт: даты задержания, приговора и освобождения?": dates of several events, listed.
        re('\\b<даты>\\b\\s+[^?]*,'),
        re('\\b<как(ое|ой) (событие|шаг) (было|произош\\p{L}*|случил\\p{L}*) (первым|раньше)>\\b'),
      ],
    },
  },
  {
    type: 'count',
    cues: {
      en: [
        re('\\b<how (many|much|long|far|big|large|high|tall|deep|wide|old)>\\b'),
        re(
          '\\b<what (is|was|were) the (total |combined |overall )?(number|amount|sum|value|size|share|length|volume|cost|price|figure|capacity|percentage)>\\b',
        ),
        re(
          '\\b<(what|which) (total |combined |overall )?(number|amount|sum|percentage|share|figure|price|cost|value|fee|fine|salary|budget|bail|bond|deposit|security deposit|ransom|compensation|surety|tonnage|quantity)>\\b',
        ),
        // "What monthly rent does it pay?", "what annual fee": a sum asked by its noun and its period.
        re(
          '\\b<(what|which) (monthly|annual|yearly|daily|weekly|average|minimum|maximum) (rent|fee|salary|wage|price|cost|payment|tariff|subsidy)>\\b',
        ),
        re('\\b<by how much|to what (level|number|size)>\\b'),
        // "From what height did the cabin fall?", "by what margin": a measure asked after its preposition.
        re('\\b<(from|to|at|by|with) (what|which) (height|depth|altitude|distance|speed|temperature|margin)>\\b'),
        // "What interest rate will the bank charge?", "What water level was recorded?": a measure asked by its
        // noun ("what level of talks" asks a rank, not a measure).
        re('\\b<(what|which) rate>\\b'),
        re('\\b<(what|which) level>\\b(?! of)'),
        // "Varnel bank loan interest rate?", "Kestov enclave population?": a measure asked as a noun phrase.
        re(
          '^(?!.*\\b(what|which|who|whom|whose|why|how|where|when)\\b)[^?]*\\b<(interest rate|exchange rate|rate|population|turnout|death toll|toll)>\\b\\s*\\?\\s*$',
        ),
        re("\\b<(what|which) ([\\p{L}'’-]+ ){1,3}(rate|level)>\\b"),
        // A prison term is a duration: "what sentence did he receive".
        re('\\b<what (prison |jail )?(sentence|term)>\\b'),
        // "What was the unit price of …", "What was the left bank's gas consumption …": a quantity named after "what was".
        re(
          "\\b<what (is|was|were|will be) (the )?([\\p{L}'’-]+ ){0,3}(number|amount|sum|value|size|share|length|volume|cost|price|figure|capacity|percentage|proportion|duration|age|debt|consumption|population|turnout|toll|total|sentence|height|depth|width|distance|rate)>\\b",
        ),
        re('\\b<what (part|share|proportion|percentage) of|what is it costing|how large>\\b'),
        // Asked as a noun phrase, as in a chat: "Number of drivers freed in May?", "price per scanner?".
        re(
          '^\\s*(the )?(total |exact |overall |unit )?(number|amount|count|price|cost|length|duration|value) (of|per|for)>\\b',
        ),
        re('\\b<(sentence|prison term|term) length|price per>\\b'),
        // "US offer price for the mine?": a quantity named in a question without a question word.
        re(
          '^(?!.*\\b(what|which|who|whom|whose|why|how|where|when)\\b)[^?]*\\b<(price|cost|number|amount|value) (of|per|for)>\\b',
        ),
        // "What did the operator spend on the repair?", "What does the government pay per flight?": a sum.
        re("\\b<what (does|did|do|will|would|is|was|were) ([\\p{L}'’.-]+ ){1,6}(pay|spend|cost|earn)>\\b"),
        re('^(?!.*\\b(what|which|who|whom|whose|why|how|where|when)\\b)[^?]*\\b<(price|cost) to>\\b'),
        re("\\b<[\\p{L}-]+['’]s (prison |jail )?(sentence|term)|sentenced to\\??\\s*$>\\b"),
        // "What was Vendt sentenced to by the court in Kestov?": the term, however the question goes on.
        re("\\b<what (was|were|is|has|had) ([\\p{L}'’-]+ ){1,5}(sentenced|jailed|imprisoned) to>\\b"),
      ],
      ru: [
        re('\\b<сколько|как долго>\\b'),
        re(
          '\\b<(какую|какой|какова|каков|каково) (\\p{L}+ )?(сумм\\p{L}*|объ[её]м\\p{L}*|численност\\p{L}*|дол\\p{L}*|размер\\p{L}*|длин\\p{L}*|протяж[её]нност\\p{L}*|стоимост\\p{L}*|цен\\p{L}*|мощност\\p{L}*|высот\\p{L}*|глубин\\p{L}*|ширин\\p{L}*|расстояни\\p{L}*)>\\b',
        ),
        re('\\b<на какую сумму|до какой (численности|суммы|величины)|во сколько|на сколько>\\b'),
        // "Какова ставка по кредиту?", "Каков уровень воды?" ("в какой день уровень …" asks a day).
        re('\\b<(какую|какой|какова|каков) (ставк\\p{L}*|уровень)>\\b'),
        // A sum of money named by what it is: "Какой штраф назначил суд", "Какой залог внесли".
        re('\\b<(какой|какую|каков|какова) (\\p{L}+ )?(штраф\\p{L}*|залог\\p{L}*|компенсаци\\p{L}*|выкуп\\p{L}*)>\\b'),
        // A prison term or a mandate is a duration: "к какому сроку приговорили", "на какой срок продлили".
        // ("Когда и на какой срок ...?" asks the date first.)
        re('^(?!\\s*когда\\s).*\\b<к какому сроку|на какой срок|к скольким годам>\\b'),
        // "Число освобождённых в мае?", "Количество задержанных?": asked as a noun phrase.
        re('^\\s*(общее |точное )?(число|количество|численность)>\\b'),
        // "Какое количество …", "Каков возраст …", "Какой процент …", "Какова продолжительность …".
        re(
          '(?<!на\\s)\\b<(какое|какой|какая|какую|каков|какова|каково|каковы) (\\p{L}+ )?(число|количество|процент\\p{L}*|дол[яию]|возраст\\p{L}*|продолжительност\\p{L}*|длительност\\p{L}*|численност\\p{L}*|стоимост\\p{L}*|цен[аыу]|сумм[аыу]|размер\\p{L}*)>\\b',
        ),
        re('\\b<почём|почем|во что обош\\p{L}*|во сколько обош\\p{L}*>\\b'),
        re('[—–:,-]\\s*(цена|стоимость|сумма|число|количество)\\p{L}*(\\s+\\p{L}+)?\\s*\\??\\s*$'),
        // A prison term handed down: "Какой срок назначил суд", "Какой срок получил".
        re('\\b<какой срок (\\p{L}+ ){0,2}(назначил\\p{L}*|получил\\p{L}*|дали|присудил\\p{L}*)>\\b'),
      ],
    },
  },
  {
    type: 'date',
    cues: {
      en: [
        re('^\\s*when>\\b'),
        re('\\b<(what|which) (date|day|year|month)>\\b'),
        re('\\b<(what|which) (\\p{L}+ ){1,3}(date|dates|day|deadline)>\\b'),
        // "Since what date", "until when"; not "from what height" (a measure) or "by what margin" (a count).
        re('\\b<(until|by|since|from) (when|(what|which) (date|day|time|year|month|point))>\\b'),
        re('\\b<when (did|was|were|will|is|are|does|do|has|had)>\\b'),
        re('\\b<what (is|was|will be) the (\\p{L}+ ){0,3}(date|day|deadline)>\\b'),
        re('^\\s*(the )?(exact|precise) (\\p{L}+ )?(date|day)>\\b'),
        // "Vendt freed when?", "the third call, when?": the question word last, as in a chat.
        re('\\b<when>\\b\\s*\\??\\s*$'),
        // "Date of the talks?", "Vendt visit date?": asked as a noun phrase.
        re('^(?!.*\\b<what|which|who|whom|why|how|where>\\b)[^?]*\\b<date of>\\b'),
        re('^(?!\\s*(what|which|who|whom|why|how|where)\\s)[^?]*\\b<date>\\b\\s*\\??\\s*$'),
      ],
      ru: [
        re('\\b<когда>\\b'),
        re(
          '\\b<какого числа|в какой день|в какие дни|на какое число|до какого (числа|срока|времени)|с какого (числа|времени|дня)|в каком (году|месяце)>\\b',
        ),
        re('\\b<(какая|какой) (дата|день|срок)>\\b'),
        re('\\b<(какой|какую|каких) (\\p{L}+ )?(даты|дату|дат|числа)>\\b'),
        // "Дата визита Вендта?": asked as a noun phrase.
        re('^\\s*(точная )?дата>\\b'),
        re('\\b<точн\\p{L}+ (дата|дату|день|число)>\\b'),
        // "Какую точную дату …", not "Какой министр … в день задержания …" (the day the act was on).
        re('\\b<(какой|какая|какую) (\\p{L}+ ){0,4}(?<!\\s(в|во|на) )(дата|дату|день)>\\b'),
      ],
    },
  },
  {
    type: 'role',
    cues: {
      en: [
        re('\\b<what (post|position|title|job|role|office)>\\b'),
        // "Who is Anna Varnel?", "who is anna varnel": a name of one to three words. Not "Who is the special
        // envoy?" nor "Who is Vendt's envoy?": those ask for a person (the pattern is case-blind, so an
        // article or a possessive tells them apart, not a capital).
        re('^\\s*who (is|was)\\s+(?!(?:the|a|an|this|that|its|his|her|their)\\s)([\\p{L}-]+\\s*){1,3}\\??\\s*$'),
        re("^[^—–:,]{3,60}[—–:,]\\s*(who(['’]s| is) (that|this|he|she)|who (is|was) (he|she))\\s*\\??\\s*$"),
      ],
      ru: [
        re('\\b<как(ую|ой|ая) (должность|пост)|кем (является|был|была|работает|работал)>\\b'),
        re('^\\s*кто так(ой|ая|ие)>\\b'),
        // "Илья Вендт — кто это?", "ilka vendt — who's that?": a name, then who it is.
        re('^[^—–:,]{3,60}[—–:,]\\s*(кто (это|он|она|такой|такая)|кем (он|она) (является|был|была))\\s*\\??\\s*$'),
      ],
    },
  },
  {
    type: 'place',
    cues: {
      en: [
        re('^\\s*where>\\b'),
        re(
          '\\b<(in|at|to|from) (which|what) (town|city|country|place|village|region|province|capital|venue|port|border crossing|checkpoint)>\\b',
        ),
        re(
          '\\b<(which|what) (town|city|country|place|village|region|province|capital|venue|prison|jail|colony|penal colony|camp|port|airport|hospital|hotel|building|detention centre|detention center|facility)>\\b',
        ),
        re('\\b<where (did|was|were|will|is|are|does|do)>\\b'),
        re('^\\s*(the )?(place|location|venue) of>\\b'),
        re('\\b<where>\\b\\s*\\??\\s*$'),
      ],
      ru: [
        re('\\b<где|куда|откуда>\\b'),
        re(
          '\\b<(в|на|из) (каком|какой|какую|какие|каких) (\\p{L}+(ом|ем|ой|ей|ую|юю|ие|ые|их|ых) )?(город\\p{L}*|стран\\p{L}*|мест\\p{L}*|регион\\p{L}*|област\\p{L}*|пункт\\p{L}*|столиц\\p{L}*|тюрьм\\p{L}*|колони\\p{L}*|изолятор\\p{L}*|лагер\\p{L}*|порт\\p{L}*|аэропорт\\p{L}*|больниц\\p{L}*|гостиниц\\p{L}*|отел\\p{L}*|здани\\p{L}*)>\\b',
        ),
        re('\\b<(какой|какая|каком) (город|страна|место)>\\b'),
        re('^\\s*место (проведения )?(встреч|переговор|визит|саммит|подписани)\\p{L}*'),
        re('^\\s*(города|страны|места) (\\p{L}+ )?(заседани|встреч|переговор|визит|проведени|саммит)\\p{L}*'),
      ],
    },
  },
  {
    type: 'reason',
    cues: {
      en: [
        re('^\\s*why>\\b'),
        re('\\b<how did .+ (explain|justify)|what (caused|prompted|triggered|led to)>\\b'),
        re('\\b<what (was|is|were) the (main )?(reason|cause|explanation)|for what reason|what caused>\\b'),
        re('\\b<why>\\b'),
        re('^\\s*(the )?(main )?(reason|cause)s? (for|of|behind)>\\b'),
        re('^\\s*what\\b.{0,60}\\b<(main |chief |real )?(reason|cause)s?>\\b'),
      ],
      ru: [
        re('\\b<что (вызвало|привело|послужило)|чем (вызван\\p{L}*|объясня\\p{L}*)>\\b'),
        re(
          '^\\s*(главная )?причин\\p{L}*\\s|\\b<(какова|каковы|какая|какие|в ч[её]м) (\\p{L}+ )?причин\\p{L}*|почему|зачем|по какой причине|из-за чего|чем (\\S+ ){0,3}(объяснил\\p{L}*|объясня\\p{L}*|мотивир\\p{L}*)|в ч[её]м причин\\p{L}*>\\b',
        ),
      ],
    },
  },
  {
    type: 'person',
    cues: {
      en: [
        re('^\\s*(who|whom|whose)>\\b'),
        re('\\b<(who|whom)>\\b'),
        re('\\b<what (is|was|are|were) the names?|name the>\\b'),
        // "What is Vendt's sister called?", "Vendt sister name?".
        re("\\b<what (is|was|are|were) ([\\p{L}'’-]+ ){1,4}called>\\b"),
        re('\\b<name>\\b\\s*\\??\\s*$'),
      ],
      ru: [
        re('\\b<кто|кого|кому|кем|чей|чья|как зовут|как звали|назовите имя|фамили\\p{L}*>\\b'),
        re('^\\s*(имя|имена)>\\b'),
      ],
    },
  },
  {
    type: 'yesno',
    cues: {
      en: [
        re('^\\s*(did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|must)>\\b'),
        re(',\\s*(did|does|do|is|are|was|were|has|have|had|will|would|can|could)\\s+(the|a|an|he|she|it|they|\\p{Lu})'),
        re('\\b<or not>\\b\\s*\\??\\s*$'),
      ],
      ru: [re('\\b<ли>\\b'), re('^\\s*(правда|верно),? что>\\b'), re(',?\\s*или нет\\s*\\??\\s*$')],
    },
  },
  {
    type: 'event',
    cues: {
      en: [
        re(
          '\\b<what (happened|took place|was (achieved|agreed|decided|signed))|what did .+ (do|decide|agree|sign|announce|say)|how did .+ (react|respond|end)>\\b',
        ),
        re('\\b<what (events|developments) (took place|happened|occurred)|what came out of|reaction to>\\b'),
      ],
      ru: [
        re(
          '\\b<что (произошло|случилось|сделал\\p{L}*|решил\\p{L}*|подписал\\p{L}*|заявил\\p{L}*|было достигнуто|достигнут\\p{L}*)|как (отреагировал\\p{L}*|ответил\\p{L}*|закончил\\p{L}*)|чем (закончил\\p{L}*|заверш\\p{L}*)>\\b',
        ),
        re(
          '\\b<как(ие|ое) (\\p{L}+ )?событи\\p{L}* (\\p{L}+ )?(произошл\\p{L}*|случил\\p{L}*|состоял\\p{L}*)|что было>\\b',
        ),
      ],
    },
  },
  {
    type: 'list',
    cues: {
      en: [
        re('^\\s*(which|what)\\s+\\p{L}+'),
        re('\\b<(list|name|which)>\\b'),
        // "the Kestov meeting: topics?": the things asked, named last.
        re('[:—–-]\\s*(topics|issues|subjects|terms|demands|points)\\s*\\??\\s*$'),
      ],
      ru: [
        // "В какой компании застрахован порт?": a preposition before the question word asks the same thing.
        re('^\\s*((в|во|на|у|от|из|для|через) )?(как(ие|ой|ая|ое|их|им|ую|ом|ого|ому|ими))>\\b'),
        re('\\b<перечислите|назовите|какие>\\b'),
      ],
    },
  },
];

/** The expected answer type of a (cleaned) question. */
export function answerTypeOf(asked: string, lang: Lang): AnswerType {
  // "Why, according to Baku, were ...": a parenthetical source is not a clause of the question.
  const question = asked
    .replace(
      /,?\s*(?:according to|in the view of|in the opinion of|in [\p{L}-]+['’]s (?:view|opinion)|по мнению|по словам|по данным|по оценке|согласно)\s?[^,?]*,?/giu,
      ' ',
    )
    // "Do the sources agree?", "Совпадают ли данные источников?" closing a question asks no yes or no of its own.
    .replace(CLOSING_AGREEMENT, '?')
    // "кого-то", "кто-нибудь", "когда-то": someone, not who.
    .replace(/(?<![\p{L}])(кто|кого|кому|кем|что|чего|чему|где|куда|когда)-(то|нибудь|либо)(?![\p{L}])/giu, 'некто')
    .replace(/\s{2,}/g, ' ');
  const other: Lang = lang === 'en' ? 'ru' : 'en';
  const byCue = (l: Lang) => typeByCue(question, l);
  // "Был ли ..., когда ...?", "When it announced it, did the White House ...?": the main clause asks yes or no.
  const yesno = ANSWER_TYPE_CUES.find((e) => e.type === 'yesno') as TypeCue;
  const asksWh = /^\s*(сколько|кто|когда|где|почему|how many|who|when|where|why)(?![\p{L}])/iu.test(question);
  const mainClause = /,\s*(did|does|do|is|are|was|were|has|have|had|will|would|can|could)\s/iu.exec(question);
  // "At which round, and on what date, did they agree …?": question words listed before it, no clause.
  const listedAsks =
    mainClause !== null &&
    question
      .slice(0, mainClause.index)
      .split(',')
      .every((part) => LISTED_QUESTION_WORD.test(part) || ASIDE.test(part));
  const mainClauseAsks = mainClause !== null && !listedAsks;
  if (yesno.cues[lang].some((r) => r.test(question)) && !listedAsks && (!asksWh || mainClauseAsks)) return 'yesno';
  // "Почему не удалось накопить столько, сколько планировали?", "По какой причине он остался, когда других
  // отпустили?": a question opening with why asks a reason, whatever clause follows.
  if (REASON_OPENING.test(question)) return 'reason';
  // A question typed in Latin letters about a Russian text, or the reverse, may use the other's cues.
  const cued =
    openingClauseType(question, lang) ?? byCue(lang) ?? byCue(other) ?? withCorrectedCue(question, lang) ?? 'about';
  if (cued === 'about' && asksRoleHolder(question)) return 'person';
  if (cued === 'about' && lang === 'ru' && statesAnAct(question)) return 'yesno';
  if (cued !== 'list' && cued !== 'about' && cued !== 'person') return cued;
  return headNounType(question) ?? cued;
}

/** The type of the first cue of the language the question has. */
function typeByCue(question: string, lang: Lang): AnswerType | undefined {
  return ANSWER_TYPE_CUES.find((entry) => entry.cues[lang].some((r) => r.test(question)))?.type;
}

/** A question word opening a question, then a clause of its own before a comma. */
const OPENING_WH = /^\s*(куда|откуда|где|когда|кто|сколько|where|when|who|how many|how much)(?![\p{L}])/iu;

/**
 * "Куда собирался лететь Хюттнер, когда его задержали?": the opening question word asks, whatever
 * question word a later clause has ("когда" here says when he was going, it asks nothing).
 */
function openingClauseType(question: string, lang: Lang): AnswerType | undefined {
  if (!OPENING_WH.test(question)) return undefined;
  const comma = question.indexOf(',');
  if (comma < 0) return undefined;
  const opening = question.slice(0, comma);
  if (opening.trim().split(/\s+/).length < 3) return undefined;
  return typeByCue(`${opening}?`, lang);
}

/** A question word that asks a reason, opening the question. */
const REASON_OPENING = /^\s*(why|for what reason|почему|зачем|отчего|по какой причине|из-за чего)(?![\p{L}])/iu;

/** A closing second question about the sources' agreement: "… ? Do the sources agree (on the number)?". */
const CLOSING_AGREEMENT =
  /\?\s*(?:(?:do|did|are|were|is|does) (?:the |all )?(?:sources|reports|documents|figures|accounts|data|numbers)\b[^?]*|(?:совпадают|сходятся|расходятся|согласуются|совпадает) ли(?![\p{L}])[^?]*|(?:и )?(?:источники|данные) (?:совпадают|расходятся|сходятся)[^?]*)\?\s*$/iu;

/** An aside between a question word and its clause: "How long, in hours, did …", "How many, roughly, …". */
const ASIDE =
  /^\s*(in [\p{L}-]+|roughly|approximately|exactly|precisely|in total|overall|all told|примерно|приблизительно|точно|всего|([\p{L}-]+\s+){1,2}(included|excluded|aside)|(including|excluding|not counting|включая|не считая|в том числе)(\s+[\p{L}-]+){1,3})\s*$/iu;

/** A part before the main clause that is only a question word: "When", "and in which round", "on what date". */
const LISTED_QUESTION_WORD =
  /^\s*(and\s+)?((at|in|on|from|by|for|to|with|until)\s+)?(when|where|who|whom|which|what|how)(\s+\p{L}+){0,2}\s*$/iu;

/** Question words as typed in a hurry: "кагда", "сколка", "whn" are read as when, сколько, when. */
const CUE_WORDS: Record<Lang, string[]> = {
  en: ['when', 'where', 'who', 'which', 'what', 'why', 'how'],
  ru: ['когда', 'где', 'кто', 'какой', 'какие', 'почему', 'сколько', 'куда', 'зачем'],
};

function withCorrectedCue(question: string, lang: Lang): AnswerType | undefined {
  const first = question.match(/^\s*([\p{L}]+)/u)?.[1];
  if (!first || first.length < 3) return undefined;
  const word = first.toLowerCase();
  const fixed = CUE_WORDS[lang].find((cue) => cue !== word && cue.length >= 4 && editDistance(word, cue) === 1);
  if (!fixed) return undefined;
  const again = question.replace(first, fixed);
  return typeByCue(again, lang);
}

/**
 * "Which analyst ...", "Какой адвокат ...": a role noun after the question word asks for a person;
 * a place noun ("through which checkpoint", "в каком городе") for a place.
 */
function headNounType(question: string): AnswerType | undefined {
  const asked = question.match(
    /^\s*((?:(?:с|со|к|ко|о|об|от|у|для|при|за|по|возле|около|близ|near|outside|with|to|for|from|by|of)\s+)?(?:which|what|какой|какая|какое|какие|какого|какую|каким|какими|какому|каких)|в каком|в какой|через какой|through which|at which|in which)\s+(?:[\p{L}-]+\s+){0,2}([\p{L}-]+)/iu,
  );
  if (!asked) return undefined;
  // The head noun is the first word after the question word that is not a modifier: "which Yerevan
  // analyst" asks an analyst, but "какие темы обсуждали лидеры" asks topics, not leaders.
  const after = tokenize(asked[0].slice(asked[0].indexOf(asked[1] as string) + (asked[1] as string).length)).filter(
    // "С какими именно сенаторами": an emphasis is no head noun.
    (t) => !STOPWORDS.has(t.norm),
  );
  const head = after.findIndex((t) => !isModifier(t));
  const end = head < 0 ? after.length : head + 1;
  // "Какие рабочие группы": a phrase the head opens ("working group") is what is asked, not its first word's
  // other sense ("рабочие", workers).
  const phrases = conceptsOfTokens(after.slice(0, end + 1)).filter(
    (h) => h.from < end && h.to > end && !h.concept.startsWith('role_'),
  );
  const headHits = conceptsOfTokens(after.slice(0, end));
  // "полицейском участке": a role's word inside a longer phrase of a thing (a police station) is that thing's.
  const insideThing = (h: (typeof headHits)[number]) =>
    headHits.some(
      (o) => !o.concept.startsWith('role_') && o.from <= h.from && o.to >= h.to && o.to - o.from > h.to - h.from,
    );
  const words = headHits
    .filter((h) => !(h.concept.startsWith('role_') && (phrases.some((o) => o.from <= h.from) || insideThing(h))))
    .map((h) => h.concept);
  // "Какой производитель удобрений …", "which contractor": a title a company holds as often asks a company.
  const personal = words.some((c) => c.startsWith('role_') && !ORGANISATION_HELD.test(c));
  if (personal && !/^\s*(what|какое)(?![\p{L}])/iu.test(question)) return 'person';
  if (words.some((c) => /^(pol_city|trn_checkpoint|trn_border_crossing|trn_customs_post|pol_region)$/.test(c)))
    return 'place';
  // "В каком полицейском участке …", "at which hospital": a kind of place one is at, after a place preposition.
  const at = /^(в|на|at|in)\s/iu.test(asked[1] as string);
  if (at && [...words, ...phrases.map((h) => h.concept)].some((c) => PLACE_NOUN_CONCEPTS.includes(`c:${c}`)))
    return 'place';
  return undefined;
}

/**
 * "Northgate Energy CEO?", "us ambassador to varnelia?", "глава миссии ОБСЕ?": a noun phrase with no
 * question word and no verb, headed by a title, asks who holds it. The title is the head: last in its
 * phrase in English (before a preposition, a comma or the end: not "the FM's reaction"), the first
 * noun and in the nominative in Russian (not "среди учредителей").
 */
export function asksRoleHolder(question: string): boolean {
  return askedTitleHead(question) !== undefined;
}

/** The tokens [from, to) of the title a bare noun phrase asks the holder of (asksRoleHolder), if it asks one. */
export function askedTitleHead(question: string): { from: number; to: number } | undefined {
  const tokens = tokenize(question);
  if (tokens.length === 0 || tokens.length > 10) return undefined;
  if (INTERROGATIVE.test(question) || OTHER_SLOT.test(question) || tokens.some((t) => isVerbLike(t))) return undefined;
  return conceptsOfTokens(tokens).find((h) => {
    if (!h.concept.startsWith('role_') || ORGANISATION_HELD.test(h.concept)) return false;
    const last = tokens[h.to - 1] as Token;
    if (/[а-яё]/i.test(last.norm)) {
      // The first noun of the phrase: "Обвинение Вендту — дата?" asks a date, not the holder of a title.
      const head = tokens.findIndex((t) => !/^(ADJF|ADJS|PRTF|NUMR)$/.test(partOfSpeech(t.norm) ?? ''));
      return head >= h.from && head < h.to && (casesOf(last.norm)?.has('nomn') ?? false);
    }
    const next = tokens[h.to];
    const gap = question.slice(last.end, next?.start ?? question.length);
    return !/^['’]/.test(gap) && (!next || /[,—–:-]/.test(gap) || PHRASE_AFTER_HEAD.test(next.norm));
  });
}

/**
 * "Сразу после задержания кого-то из экипажа арестовали?", "Переход на конец октября открыт?": a Russian
 * statement asked with a question mark alone, its verb past or future or a short participle or adjective,
 * asks yes or no. (A present-tense verb may be a request: "Подскажите дату …".)
 */
function statesAnAct(question: string): boolean {
  if (INTERROGATIVE.test(question) || OTHER_SLOT.test(question)) return false;
  return tokenize(question).some(
    (t) => verbTense(t.norm) !== undefined || /^(PRTS|ADJS)$/.test(dictionaryPartOfSpeech(t.norm) ?? ''),
  );
}

/** Question words in any of their forms ("скольких", "каким", "которого"). */
const INTERROGATIVE =
  /(?<![\p{L}])(what|which|who|whom|whose|when|where|why|how|кто|кого|кому|кем|что|чего|чему|чем|чём|ком|где|куда|откуда|когда|почему|зачем|ли|чей|чья|чьё|чьи|сколь\p{L}*|как\p{L}*|котор\p{L}*)(?![\p{L}])/iu;

/** A slot of another type named in the phrase: "Прокурор Вендт — дата обвинения?" asks a date. */
const OTHER_SLOT =
  /(?<![\p{L}])(дат[аыу]|день|дня|числ[оа]|срок\p{L}*|сумм\p{L}*|количеств\p{L}*|причин\p{L}*|мест[оа]|date|dates|day|number|amount|reason|place|venue|price|cost|value)(?![\p{L}])/iu;

/** A question with a verb asks of an act ("Кештов подозревают в …?", "charges dropped?"), not who holds a title. */
function isVerbLike(t: Token): boolean {
  if (/[а-яё]/i.test(t.norm)) return /^(VERB|INFN|PRTF|PRTS|GRND)$/.test(partOfSpeech(t.norm) ?? '');
  return /^(is|are|was|were|be|been|did|does|do|has|have|had|will|would|can|could|should)$|.{3}ed$/.test(t.norm);
}

/** Titles a company holds as often as a person: "northgate star owner and manager?" asks companies. */
const ORGANISATION_HELD =
  /^role_(owner|manager|operator|supplier|contractor|buyer|seller|investor|shareholder|sponsor|creditor|lender|insurer|carrier|partner|member|founder|customer|client|provider|producer|importer|exporter|shipper|charterer|agent)$/;

/** Words that begin a phrase after an English head noun ("ambassador *to* Armenia", "predecessor *at* …"). */
const PHRASE_AFTER_HEAD = /^(to|at|of|in|for|on|from|with|during|since|under|over|and)$/;

/** An adjective or a name before a head noun ("американский", "Yerevan", "environmental"). */
function isModifier(t: Token): boolean {
  if (/[а-яё]/i.test(t.norm)) return /^(ADJF|PRTF|NUMR|ADJS)$/.test(partOfSpeech(t.norm) ?? '');
  // "which eu commissioner", "which us envoy": a country or an organisation typed in lower case.
  if (conceptsOfTokens([t]).some((h) => h.concept.startsWith('geo_'))) return true;
  return t.capitalized || /(al|ian|ese|ish|ic|ive|ern|ary)$/.test(t.norm);
}

/** Words that ask rather than tell: they never count as a question's content. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'when',
  'what',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'why',
  'how',
  'many',
  'much',
  'date',
  'day',
  'list',
  'name',
  'order',
  'chronological',
  'put',
  'according',
  'exactly',
  'did',
  'does',
  'do',
  'dates',
  'когда',
  'какой',
  'какая',
  'какое',
  'какие',
  'каких',
  'каким',
  'какими',
  'какому',
  'какую',
  'каком',
  'какого',
  'кто',
  'кого',
  'кому',
  'кем',
  'где',
  'куда',
  'откуда',
  'почему',
  'зачем',
  'сколько',
  'ли',
  'число',
  'числа',
  // "What number of …", "Какое количество …": how many in other words; "the main reason …": why.
  'number',
  'количество',
  'reason',
  'reasons',
  'причина',
  'причины',
  'причиной',
  'день',
  'дата',
  'дату',
  'назовите',
  'перечислите',
  // Requests that ask rather than tell: "Укажите даты", "Опишите по датам", "Specify the day".
  'укажите',
  'приведите',
  'опишите',
  'восстановите',
  'уточните',
  'describe',
  'specify',
  'indicate',
  'порядке',
  'порядку',
  'хронологическом',
  'зовут',
  'каково',
  'какова',
  'каков',
  'чем',
  'что',
  'мнению',
  'словам',
  'данным',
]);
