import type { Schedule, Subscription } from '../../delivery/subscription.ts';
import { escapeHtml } from '../format/html.ts';
import { topicLabel } from '../../knowledge/digest/topic-label.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import type { Lang } from '../../knowledge/types.ts';
import { digestText } from './digest-texts.ts';

/** "Kellogg, Sanctions — daily at 09:00 (Europe/Minsk)", escaped for Telegram HTML. */
export function describeChoice(kb: KnowledgeBase, topics: readonly string[], schedule: Schedule, lang: Lang): string {
  const labels = topics.map((t) => escapeHtml(topicLabel(kb, t, lang))).join(', ');
  return `<b>${labels}</b> — ${describeSchedule(schedule, lang)}`;
}

export function describeSchedule(schedule: Schedule, lang: Lang): string {
  const params = { hour: `${String(schedule.hour).padStart(2, '0')}:00`, zone: escapeHtml(schedule.timeZone) };
  switch (schedule.frequency) {
    case 'daily':
      return digestText(lang, 'sumDaily', params);
    case 'weekly':
      return digestText(lang, 'sumWeekly', params);
    case 'on-new-documents':
      return digestText(lang, 'sumOnNew');
  }
}

/** One line of /subscriptions: what, when, state, last delivery. */
export function describeSubscription(kb: KnowledgeBase, sub: Subscription, lang: Lang): string {
  const status =
    sub.status === 'active'
      ? digestText(lang, 'statusActive')
      : sub.status === 'paused'
        ? digestText(lang, 'statusPaused')
        : digestText(lang, 'statusInactive', { reason: sub.inactiveReason ?? '?' });
  const last =
    sub.delivery.lastDeliveredAt === undefined
      ? digestText(lang, 'neverSent')
      : digestText(lang, 'lastSent', {
          date: `${new Date(sub.delivery.lastDeliveredAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`,
        });
  return `${describeChoice(kb, sub.topics, sub.schedule, lang)}\n<i>${status}; ${last}</i>`;
}
