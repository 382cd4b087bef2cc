import { describe, expect, it } from 'vitest';
import { datelineDate } from '../../../src/knowledge/ingest/dateline.ts';

describe('the publication date of a dateline', () => {
  it.each([
    [
      'a wire dateline with a weekday',
      'Kestov talks resume\n\nKestov, Monday, September 7, 2026. - Three months after',
      '2026-09-07',
    ],
    ['a Russian dateline in capitals', 'МИНСК, 7 сентября 2026 года — Вендт прибыл в столицу.', '2026-09-07'],
    ['an agency in brackets after it', 'NORTHGATE, March 26, 2026 (KNA) - The envoy left.', '2026-03-26'],
    [
      "a channel's digest of stamped posts, by its last post",
      'КЕСТОВ БЕЗ ПЕРЕВОДА\nДайджест постов: август — октябрь 2026 года\n\n01.08.2026 09:12\nСегодня вступил в силу первый этап.\n\n14.10.2026 18:15\nФонд сегодня провёл третий этап выплат.\n\n02.09.2026 10:00\nВарнел ответил.',
      '2026-10-14',
    ],
    ['one stamped post', 'Kestov Wire\n\n01.08.2026 09:12\nThe first stage took effect today.', '2026-08-01'],
    ['a city and its country', 'LORIN, Kestovia, May 3, 2026 (Varnel Press) - The envoy left.', '2026-05-03'],
    [
      'a place and a date under an author line',
      'Policy Paper No. 9/2026\nAnna Varnel, Senior Fellow\nHalden, 6 July 2026\nSUMMARY',
      '2026-07-06',
    ],
    ['a "published" label', 'Опубликовано: 12 мая 2026\nТекст статьи.', '2026-05-12'],
    ['an "issued at" label', 'BULLETIN No. 9/2026\nIssued at Halden, 24 September 2026\n1. SUMMARY', '2026-09-24'],
    [
      'a wire stamp of fields',
      'Friday, March 20, 2026 | 15:42 GMT | Varnel Wire (VW)\n\nKESTOV-VARNEL/BORDER',
      '2026-03-20',
    ],
    [
      'a byline of fields',
      'Home > Border\nBy Anna Kest | Halden | 27 Aug 2026, 09:10 (updated 12:48) | 5 min read',
      '2026-08-27',
    ],
    [
      'a byline under a web page banner',
      `KESTOV DAILY\nWe use cookies.\n${'Home | Region | Border\n'.repeat(8)}By Anna Kest | Halden | 27 Aug 2026, 09:10`,
      '2026-08-27',
    ],
    [
      'a time stamp opening the line',
      '26.06.2026, 10:12 | Обновлено 26.06.2026, 15:40 | Автор: Анна Кест',
      '2026-06-26',
    ],
  ])('%s', (_name, text, expected) => {
    expect(datelineDate(text, 0)).toBe(expected);
  });

  it.each([
    ['a chronology whose first entry is dated', 'Хроника\n\n14 марта 2026 — первый раунд переговоров в Кештове.'],
    ['a date inside a sentence', 'The talks, held on 6 July 2026 in Halden, ended without a deal.'],
    ['a recording date', 'Recorded on Thursday, 6 August 2026. Edited for length.'],
    ['a period covered', 'Period covered: 1 July - 20 September 2026'],
    ['a date without its year', 'KESTOV, March 26 (KNA) - The envoy left.'],
    ['a related link of a web page', 'Kestov strike ends\n- Trucks roll again at Kestov (20 Mar 2026)'],
    ['a dateline below the first lines', `${'Line of text.\n'.repeat(8)}Kestov, 7 September 2026 — late.`],
  ])('gives none for %s', (_name, text) => {
    expect(datelineDate(text, 0)).toBeUndefined();
  });
});
