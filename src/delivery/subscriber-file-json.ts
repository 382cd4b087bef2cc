import type { FactLedger } from '../knowledge/digest/fact-ledger.ts';
import type { SubscriberFile, Subscription } from './subscription.ts';

/**
 * JSON.stringify of a SubscriberFile that reuses each unchanged subscription's text.
 * Every write is still the whole file (that is what makes it atomic through temp file + rename),
 * but during a broadcast only a few dozen subscriptions change between writes: re-serializing
 * 10,000 of them each time cost ~45 ms, reusing them costs a few.
 * The output is exactly JSON.stringify(file) (the store's tests compare the two).
 */
export class IncrementalSubscriberJson {
  private readonly texts = new WeakMap<Subscription, string>();
  private ledger: { value: FactLedger; text: string } | undefined;

  /** A subscription was changed in place: its text must be made again. */
  invalidate(sub: Subscription): void {
    this.texts.delete(sub);
  }

  stringify(file: SubscriberFile): string {
    const subs = file.subscriptions.map((sub) => {
      let text = this.texts.get(sub);
      if (text === undefined) {
        text = JSON.stringify(sub);
        this.texts.set(sub, text);
      }
      return text;
    });
    // The ledger is replaced, never changed in place, so its identity says whether it changed.
    if (this.ledger?.value !== file.ledger) this.ledger = { value: file.ledger, text: JSON.stringify(file.ledger) };
    return `{"schemaVersion":${JSON.stringify(file.schemaVersion)},"nextId":${JSON.stringify(file.nextId)},"subscriptions":[${subs.join(',')}],"ledger":${this.ledger.text}}`;
  }
}
