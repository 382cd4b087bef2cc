import type { ConversationData, ConversationStorage, VersionedState } from '@grammyjs/conversations';
import { TextFile } from 'lowdb/node';
import type { TextAdapter } from '../../delivery/memory-text-adapter.ts';
import type { BotContext } from '../context.ts';

/**
 * Bump when a conversation's steps change in a way an old replay log cannot follow (a step added,
 * removed or reordered). The plugin then drops stored conversations of another version instead of
 * replaying them into the wrong step; the person just starts /subscribe again.
 */
export const CONVERSATION_STATE_VERSION = 'subscribe-1';

/**
 * Conversation state (e.g. a /subscribe half done) in one JSON file, so a restart resumes it.
 * Pass as BotDeps.conversationStorage. Whole-file writes through lowdb's TextFile (temp file and
 * rename): a crash leaves the previous state, never a torn file.
 */
export function conversationFileStorage(file: string | TextAdapter): ConversationStorage<BotContext, ConversationData> {
  return {
    type: 'key',
    version: CONVERSATION_STATE_VERSION,
    adapter: new JsonKeyValueFile(typeof file === 'string' ? new TextFile(file) : file),
  };
}

type Stored = VersionedState<ConversationData>;

class JsonKeyValueFile {
  private entries: Map<string, Stored> | undefined;
  private loading: Promise<Map<string, Stored>> | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly text: TextAdapter) {}

  async read(key: string): Promise<Stored | undefined> {
    return (await this.load()).get(key);
  }

  async write(key: string, value: Stored): Promise<void> {
    (await this.load()).set(key, value);
    await this.save();
  }

  async delete(key: string): Promise<void> {
    const entries = await this.load();
    if (entries.delete(key)) await this.save();
  }

  private load(): Promise<Map<string, Stored>> {
    if (this.entries) return Promise.resolve(this.entries);
    this.loading ??= this.text.read().then((raw) => {
      let parsed: Record<string, Stored> = {};
      if (raw) {
        try {
          parsed = JSON.parse(raw) as Record<string, Stored>;
        } catch {
          // Half-finished conversations are not worth refusing to start over: begin empty.
          parsed = {};
        }
      }
      this.entries = new Map(Object.entries(parsed));
      return this.entries;
    });
    return this.loading;
  }

  /** Writes one after another; each write is serialized when it starts, so the last one holds every change. */
  private save(): Promise<void> {
    const entries = this.entries ?? new Map();
    this.writing = this.writing
      .catch(() => undefined)
      .then(() => this.text.write(JSON.stringify(Object.fromEntries(entries))));
    return this.writing;
  }
}
