import type { KnowledgeBase } from '../knowledge-base.ts';
import type { Lang } from '../types.ts';
import { EVERYTHING_LABEL, eventTypeLabel, parseTopicKey, type TopicKey } from './topic.ts';

/** A topic's name for a person. Falls back to the key itself, so a topic whose entity vanished still shows. */
export function topicLabel(kb: KnowledgeBase, key: TopicKey, lang: Lang): string {
  const topic = parseTopicKey(key);
  if (!topic) return key;
  switch (topic.kind) {
    case 'all':
      return EVERYTHING_LABEL[lang];
    case 'type':
      return eventTypeLabel(topic.type, lang);
    case 'concept':
      return CONCEPT_LABELS[topic.id]?.[lang] ?? topic.id;
    case 'entity': {
      const entity = kb.entity(topic.id);
      return entity?.names[lang] ?? entity?.names.en ?? entity?.names.ru ?? entity?.aliases[0] ?? topic.id;
    }
  }
}

/** Names of the concepts people subscribe to; others show their id. */
const CONCEPT_LABELS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  prisoner: { en: 'Prisoners', ru: 'Заключённые' },
  foreigner: { en: 'Foreign nationals', ru: 'Иностранцы' },
  ambassador: { en: 'Ambassadors', ru: 'Послы' },
  'person-count': { en: 'People', ru: 'Люди' },
};
