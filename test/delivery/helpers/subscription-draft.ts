import type { Schedule, SubscriptionDraft } from '../../../src/delivery/subscription.ts';

export function draft(
  chatId: number,
  schedule: Partial<Schedule> = {},
  extra: Partial<SubscriptionDraft> = {},
): SubscriptionDraft {
  return {
    chatId,
    chatKind: chatId < 0 ? 'supergroup' : 'private',
    ownerId: Math.abs(chatId),
    topics: ['all'],
    schedule: { frequency: 'daily', hour: 9, weekday: 1, timeZone: 'Europe/Minsk', ...schedule },
    lang: 'en',
    nothingNewNote: false,
    ...extra,
  };
}
