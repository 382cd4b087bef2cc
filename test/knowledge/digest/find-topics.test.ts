import { describe, expect, it } from 'vitest';
import { findTopics } from '../../../src/knowledge/digest/find-topics.ts';
import type { Lang } from '../../../src/knowledge/types.ts';
import { makeKb } from './fixture.ts';

const kb = makeKb();

describe('findTopics', () => {
  const firstChoice: [query: string, lang: Lang, expected: string][] = [
    ['Kellogg', 'en', 'e:person:kellogg'],
    ['kellog', 'en', 'e:person:kellogg'],
    ['Келлогом', 'ru', 'e:person:kellogg'],
    ['Келог', 'ru', 'e:person:kellogg'],
    ['Lukashenka', 'en', 'e:person:lukashenko'],
    ['Тихоновский', 'ru', 'e:person:tsikhanouski'],
    ['санкции', 'ru', 't:sanctions'],
    ['sanctions', 'en', 't:sanctions'],
    ['prisoner', 'en', 'c:prisoner'],
    ['Минск', 'ru', 'e:place:minsk'],
    ['Беларусь', 'ru', 'e:place:belarus'],
    ['everything', 'en', 'all'],
    ['Всё', 'ru', 'all'],
    ['ВСЕ', 'ru', 'all'],
  ];
  it.each(firstChoice)('suggests %j (%s) → %s first', (query, lang, expected) => {
    expect(findTopics(kb, query, lang)[0]?.key).toBe(expected);
  });

  const nothing: string[] = ['', '   ', 'zzzzqqq', 'xylophone'];
  it.each(nothing)('suggests nothing for %j', (query) => {
    expect(findTopics(kb, query, 'en')).toEqual([]);
  });

  it('labels suggestions in the asked language', () => {
    expect(findTopics(kb, 'Kellogg', 'ru')[0]?.label).toBe('Кит Келлог');
    expect(findTopics(kb, 'Kellogg', 'en')[0]?.label).toBe('Keith Kellogg');
  });

  it('counts the facts a topic covers', () => {
    const kellogg = findTopics(kb, 'Kellogg', 'en')[0];
    expect(kellogg?.factCount).toBe(2);
  });

  it('ranks the exact name "Беларусь" above "Беларуськалий"', () => {
    const keys = findTopics(kb, 'Беларусь', 'ru').map((s) => s.key);
    expect(keys[0]).toBe('e:place:belarus');
  });

  it('returns each topic once even when several aliases match', () => {
    const keys = findTopics(kb, 'Келлог', 'ru').map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps to the limit', () => {
    expect(findTopics(kb, 'e', 'en', { limit: 2 }).length).toBeLessThanOrEqual(2);
  });

  it('finds «заключённые» and its case forms through the bilingual vocabulary (issue 11)', () => {
    for (const query of ['заключённые', 'заключенных', 'prisoners'])
      expect(findTopics(kb, query, 'ru')[0]).toMatchObject({ key: 'c:prisoner', label: 'Заключённые' });
  });

  it('offers one topic for near-duplicates ("prisoners" is not also "Prisoner releases")', () => {
    const keys = findTopics(kb, 'prisoners', 'en').map((s) => s.key);
    expect(keys).toEqual(['c:prisoner']);
  });

  it.each(['weather', 'погода'])('says nothing matches %j rather than offering a weak match', (query) => {
    expect(findTopics(kb, query, 'en')).toEqual([]);
  });

  it('every topic the /subscribe prompts suggest finds itself', async () => {
    const { digestText } = await import('../../../src/bot/conversations/digest-texts.ts');
    for (const lang of ['en', 'ru'] as const) {
      const examples = [...digestText(lang, 'topicsPrompt').matchAll(/<i>([^<]+)<\/i>/g)].map((m) => m[1] ?? '');
      expect(examples.length).toBeGreaterThan(1);
      for (const example of examples) expect(findTopics(kb, example, lang), example).not.toEqual([]);
    }
  });
});
