import { InlineKeyboard } from 'grammy';
import type { Answer, Lang } from '../../knowledge/index.ts';
import { EXAMPLE_QUESTIONS, type MessageKey } from '../i18n.ts';
import { encodeCallback, sourceKey } from './callback-data.ts';
import { CITATIONS_PER_MESSAGE } from './answer.ts';
import { truncate } from './html.ts';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Telegram shows about 64 characters of a button; longer labels are cut by us, not mid-word by the client. */
const BUTTON_LABEL_MAX = 60;

/**
 * Under an answer: one "context" button per shown citation, and "other sources" when some are hidden.
 * `answerKey` is the in-memory key of the answer for "other sources"; without it that button is left out.
 */
export function answerKeyboard(
  answer: Answer,
  t: Translate,
  answerKey: string | undefined,
): InlineKeyboard | undefined {
  const shown = answer.citations.slice(0, CITATIONS_PER_MESSAGE);
  if (shown.length === 0) return undefined;
  const keyboard = new InlineKeyboard();
  shown.forEach((c, i) => {
    keyboard.text(
      t('button.context', { n: i + 1 }),
      encodeCallback({ kind: 'context', sourceKey: sourceKey(c.sourceId), start: c.start, end: c.end }),
    );
  });
  if (answer.citations.length > shown.length && answerKey) {
    keyboard.row().text(t('button.more'), encodeCallback({ kind: 'more', answerKey }));
  }
  return keyboard;
}

/** /start: the example questions, one per row. */
export function examplesKeyboard(lang: Lang): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  EXAMPLE_QUESTIONS[lang].forEach((question, index) => {
    keyboard.text(truncate(question, BUTTON_LABEL_MAX), encodeCallback({ kind: 'example', lang, index })).row();
  });
  return keyboard;
}

/** /lang: English, Russian, follow the question. */
export function langKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text('English', encodeCallback({ kind: 'lang', choice: 'en' }))
    .text('Русский', encodeCallback({ kind: 'lang', choice: 'ru' }))
    .text(t('button.lang.auto'), encodeCallback({ kind: 'lang', choice: 'auto' }));
}
