import type { EventType, Fact, Lang } from '../types.ts';

/**
 * What a subscription follows. Stored as a short string key so it fits in a subscription record
 * and survives rebuilds of the fact store (entity ids and concept ids are stable, fact ids are not
 * what a person subscribes to).
 *
 *   'all'              everything
 *   'e:<entity id>'    facts where the entity takes part or is the place
 *   'c:<concept id>'   facts whose evidence mentions the concept
 *   't:<event type>'   facts of one type, or mentioning a concept of that name (sanctions, ...)
 */
export type TopicKey = string;

export const EVERYTHING: TopicKey = 'all';

export type ParsedTopic =
  | { kind: 'all' }
  | { kind: 'entity'; id: string }
  | { kind: 'concept'; id: string }
  | { kind: 'type'; type: EventType };

export function parseTopicKey(key: TopicKey): ParsedTopic | undefined {
  if (key === EVERYTHING) return { kind: 'all' };
  const rest = key.slice(2);
  if (rest.length === 0) return undefined;
  if (key.startsWith('e:')) return { kind: 'entity', id: rest };
  if (key.startsWith('c:')) return { kind: 'concept', id: rest };
  if (key.startsWith('t:') && isEventType(rest)) return { kind: 'type', type: rest };
  return undefined;
}

export const entityTopic = (entityId: string): TopicKey => `e:${entityId}`;
export const conceptTopic = (concept: string): TopicKey => `c:${concept}`;
export const typeTopic = (type: EventType): TopicKey => `t:${type}`;

export function factMatchesTopic(fact: Fact, topic: ParsedTopic): boolean {
  switch (topic.kind) {
    case 'all':
      return true;
    case 'entity':
      return fact.participants.includes(topic.id) || fact.places.includes(topic.id);
    case 'concept':
      return fact.concepts.includes(topic.id);
    case 'type':
      // Concepts named like a type ("sanctions") fold into the type topic: one topic, not two look-alikes.
      return fact.type === topic.type || fact.concepts.includes(topic.type);
  }
}

const EVENT_TYPE_LABELS: Readonly<Record<EventType, Readonly<Record<Lang, string>>>> = Object.freeze({
  visit: { en: 'Visits', ru: 'Визиты' },
  release: { en: 'Prisoner releases', ru: 'Освобождения' },
  sanctions: { en: 'Sanctions', ru: 'Санкции' },
  call: { en: 'Phone calls', ru: 'Телефонные разговоры' },
  meeting: { en: 'Meetings', ru: 'Встречи' },
  appointment: { en: 'Appointments', ru: 'Назначения' },
  invitation: { en: 'Invitations', ru: 'Приглашения' },
  embassy: { en: 'Embassy', ru: 'Посольство' },
  statement: { en: 'Statements', ru: 'Заявления' },
  other: { en: 'Other events', ru: 'Другие события' },
});

export const EVENT_TYPES = Object.freeze(Object.keys(EVENT_TYPE_LABELS) as EventType[]);

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(EVENT_TYPE_LABELS, value);
}

export function eventTypeLabel(type: EventType, lang: Lang): string {
  return EVENT_TYPE_LABELS[type][lang];
}

export const EVERYTHING_LABEL: Readonly<Record<Lang, string>> = Object.freeze({ en: 'Everything', ru: 'Всё' });
