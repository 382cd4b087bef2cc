import { describe, expect, it } from 'vitest';
import { type AnswerType, answerTypeOf } from '../../../src/knowledge/answer/answer-types.ts';

/** The expected answer type of invented questions in both languages, negatives included. */
describe('answerTypeOf', () => {
  it.each<[string, AnswerType]>([
    ['When did the minister arrive in Astana?', 'date'],
    // Asked as a noun phrase, as in a chat.
    ['Vendt visit date?', 'date'],
    ['Release date of the drivers', 'date'],
    ['Дата визита Вендта?', 'date'],
    ['Number of drivers freed in May?', 'count'],
    // A measure after a preposition is no date: "from what" asks a date only of a date word.
    ['From what height did the Varnel cabin fall to the ground?', 'count'],
    ['By what margin did Vendt win the runoff?', 'count'],
    ['Since what date has the Kestov crossing been closed?', 'date'],
    ['From what port did the Lorin Star sail?', 'place'],
    ['Число освобождённых в мае?', 'count'],
    ['Количество задержанных судов?', 'count'],
    ['Place of the signing?', 'place'],
    ['Место встречи министров?', 'place'],
    // A place asked by its kind, with a word between: "из каких американских аэропортов", "в какую тюрьму".
    ['Из каких варнельских аэропортов вылетали рейсы?', 'place'],
    ['В какую тюрьму переведут Вендта?', 'place'],
    ['Which prison was Vendt moved to?', 'place'],
    // A kind of place one is held at, after a place preposition; a role's word inside its phrase is no person asked.
    ['В каком полицейском участке содержали Вендта после ареста?', 'place'],
    ['В каком посольстве укрывался Кестов?', 'place'],
    // A place asked by what it is near.
    ['Возле какого города находится рудник Варнел?', 'place'],
    ['Near which town is the Varnel mine?', 'place'],
    // A company asked after a preposition is no place, though a place noun follows it: the word between
    // the question word and a place noun is an adjective ("в каком морском порту"), not a noun of its own.
    ['В какой компании порт Лорин застрахован от киберрисков?', 'list'],
    ['В каком морском порту задержали танкер?', 'place'],
    ['У какой компании Кестов купил акции?', 'list'],
    // A closing question about the sources' agreement asks no yes or no of its own; an aside after the
    // question word ("How long, in hours, did …") is no clause of its own.
    ['Какой объём газа получил Кештов в марте? Совпадают ли данные источников?', 'count'],
    ['How many drivers were freed in May? Do the sources agree on the number?', 'count'],
    ['How long, in hours, did the talks in Northgate last?', 'count'],
    ['Совпадают ли данные источников о числе освобождённых?', 'yesno'],
    // "кого-то" is someone, not whom: the statement asks yes or no.
    ['Сразу после задержания кого-то из экипажа арестовали?', 'yesno'],
    // A sum asked by what it is.
    ['Какой штраф суд назначил капитану?', 'count'],
    // A sum asked by its noun and its period.
    ['What monthly rent does Varnel Air pay Orvik Lease for each aircraft?', 'count'],
    ['What annual fee does the operator pay the state?', 'count'],
    // The opening question word asks; a clause after a comma with "когда" or "when" only says when.
    ['Куда собирался лететь Вендт, когда его задержали в аэропорту Кестова?', 'place'],
    ['Where was Vendt flying to when he was detained, and who detained him?', 'place'],
    ['Who met Vendt in Kestov, when the talks resumed?', 'person'],
    // "В день задержания" dates the act; the person is what is asked. "Какую точную дату" asks a date.
    ['Какой министр вечером в день задержания танкера заявил журналистам о нарушении?', 'person'],
    ['Какую точную дату назвал министр Вендт?', 'date'],
    ['What bail did the court set for Vendt?', 'count'],
    ['Reason for the delay?', 'reason'],
    ['Причина отсрочки саммита?', 'reason'],
    // The question word last, or after a dash, as typed in a chat.
    ['Vendt freed from custody when?', 'date'],
    ['the third Vendt–Kestov call, when?', 'date'],
    ['Вендт и Кестов, встреча в апреле — какой это был день?', 'date'],
    ['Ilka Vendt — who is that?', 'role'],
    ['Илья Вендт — кто это?', 'role'],
    ['Kestov talks, where?', 'place'],
    ['Города заседаний комиссии, март–июль?', 'place'],
    // Quantities named after "what was", "какое число", "каков возраст".
    ['What was the unit price of a Northgate scanner?', 'count'],
    ["What was the left bank's gas consumption in January?", 'count'],
    ['What part of the package is earmarked for households?', 'count'],
    ['price per scanner?', 'count'],
    ['Varnel offer price for the Kestov mine?', 'count'],
    ['kestov: number of drivers freed?', 'count'],
    ['What was captain Vendt sentenced to by the court in Northgate?', 'count'],
    ['What has Vendt been sentenced to in Kestov?', 'count'],
    // Asked with a question word, "price for" is one word of many.
    ['Who paid the price for the Kestov mine?', 'person'],
    ['Какое число наблюдателей имеет немецкое гражданство?', 'count'],
    ['Каков возраст адвоката Вендта?', 'count'],
    ['Какой процент избирателей поддержал поправки?', 'count'],
    ['Какова была продолжительность разговора?', 'count'],
    ['Почём газ в Кештове после повышения тарифа?', 'count'],
    ['Ремонт кабеля — цена?', 'count'],
    ['Какой срок назначил суд капитану?', 'count'],
    // A measure asked by its noun is a number; a level of talks is not, and "в какой день уровень …" asks a day.
    ['What interest rate will the Varnel bank charge on the loan?', 'count'],
    ['What was the water level of the Kestov reservoir on 1 October?', 'count'],
    ['Какова ставка по кредиту Варнельского банка?', 'count'],
    ['Каков уровень воды в Кештовском водохранилище?', 'count'],
    ['What rate of interest will the Varnel bank apply to the loan?', 'count'],
    ['Varnel bank loan interest rate?', 'count'],
    ['Kestov enclave population?', 'count'],
    ['What level of funding did Kestov ask for?', 'list'],
    ['At what level of government were the Kestov talks held?', 'about'],
    ['В какой день уровень воды в Кештове был самым высоким?', 'date'],
    // "На какое число" asks a date, not a number.
    ['На какое число назначили саммит?', 'date'],
    ['What is the precise September date of the summit?', 'date'],
    ['exact date Varnel started the checks?', 'date'],
    ['Вендт — точная дата задержания?', 'date'],
    ['Какой в итоге стала крайняя дата регистрации?', 'date'],
    // Several events, each with its date.
    ['How did the sanctions on Northgate Air develop over time? Give the key dates.', 'timeline'],
    ['Vendt–Kestov phone calls + dates?', 'timeline'],
    ['dates of the minister’s trip to Kestov?', 'timeline'],
    ['Какие раунды переговоров прошли в Кештове и когда?', 'timeline'],
    ['What phone conversations of Vendt do the documents mention, and when did each take place?', 'timeline'],
    ['Как развивалась забастовка докеров в Лорине: когда она началась и когда закончилась?', 'timeline'],
    ["How did the Kestov dockers' strike unfold?", 'timeline'],
    ['Kestov rounds, Jan–Jun: dates and venues', 'timeline'],
    ['The first cruise was postponed twice. Give the original departure date and both new dates.', 'timeline'],
    ['Открытие моста дважды переносили. Назовите первоначальную и обе новые даты.', 'timeline'],
    ['Вендт: даты задержания, приговора и освобождения?', 'timeline'],
    ['List the three stages of reopening the Kestov line with the date each was completed.', 'timeline'],
    ['Назовите этапы восстановления систем Варнела и дату каждого из них.', 'timeline'],
    ["vendt's sentence from the kestov court?", 'count'],
    ['Vendt–Kestov meeting: topics?', 'list'],
    ['exact sept date for the summit?', 'date'],
    // A source named first, as a parenthesis: "Согласно …", "In Vendt's view".
    ['Согласно телеграм-каналу, какой банк остался под санкциями?', 'list'],
    ["In Vendt's view, why was the summit postponed?", 'reason'],
    ['Опишите по датам, как развивалось дело Вендта.', 'timeline'],
    ['Which event came first: the summit or the strike? Give dates.', 'timeline'],
    // Names, reasons, events and yes/no in other words.
    ["What is Vendt's sister called?", 'person'],
    ['Vendt sister name?', 'person'],
    ['What are the names of the two other detained engineers?', 'person'],
    ['Имя капитана сухогруза?', 'person'],
    ['What does Vendt see as the chief reason for the delay?', 'reason'],
    ['What events took place in Varnel in September?', 'event'],
    ['Какие события произошли в Кештове в ноябре?', 'event'],
    ['Кештов и Варнел, ноябрь — что было?', 'event'],
    ["the minister's reaction to the mission being extended?", 'event'],
    ['Vendt got his passport back or not?', 'yesno'],
    // Question words listed before the main clause ask what they ask; a clause before it asks yes or no.
    ['At which round, and on what date, did Kestov and Varnel agree on the power supply?', 'date'],
    ['When, and in which round, did Kestov and Varnel agree on the power supply?', 'date'],
    ['When it announced the deal, did Kestov name the envoy?', 'yesno'],
    ['On Monday, did the talks in Varnel resume?', 'yesno'],
    // An aside between commas is no clause of its own: the verb after it is the question's.
    ['How many fishermen, skipper included, were aboard the trawler when it was stopped?', 'count'],
    ['How many people, including two children, were freed at Kestov?', 'count'],
    ['Сколько человек, включая двух детей, освободили в Кештове?', 'count'],
    ['When the talks ended, were the drivers freed?', 'yesno'],
    ['В Кештове подписали протокол или нет?', 'yesno'],
    // A date named in another question is not what it asks.
    ['What was agreed on that date?', 'event'],
    ['How many were freed on the date of the visit?', 'count'],
    ['On what date was the protocol signed?', 'date'],
    ['What was the original deadline for the tender?', 'date'],
    ['Какого числа подписали соглашение?', 'date'],
    ['До какой даты продлили мандат?', 'date'],
    ['How many drivers were released?', 'count'],
    ['How much did the bridge cost?', 'count'],
    ['Сколько человек освободили?', 'count'],
    ['На какую сумму заключён контракт?', 'count'],
    ['Какой ежемесячный объём газа согласовали?', 'count'],
    ['What price did the buyers offer for the plant?', 'count'],
    ['What fine did the court impose?', 'count'],
    ['Who chaired the working group?', 'person'],
    ['Which analyst explained the delay?', 'person'],
    ['Which Yerevan analyst explained the delay?', 'person'],
    ['which eu commissioner announced the package?', 'person'],
    ['Какой американский журналист взял интервью?', 'person'],
    // The head noun is the topics, not the leaders who discussed them.
    ['Какие темы обсуждали лидеры двух стран?', 'list'],
    ['Какой адвокат рассказал об освобождении?', 'person'],
    // A preposition before the question word: the role noun still asks for people.
    ['С какими политиками встречался посланник Варнела?', 'person'],
    ['Какому министру вручили приглашение?', 'person'],
    ['With which ministers did the envoy meet?', 'person'],
    ['С какими темами выступил министр?', 'about'],
    ['Кто возглавил делегацию?', 'person'],
    ['What position does Vendt hold?', 'role'],
    // "Who is <a name>?" asks a role; "Who is the envoy?" and "Who is Vendt's envoy?" ask a person.
    ['Who is Anna Varnel?', 'role'],
    ['who is anna varnel', 'role'],
    ['Who is the special envoy?', 'person'],
    ["Who is Vendt's special envoy?", 'person'],
    ['Where did the talks take place?', 'place'],
    ['Through which checkpoint did the convoy pass?', 'place'],
    ['Где находится штаб миссии?', 'place'],
    ['Why was the summit postponed?', 'reason'],
    ['Что вызвало протесты?', 'reason'],
    ['Чем совет объяснил сокращение миссии?', 'reason'],
    // Opened by why, whatever clause follows: a comparison's "сколько", a "когда" of another event.
    ['Почему Варнелю не удалось накопить столько воды, сколько он планировал в феврале?', 'reason'],
    ['По какой причине Вендт остался под стражей, когда 24 апреля других отпустили?', 'reason'],
    ['Why did Kestov store less water than the 40 billion cubic metres it planned?', 'reason'],
    ['Did the envoy meet the president?', 'yesno'],
    ['When it announced the delay, did the ministry name a new date?', 'yesno'],
    ['Был ли он на свободе, когда давал интервью?', 'yesno'],
    ['List the rounds of talks in chronological order.', 'timeline'],
    ['In what order were the three Kestov customs officers released?', 'timeline'],
    ['Как менялась дата выборов?', 'timeline'],
    ["On which dates was Kestov's foreign minister in Northgate?", 'timeline'],
    ['В какие дни министр был в Кештове?', 'timeline'],
    ['On which date did the minister arrive?', 'date'],
    // A prison term and a mandate's length are durations; asked with "when" first, a date.
    ['К какому сроку суд приговорил Вендта?', 'count'],
    ['На какой срок продлили мандат миссии?', 'count'],
    ['What prison sentence did Vendt receive?', 'count'],
    ['Когда и на какой срок суд приговорил Вендта?', 'date'],
    ['С какого дня рынок в Варнеле работает без ограничений?', 'date'],
    ['What happened in Astana on 28 May?', 'event'],
    ['Что произошло 15 августа?', 'event'],
    ['Which companies won the contracts?', 'list'],
    // A sum asked by its verb: paid, spent, cost.
    ['What did Northgate Energy spend on repairing the pipeline?', 'count'],
    ['What does the ministry pay for each charter flight?', 'count'],
    ['What did the repair cost?', 'count'],
    ['cost to the government per flight to Kestov?', 'count'],
    ['Во что обошёлся ремонт трубопровода?', 'count'],
    // A Russian statement asked with a question mark alone: yes or no.
    ['Сразу после задержания танкера кого-то из экипажа арестовали?', 'yesno'],
    ['Переход Нортгейт — Кештов на конец октября открыт для пассажиров?', 'yesno'],
    ['Решение совета — там предусмотрено свёртывание миссии?', 'yesno'],
    ['Вендт принял приглашение в Кештов?', 'yesno'],
    // A request, a slot named, a question word: no yes or no.
    ['Подскажите дату подписания соглашения.', 'about'],
    ['Иджеван, заседание комиссии — дата?', 'about'],
    ['О чём говорили Вендт и Кештов во время третьего разговора?', 'about'],
    // An accusation is no sum.
    ['What did the court charge him with?', 'list'],
    ['Какие базы закроются?', 'list'],
    ['Какие рабочие вышли на забастовку в Кестове?', 'person'],
  ])('%s → %s', (question, type) => {
    expect(answerTypeOf(question, /[а-яё]/i.test(question) ? 'ru' : 'en')).toBe(type);
  });

  it.each([
    ['Подписали ли протокол какого-либо участка?', 'person'],
    ['Whoever wins, what happens next?', 'person'],
  ])('a word inside another word is no cue: "%s" is not %s', (question, type) => {
    expect(answerTypeOf(question, /[а-яё]/i.test(question) ? 'ru' : 'en')).not.toBe(type);
  });

  // A title a company holds as often as a person asks a company: no person-only answer.
  it.each([
    ['Какой производитель сигарет попал под санкции?'],
    ['Какой подрядчик получил контракт на мост?'],
    ['Which contractor won the bridge tender?'],
    // A phrase the head word opens ("working groups") is asked, not the word's other sense ("рабочие").
    ['Какие рабочие группы создали стороны по итогам первого раунда?'],
  ])('"%s" does not ask a person', (question) => {
    expect(answerTypeOf(question, /[а-яё]/i.test(question) ? 'ru' : 'en')).not.toBe('person');
  });
});

describe('an emphasis after the question word is no head noun', () => {
  it.each([
    ['С какими именно сенаторами встречался Вендт?', 'person'],
    ['Which exactly officials met Vendt?', 'person'],
  ])('%s → %s', (question, type) => {
    expect(answerTypeOf(question, /[а-я]/i.test(question) ? 'ru' : 'en')).toBe(type);
  });
});
