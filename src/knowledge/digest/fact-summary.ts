import type { KnowledgeBase } from '../knowledge-base.ts';
import type { Citation, Evidence, Fact, Lang } from '../types.ts';
import { eventTypeLabel } from './topic.ts';

/**
 * One line saying what a fact is about, built only from the fact's typed fields
 * (type, who, where, how many); the proof is the citation next to it, never this line.
 */
export function factSummary(kb: KnowledgeBase, fact: Fact, lang: Lang): string {
  const name = (id: string) => {
    const entity = kb.entity(id);
    return entity?.names[lang] ?? entity?.names.en ?? entity?.names.ru ?? entity?.aliases[0] ?? id;
  };
  // Sanctions name their targets (organisations), not the people who announced or lifted them.
  const who = (
    fact.type === 'sanctions' ? fact.participants.filter((id) => kb.entity(id)?.kind === 'org') : fact.participants
  ).map(name);
  const where = fact.places.map(name);
  const counts = fact.counts.map((c) =>
    [c.additional ? (lang === 'ru' ? 'ещё' : 'another') : '', c.value, c.noun ?? ''].filter((p) => p !== '').join(' '),
  );
  let line = singular(eventTypeLabel(fact.type, lang));
  if (fact.type === 'sanctions' && fact.sanctionAction) line += ` (${SANCTION_ACTIONS[lang][fact.sanctionAction]})`;
  if (who.length > 0) line += `: ${who.join(', ')}`;
  if (where.length > 0) line += ` — ${where.join(', ')}`;
  if (counts.length > 0) line += `; ${counts.join(', ')}`;
  // A plan or a rumour must not read like a done event.
  if (fact.hedged) line += lang === 'ru' ? ' (планируется или не подтверждено)' : ' (planned or unconfirmed)';
  return line;
}

/** The first piece of evidence as a citation; every fact has at least one, else it is not in the store. */
export function factCitation(kb: KnowledgeBase, fact: Fact): Citation | undefined {
  const evidence = fact.evidence[0];
  return evidence ? evidenceCitation(kb, evidence) : undefined;
}

/** One piece of evidence as a citation, with its source's title and date. */
export function evidenceCitation(kb: KnowledgeBase, evidence: Evidence): Citation {
  const source = kb.source(evidence.sourceId);
  return {
    sourceId: evidence.sourceId,
    title: source?.title ?? evidence.sourceId,
    published: source?.published ?? null,
    quote: evidence.quote,
    start: evidence.start,
    end: evidence.end,
  };
}

const SANCTION_ACTIONS = {
  en: { lifted: 'lifted', eased: 'eased', imposed: 'imposed', extended: 'extended' },
  ru: { lifted: 'сняты', eased: 'ослаблены', imposed: 'введены', extended: 'продлены' },
} as const;

// Type labels are plural headings ("Visits"); an item reads better in the singular.
const SINGULAR: Partial<Record<string, string>> = {
  Visits: 'Visit',
  'Prisoner releases': 'Prisoner release',
  'Phone calls': 'Phone call',
  Meetings: 'Meeting',
  Appointments: 'Appointment',
  Invitations: 'Invitation',
  Statements: 'Statement',
  'Other events': 'Event',
  Визиты: 'Визит',
  Освобождения: 'Освобождение',
  'Телефонные разговоры': 'Телефонный разговор',
  Встречи: 'Встреча',
  Назначения: 'Назначение',
  Приглашения: 'Приглашение',
  Заявления: 'Заявление',
  'Другие события': 'Событие',
};

function singular(label: string): string {
  return SINGULAR[label] ?? label;
}
