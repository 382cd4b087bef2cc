import { Composer } from 'grammy';
import type { InlineQueryResultArticle } from 'grammy/types';
import type { Answer } from '../../knowledge/index.ts';
import { firstChunk } from '../answering.ts';
import type { BotApp } from '../app.ts';
import type { BotContext } from '../context.ts';
import { formatAnswer } from '../format/answer.ts';
import { collapseWhitespace, escapeHtml, italic, truncate } from '../format/html.ts';
import { EXAMPLE_QUESTIONS, LANGS } from '../i18n.ts';
import { onlyFor } from '../only-for.ts';

/** Same query, same results for everyone (answers follow the question's language), so Telegram may cache them. */
export const INLINE_CACHE_SECONDS = 300;
const TITLE_MAX = 100;

/**
 * `@bot question`: one article per citation (title = the short answer, description = the source),
 * paginated with next_offset. An empty query lists example questions with their answers.
 */
export function inlineFeature(app: BotApp): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on('inline_query', async (ctx) => {
    const query = ctx.inlineQuery.query.trim();
    const all = query ? resultsForQuestion(app, ctx, query) : exampleResults(app, ctx);
    const offset = parseOffset(ctx.inlineQuery.offset);
    const size = app.settings.inlinePageSize;
    const page = all.slice(offset, offset + size);
    const next = offset + size < all.length ? String(offset + size) : '';
    await ctx.answerInlineQuery(page, { cache_time: INLINE_CACHE_SECONDS, is_personal: false, next_offset: next });
  });
  return onlyFor(['inline_query'], feature);
}

function resultsForQuestion(app: BotApp, ctx: BotContext, question: string): InlineQueryResultArticle[] {
  // No chat context and no per-user language: inline results are shared between users.
  const answer = app.answerCache.answer(app.kb(), question);
  const headline = collapseWhitespace(answer.summary || answer.text) || ctx.t('inline.noAnswer');
  // The message posted into a chat starts with the question: the chat did not see it typed.
  const withQuestion = (html: string) => `${italic(`❓ ${escapeHtml(question)}`)}\n\n${html}`;
  if (answer.citations.length === 0) {
    return [
      article('a0', truncate(headline, TITLE_MAX), ctx.t('inline.noAnswer'), withQuestion(formatAnswer(answer, ctx.t))),
    ];
  }
  const titles = new Set<string>();
  return answer.citations.map((citation, i) => {
    const single: Answer = { ...answer, citations: [citation] };
    const source = collapseWhitespace(citation.title);
    const description = `${source}, ${citation.published ?? ctx.t('answer.unknownDate')}`;
    // Distinct titles: the answer, then which source this result quotes.
    let title = truncate(`${truncate(headline, 70)} — ${source}`, TITLE_MAX);
    if (titles.has(title)) title = truncate(`${truncate(headline, 65)} — [${i + 1}] ${source}`, TITLE_MAX);
    titles.add(title);
    return article(`a${i}`, title, description, withQuestion(formatAnswer(single, ctx.t)));
  });
}

function exampleResults(app: BotApp, ctx: BotContext): InlineQueryResultArticle[] {
  return LANGS.flatMap((lang) => EXAMPLE_QUESTIONS[lang]).map((question, i) => {
    const answer = app.answerCache.answer(app.kb(), question);
    return article(
      `q${i}`,
      question,
      ctx.t('inline.exampleDescription'),
      `${italic(`❓ ${escapeHtml(question)}`)}\n\n${formatAnswer(answer, ctx.t)}`,
    );
  });
}

function article(id: string, title: string, description: string, html: string): InlineQueryResultArticle {
  return {
    type: 'article',
    id,
    title,
    description: truncate(description, TITLE_MAX),
    input_message_content: {
      message_text: firstChunk(html),
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    },
  };
}

function parseOffset(offset: string): number {
  const n = Number.parseInt(offset, 10);
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
}
