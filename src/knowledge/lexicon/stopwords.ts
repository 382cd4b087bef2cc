/** Function words that carry no topic: they are not used to match a question to a sentence. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // English
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'about', 'as', 'into',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'can',
  'could', 'should', 'shall', 'may', 'might', 'must', 'it', 'its', 'this', 'that', 'these', 'those', 'there', 'their',
  'they', 'them', 'he', 'she', 'his', 'her', 'him', 'we', 'our', 'you', 'your', 'i', 'me', 'my', 'what', 'which', 'who',
  'whom', 'whose', 'when', 'where', 'why', 'how', 'many', 'much', 'any', 'some', 'all', 'each', 'other', 'than', 'then',
  'so', 'such', 'not', 'no', 'yes', 'if', 'after', 'before', 'during', 'between', 'among', 'also', 'just', 'only', 'very',
  'again', 'still', 'ever', 'up', 'out', 'over', 'under', 'more', 'most', 'tell', 'give', 'list', 'please', 'say', 'says',
  'according', 'happen', 'happened', 'time', 'first', 'there', 'here', 'whether', 'did', 'done', 'get', 'got', 'let',
  'us', 'since', 'per', 'via', 'order', 'chronological', 'timeline', 'date', 'year', 'day', 'month',
  // Russian
  'и', 'а', 'но', 'или', 'в', 'во', 'на', 'с', 'со', 'к', 'ко', 'по', 'о', 'об', 'обо', 'от', 'до', 'из', 'у', 'за',
  'для', 'при', 'про', 'без', 'над', 'под', 'же', 'ли', 'не', 'ни', 'бы', 'то', 'это', 'этот', 'эта', 'эти', 'того',
  'тот', 'та', 'те', 'как', 'так', 'что', 'чем', 'кто', 'кого', 'кому', 'кем', 'где', 'когда', 'куда', 'откуда', 'почему',
  'зачем', 'сколько', 'скока', 'какой', 'какая', 'какое', 'какие', 'каких', 'каком', 'какую', 'каким', 'он', 'она',
  'оно', 'они', 'его', 'ее', 'их', 'ему', 'ей', 'им', 'был', 'была', 'было', 'были', 'быть', 'есть', 'уже', 'еще',
  'ещё', 'все', 'всё', 'всех', 'весь', 'вся', 'свой', 'своей', 'свою', 'своих', 'также', 'тоже', 'только', 'очень',
  'да', 'нет', 'мне', 'мы', 'вы', 'я', 'ты', 'себя', 'перечисли', 'расскажи', 'скажи', 'порядку', 'году', 'года',
  'год', 'число', 'произошло', 'случилось', 'такой', 'такая', 'такое', 'такие', 'ведь', 'вот', 'там', 'тут', 'тогда',
  'после', 'начиная', 'между', 'по', 'со', 'всего',
  // Russian typed in Latin letters
  'kto', 'takoy', 'takaya', 'takoe', 'kogda', 'skolko', 'gde', 'pochemu', 'chto', 'eto',
]);
