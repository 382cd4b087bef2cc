/**
 * Common given names (Russian/Belarusian/Ukrainian and English forms). A capitalised word after one
 * of these is taken as a surname, which is how people the gazetteer lacks are discovered.
 */
export const FIRST_NAMES: readonly string[] = Object.freeze([
  // Russian / Belarusian / Ukrainian
  'александр', 'алексей', 'анатолий', 'андрей', 'антон', 'аркадий', 'артем', 'борис', 'вадим', 'валентин', 'валерий',
  'василий', 'виктор', 'виталий', 'владимир', 'владислав', 'вячеслав', 'геннадий', 'георгий', 'григорий', 'даниил',
  'денис', 'дмитрий', 'евгений', 'егор', 'иван', 'игорь', 'илья', 'кирилл', 'константин', 'леонид', 'максим', 'михаил',
  'никита', 'николай', 'олег', 'павел', 'петр', 'роман', 'руслан', 'сергей', 'станислав', 'степан', 'тарас', 'тимофей',
  'федор', 'юрий', 'ярослав', 'алесь', 'ales', 'игнат', 'микола', 'остап', 'богдан', 'эдуард', 'эмиль', 'марат', 'рашид',
  'анастасия', 'анна', 'алена', 'алла', 'валентина', 'вера', 'виктория', 'галина', 'дарья', 'екатерина', 'елена',
  'ирина', 'карина', 'ксения', 'лариса', 'людмила', 'марина', 'мария', 'наталья', 'надежда', 'нина', 'оксана', 'ольга',
  'полина', 'светлана', 'софья', 'татьяна', 'юлия', 'мелания', 'мария', 'зоя', 'лилия', 'жанна', 'майя',
  // English forms, also as transliterated into Russian
  'джон', 'джо', 'джозеф', 'джеймс', 'джордж', 'джек', 'джейк', 'джейсон', 'дональд', 'кит', 'кристофер', 'крис', 'майк',
  'майкл', 'марк', 'марко', 'стив', 'стивен', 'питер', 'пол', 'ричард', 'роберт', 'уильям', 'том', 'томас', 'дэвид',
  'энтони', 'эндрю', 'брайан', 'кевин', 'марио', 'мэтью', 'ханс', 'ганс', 'клаус', 'франц', 'пьер', 'жан', 'луи', 'ян',
  'томаш', 'збигнев', 'мартин', 'ингрид', 'хелен', 'кэтрин', 'сара', 'лора', 'эмили', 'элизабет', 'хиллари', 'камала',
  'john', 'jon', 'joe', 'joseph', 'james', 'george', 'jack', 'jake', 'jason', 'donald', 'keith', 'christopher', 'chris',
  'mike', 'michael', 'mark', 'marco', 'steve', 'steven', 'stephen', 'peter', 'paul', 'richard', 'robert', 'william',
  'tom', 'thomas', 'david', 'anthony', 'andrew', 'brian', 'kevin', 'matthew', 'hans', 'klaus', 'pierre', 'jean', 'jan',
  'martin', 'ingrid', 'helen', 'catherine', 'sarah', 'laura', 'emily', 'elizabeth', 'hillary', 'kamala', 'melania',
  'alexander', 'aleksandr', 'alyaksandr', 'andrei', 'andrey', 'sergei', 'sergey', 'siarhei', 'svetlana', 'sviatlana',
  'vladimir', 'volodymyr', 'yuri', 'yury', 'maxim', 'maksim', 'valentin', 'anastasia', 'alena', 'alyona', 'pavel',
  'dmitry', 'dmitri', 'igor', 'ivan', 'mikhail', 'nikolai', 'oleg', 'olga', 'irina', 'natalia', 'elena', 'maria',
  'marie', 'anna', 'victoria', 'viktor', 'yevgeny', 'yauheni', 'ihar', 'ales', 'maria', 'katarzyna', 'tomasz', 'piotr',
  'petr', 'pyotr', 'radoslaw', 'gitanas', 'edgars', 'zbigniew', 'emmanuel', 'olaf', 'friedrich', 'keir', 'rishi',
  'boris', 'ursula', 'kaja', 'antonio', 'charles', 'daniel', 'samuel', 'benjamin', 'henry', 'edward', 'frank', 'scott',
  'marcus', 'nicholas', 'patrick', 'ronald', 'timothy', 'hunter', 'eric', 'gary', 'larry', 'kurt', 'ralph', 'rex',
  'lindsey', 'nancy', 'susan', 'karen', 'linda', 'lisa', 'jennifer', 'jessica', 'rebecca', 'rachel', 'amy', 'kate',
]);
