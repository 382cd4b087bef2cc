import type { BotApp } from './app.ts';
import type { BotContext } from './context.ts';
import { Lru } from './stores/lru.ts';

/**
 * Per-user flood control that never drops a request silently.
 *
 * - Inline queries are not counted: Telegram sends one per keystroke, and an unanswered inline
 *   query shows the person nothing at all. Telegram's own limits (and its result cache) apply.
 * - A message over the limit waits for its slot in the window and is then answered, in order
 *   (updates of one chat are sequential). The person gets one notice per flood saying so.
 * - A message that would wait longer than `MAX_WAIT_WINDOWS` window is not kept: the notice says
 *   to send it again. A button press over the limit is answered with the same notice as a toast.
 *
 * Time is the process's monotonic clock, not `app.clock` (tests fix that one for content).
 */
export function floodControl(app: BotApp, options: { now?: () => number; sleep?: (ms: number) => Promise<void> } = {}) {
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const windowMs = app.settings.rateLimitWindowMs;
  const max = app.settings.rateLimitMax;
  /** Per user: the times at which their recent (and waiting) updates were or will be let through. */
  const slots = new Lru<number, number[]>(10_000);
  /** Per user: when the last flood notice was sent, so a flood gets one notice, not one per message. */
  const noticedAt = new Lru<number, number>(10_000);

  return async (ctx: BotContext, next: () => Promise<void>): Promise<void> => {
    const userId = ctx.from?.id;
    if (userId === undefined || ctx.inlineQuery || ctx.chosenInlineResult) return next();
    const at = now();
    const mine = (slots.get(userId) ?? []).filter((t) => t > at - windowMs);
    const slot = mine.length < max ? at : Math.max(at, (mine[mine.length - max] ?? at) + windowMs);
    const wait = slot - at;
    if (wait > windowMs * MAX_WAIT_WINDOWS || (wait > 0 && ctx.callbackQuery)) {
      slots.set(userId, mine);
      app.log.warn({ userId, waitMs: Math.round(wait) }, 'rate limited: asked to resend');
      if (ctx.callbackQuery) return void (await ctx.answerCallbackQuery({ text: ctx.t('rateLimited.resend') }));
      if (ctx.msg) await ctx.reply(ctx.t('rateLimited.resend'), { reply_parameters: replyTo(ctx) });
      return;
    }
    mine.push(slot);
    slots.set(userId, mine);
    if (wait > 0) {
      const last = noticedAt.get(userId);
      if ((last === undefined || at - last > windowMs) && ctx.chat?.type === 'private') {
        noticedAt.set(userId, at);
        app.log.warn({ userId, waitMs: Math.round(wait) }, 'rate limited: answer delayed');
        await ctx.reply(ctx.t('rateLimited.wait'));
      }
      await sleep(wait);
    }
    await next();
  };
}

/**
 * A message waits at most this many windows for its turn; beyond that it is refused with a "send again".
 * One window (5 s by default) also keeps a webhook request under grammY's 10 s webhook timeout.
 */
const MAX_WAIT_WINDOWS = 1;

function replyTo(ctx: BotContext) {
  const id = ctx.msg?.message_id;
  return id === undefined ? undefined : { message_id: id, allow_sending_without_reply: true };
}
