import type { SlotFinder } from './slots.ts';
import type { Subscription } from './subscription.ts';

/** Why a subscription gets a digest now. `slotAt` is set for scheduled slots. */
export type DueReason = { kind: 'slot'; slotAt: number } | { kind: 'new-documents'; generation: number };

/**
 * Whether a subscription is owed a digest at `now`.
 *  - daily/weekly: the latest slot is later than the last one served (so a missed slot is owed once);
 *  - on new documents: the fact ledger moved past what it was last told, or it never had a digest
 *    (its briefing goes out at once: there is no slot to wait for).
 */
export function dueReason(
  sub: Subscription,
  now: number,
  generation: number,
  findSlot: SlotFinder,
): DueReason | undefined {
  if (sub.status !== 'active') return undefined;
  if (sub.schedule.frequency === 'on-new-documents') {
    const through = sub.delivery.deliveredThrough;
    return through === null || generation > through ? { kind: 'new-documents', generation } : undefined;
  }
  const slotAt = findSlot(sub.schedule, now);
  return slotAt !== undefined && slotAt > sub.delivery.lastSlotAt ? { kind: 'slot', slotAt } : undefined;
}
