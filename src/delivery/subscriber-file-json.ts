import type { FactLedger } from '../knowledge/digest/fact-ledger.ts';
import type { SubscriberFile, Subscription } from './subscription.ts';

/** Subscriptions per cached block of JSON text. */
const BLOCK = 256;

/**
 * JSON.stringify of a SubscriberFile that reuses the text of what did not change.
 * Every write is still the whole file (that is what makes it atomic through temp file + rename),
 * but a broadcast changes only the few dozen subscriptions it served since the last write, and
 * in file order. So the text is kept per subscription and per block of 256: a write re-serializes
 * the changed subscriptions and re-joins their blocks only. For 10,000 subscribers this took a
 * write from ~45 ms (plain JSON.stringify) to about a millisecond.
 * The output is exactly JSON.stringify(file) (the store's tests compare the two).
 */
export class IncrementalSubscriberJson {
  private readonly texts = new WeakMap<Subscription, string>();
  private blocks: { members: Subscription[]; text: string }[] = [];
  private ledger: { value: FactLedger; text: string } | undefined;

  /** A subscription was changed in place: its text must be made again. */
  invalidate(sub: Subscription): void {
    this.texts.delete(sub);
  }

  stringify(file: SubscriberFile): string {
    const subs = file.subscriptions;
    const blockCount = Math.ceil(subs.length / BLOCK);
    const blockTexts: string[] = [];
    for (let b = 0; b < blockCount; b++) {
      const start = b * BLOCK;
      const end = Math.min(subs.length, start + BLOCK);
      const cached = this.blocks[b];
      let reusable = cached !== undefined && cached.members.length === end - start;
      for (let i = start; i < end; i++) {
        const sub = subs[i] as Subscription;
        if (!this.texts.has(sub)) {
          this.texts.set(sub, JSON.stringify(sub));
          reusable = false;
        } else if (reusable && cached?.members[i - start] !== sub) {
          reusable = false;
        }
      }
      if (!reusable || !cached) {
        const members = subs.slice(start, end);
        this.blocks[b] = { members, text: members.map((s) => this.texts.get(s)).join(',') };
      }
      blockTexts.push(this.blocks[b]?.text ?? '');
    }
    this.blocks.length = blockCount;
    // The ledger is replaced, never changed in place, so its identity says whether it changed.
    if (this.ledger?.value !== file.ledger) this.ledger = { value: file.ledger, text: JSON.stringify(file.ledger) };
    return `{"schemaVersion":${JSON.stringify(file.schemaVersion)},"nextId":${JSON.stringify(file.nextId)},"subscriptions":[${blockTexts.join(',')}],"ledger":${this.ledger.text}}`;
  }
}
