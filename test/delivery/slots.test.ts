import { describe, expect, it } from 'vitest';
import { dueReason } from '../../src/delivery/due.ts';
import { createSlotFinder } from '../../src/delivery/slots.ts';
import type { Schedule, Subscription } from '../../src/delivery/subscription.ts';

const at = (iso: string) => Date.parse(iso);
const schedule = (s: Partial<Schedule>): Schedule => ({
  frequency: 'daily',
  hour: 9,
  weekday: 1,
  timeZone: 'Europe/Minsk',
  ...s,
});

describe('latest slot', () => {
  const cases: [name: string, Schedule, now: string, slot: string | undefined][] = [
    ['daily 09:00 Minsk, just after', schedule({}), '2025-03-10T06:00:30Z', '2025-03-10T06:00:00Z'],
    ['daily 09:00 Minsk, exactly at', schedule({}), '2025-03-10T06:00:00Z', '2025-03-10T06:00:00Z'],
    ['daily 09:00 Minsk, just before: yesterday', schedule({}), '2025-03-10T05:59:59Z', '2025-03-09T06:00:00Z'],
    [
      'daily 08:00 New York in winter (UTC-5)',
      schedule({ hour: 8, timeZone: 'America/New_York' }),
      '2025-01-15T14:00:00Z',
      '2025-01-15T13:00:00Z',
    ],
    [
      'daily 08:00 New York in summer (UTC-4)',
      schedule({ hour: 8, timeZone: 'America/New_York' }),
      '2025-07-15T14:00:00Z',
      '2025-07-15T12:00:00Z',
    ],
    [
      '02:00 on the spring-forward day moves to 03:00',
      schedule({ hour: 2, timeZone: 'America/New_York' }),
      '2025-03-09T12:00:00Z',
      '2025-03-09T07:00:00Z',
    ],
    [
      'half-hour zone: 09:00 Kolkata',
      schedule({ timeZone: 'Asia/Kolkata' }),
      '2025-03-10T04:00:00Z',
      '2025-03-10T03:30:00Z',
    ],
    [
      'weekly Monday 09:00, on Thursday',
      schedule({ frequency: 'weekly' }),
      '2025-03-13T12:00:00Z',
      '2025-03-10T06:00:00Z',
    ],
    [
      'weekly Sunday (7) 18:00 UTC',
      schedule({ frequency: 'weekly', weekday: 7, hour: 18, timeZone: 'UTC' }),
      '2025-03-13T12:00:00Z',
      '2025-03-09T18:00:00Z',
    ],
    ['on new documents has no slots', schedule({ frequency: 'on-new-documents' }), '2025-03-13T12:00:00Z', undefined],
  ];
  it.each(cases)('%s', (_name, s, now, expected) => {
    const found = createSlotFinder()(s, at(now));
    expect(found === undefined ? undefined : new Date(found).toISOString()).toBe(
      expected === undefined ? undefined : new Date(expected).toISOString(),
    );
  });
});

describe('dueReason', () => {
  const sub = (
    s: Partial<Schedule>,
    lastSlotAt: number,
    deliveredThrough: number | null = 1,
    status: Subscription['status'] = 'active',
  ): Subscription => ({
    id: 's1',
    chatId: 1,
    chatKind: 'private',
    ownerId: 1,
    topics: ['all'],
    schedule: schedule(s),
    lang: 'en',
    nothingNewNote: false,
    status,
    createdAt: 0,
    delivery: { lastSlotAt, deliveredThrough, sent: 0 },
  });
  const find = createSlotFinder();

  it('owes one digest, for the latest slot, after three days down', () => {
    const lastServed = at('2025-03-07T06:00:00Z');
    const reason = dueReason(sub({}, lastServed), at('2025-03-10T12:00:00Z'), 1, find);
    expect(reason).toEqual({ kind: 'slot', slotAt: at('2025-03-10T06:00:00Z') });
    // Once served, nothing more is owed until the next slot.
    expect(dueReason(sub({}, at('2025-03-10T06:00:00Z')), at('2025-03-10T12:00:00Z'), 1, find)).toBeUndefined();
  });

  it('owes nothing for slots before the subscription existed', () => {
    expect(dueReason(sub({}, at('2025-03-10T07:00:00Z')), at('2025-03-10T12:00:00Z'), 1, find)).toBeUndefined();
  });

  const newDocs: [name: string, through: number | null, generation: number, due: boolean][] = [
    ['never had a digest: the briefing goes now', null, 1, true],
    ['the ledger moved on', 1, 2, true],
    ['nothing new in the ledger', 2, 2, false],
  ];
  it.each(newDocs)('on new documents: %s', (_name, through, generation, due) => {
    const reason = dueReason(
      sub({ frequency: 'on-new-documents' }, 0, through),
      at('2025-03-10T12:00:00Z'),
      generation,
      find,
    );
    expect(reason !== undefined).toBe(due);
  });

  it('owes nothing while paused or inactive', () => {
    expect(dueReason(sub({}, 0, 1, 'paused'), at('2025-03-10T12:00:00Z'), 1, find)).toBeUndefined();
    expect(dueReason(sub({}, 0, 1, 'inactive'), at('2025-03-10T12:00:00Z'), 1, find)).toBeUndefined();
  });
});
