import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Block, splitBlocks } from '../../../src/knowledge/ingest/blocks.ts';
import { parseFrontMatter } from '../../../src/knowledge/ingest/front-matter.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const CORPUS = join(ROOT, 'data', 'sources');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'sources');

const DOCS = {
  '000': join(CORPUS, '000_f63344977a15fa25.txt'),
  '001': join(CORPUS, '001_27d7dd378b6d5f7f.txt'),
  '002': join(CORPUS, '002_05565370cb945987.txt'),
  '003': join(CORPUS, '003_1f6e966b7e256455.txt'),
  '004': join(CORPUS, '004_89c879bc2f5c7943.txt'),
  'kz-eu-talks-2024': join(FIXTURES, 'kz-eu-talks-2024.md'),
  'moldova-us-envoy-2024': join(FIXTURES, 'moldova-us-envoy-2024.md'),
  'kz-eu-analysis-pdf': join(FIXTURES, 'kz-eu-analysis-pdf.txt'),
} as const;

function blocksOf(id: keyof typeof DOCS): { text: string; blocks: Block[] } {
  const text = readFileSync(DOCS[id], 'utf8');
  return { text, blocks: splitBlocks(text, parseFrontMatter(text).bodyStart) };
}
const paragraphs = (blocks: Block[]) => blocks.filter((b) => b.kind === 'paragraph');
const kindOf = (blocks: Block[], clean: string) => blocks.find((b) => b.clean === clean)?.kind;

describe('splitBlocks: the offset map points every clean character at the same character of the file', () => {
  it.each(Object.keys(DOCS) as (keyof typeof DOCS)[])('%s', (id) => {
    const { text, blocks } = blocksOf(id);
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) {
      expect(b.map).toHaveLength(b.clean.length);
      let last = -1;
      for (let i = 0; i < b.clean.length; i++) {
        const at = b.map[i] as number;
        // The map only moves forward: a quote sliced from it is one contiguous span of the file.
        expect(at, `block "${b.clean.slice(0, 40)}" goes backwards at ${i}`).toBeGreaterThan(last);
        last = at;
        if (b.clean[i] === ' ') continue; // a joining space may stand for a line break
        if (text[at] !== b.clean[i]) {
          expect.fail(
            `${id}: clean[${i}] = ${JSON.stringify(b.clean[i])} but original[${at}] = ${JSON.stringify(text[at])} in "${b.clean.slice(Math.max(0, i - 20), i + 20)}"`,
          );
        }
      }
      expect(b.clean).toBe(b.clean.trim());
      expect(b.clean).not.toMatch(/ {2}/);
    }
  });
});

describe('splitBlocks on document 004 (a saved web page)', () => {
  const { text, blocks } = blocksOf('004');
  const lines = text.split('\n').map((l) => l.trim());
  // The list of unrelated headlines between the site menu and the article title.
  const headlines = lines
    .slice(
      lines.indexOf('Menu') + 1,
      lines.findIndex((l) => l.startsWith('Потепление на треке')),
    )
    .filter(Boolean);

  it('finds the 20 unrelated headlines before the article', () => {
    expect(headlines.length).toBeGreaterThanOrEqual(20);
    expect(headlines).toContain('Дрон ударил по НПЗ в Уфе: атаки доходят до глубины России');
  });

  it('keeps no headline of the list in a paragraph', () => {
    for (const p of paragraphs(blocks))
      for (const h of headlines) expect(p.clean, `headline "${h}" inside a paragraph`).not.toContain(h);
  });

  it.each([
    ['see2533'],
    ['see379'],
    ['seeПросмотров'],
    ['Просмотров'],
    ['Minval Politika'],
    ['Самые читаемые'],
    ['заархивирована'],
    ['Источник:https'],
  ])('no paragraph contains the page furniture %j', (junk) => {
    for (const p of paragraphs(blocks)) expect(p.clean).not.toContain(junk);
  });

  it.each([
    ['Icma.az', 'junk'],
    ['close', 'junk'],
    ['13 Сентября 2025 17:27see2533', 'junk'],
    ['topСамые читаемые', 'junk'],
    ['archiveЭта новость заархивирована с источника 15 Сентября 2025 13:24', 'junk'],
    ['Потепление на треке США Беларусь: уважаемый президент и сильный лидер Аналитика Лиманского', 'junk'],
  ])('%j is %s', (line, kind) => {
    expect(kindOf(blocks, line)).toBe(kind);
  });

  it("keeps the article's news paragraphs as paragraphs", () => {
    const p = paragraphs(blocks).map((b) => b.clean);
    expect(p.some((c) => c.startsWith('11 сентября в Минск прибыл посланник президента Дональда Трампа'))).toBe(true);
    expect(p.some((c) => c.startsWith('В тот же день на свободу вышли 52 заключённых.'))).toBe(true);
  });

  // The comment-box prompts under the article are page furniture, not prose of the article.
  it.each([['Войдите, чтобы оставлять комментарии...'], ['Будьте первыми, кто ответит на публикацию...']])(
    'the comment prompt %j is not a paragraph',
    (line) => {
      expect(kindOf(blocks, line)).not.toBe('paragraph');
    },
  );
});

describe('splitBlocks on document 000 (a PDF copy)', () => {
  const { blocks } = blocksOf('000');
  const all = paragraphs(blocks)
    .map((b) => b.clean)
    .join('\n');

  it('joins "американо-\\n\\nбелорусскую" into "американо-белорусскую" (a compound keeps its hyphen)', () => {
    expect(all).toContain('официальную американо-белорусскую встречу');
    expect(all).not.toMatch(/американо- белорусск/);
  });

  it('joins lines broken mid-sentence with one space', () => {
    expect(all).toContain('спецпосланника США по Украине генерала Кита Келлога. Состоявшийся 21 июня визит');
  });

  it('drops the footnote number glued to a word ("Штатов2.")', () => {
    expect(all).toContain('Соединенных Штатов. Вместо');
    expect(all).not.toContain('Штатов2');
  });

  it('keeps the footnotes as footnote blocks, out of the paragraphs', () => {
    const footnotes = blocks.filter((b) => b.kind === 'footnote').map((b) => b.clean);
    expect(footnotes.some((f) => f.startsWith('1 Интервью автора в Вашингтоне'))).toBe(true);
    expect(footnotes.some((f) => f.startsWith('2 Интервью автора с белорусским официальным лицом, 30 июня.'))).toBe(
      true,
    );
    expect(all).not.toContain('Интервью автора');
  });

  it('does not make a paragraph of the author line or the split title', () => {
    expect(kindOf(blocks, 'Евгений Прейгерман')).not.toBe('paragraph');
    expect(kindOf(blocks, 'Соединенными Штатами')).not.toBe('paragraph');
  });
});

describe('splitBlocks on document 001 (markdown links)', () => {
  const { text, blocks } = blocksOf('001');
  const all = paragraphs(blocks)
    .map((b) => b.clean)
    .join('\n');

  it.each([
    ['19 марта в Минске состоялся очередной раунд'],
    ['«Белавиа» полностью исключили из всех санкционных списков США.'],
    ['Как он пояснил на прошедших сейчас переговорах'],
  ])('keeps the link text and drops the target: %j', (clean) => {
    expect(all).toContain(clean);
  });

  it('leaves no "](#)" in any block', () => {
    for (const b of blocks) expect(b.clean).not.toContain('](');
    expect(text).toContain('[состоялся](#)'); // the original keeps it: quotes are sliced from there
  });

  it('joins the sentence split over a blank line ("В сентябре власти США приняли" + "[решение](#) снять")', () => {
    expect(all).toContain('В сентябре власти США приняли решение снять санкции');
  });
});

describe('splitBlocks on the PDF-like fixture', () => {
  const { blocks } = blocksOf('kz-eu-analysis-pdf');
  const all = paragraphs(blocks)
    .map((b) => b.clean)
    .join('\n');

  it.each([
    ['лишь формально включены в указ.'],
    ['не допустить, чтобы освобождение одних и тех же людей засчитывалось дважды.'],
    ['Спецпосланник ЕС по Центральной Азии Ханс Мюллер провел переговоры'],
  ])('rejoins words hyphenated across lines: %j', (clean) => {
    expect(all).toContain(clean);
  });

  // "сто-\n\nроны": the first half ends in "о", so the rule for compounds ("американо-белорусскую") keeps the hyphen.
  it('"сто-" + "роны" across lines becomes "стороны", not "сто-роны"', () => {
    expect(all).toContain('цифры, которые назвали стороны, расходятся');
  });

  it('takes the first line as a heading, not a paragraph', () => {
    expect(kindOf(blocks, 'Казахстан и Евросоюз: что принес мартовский раунд диалога')).toBe('heading');
  });
});

describe('splitBlocks: small cases', () => {
  const cases: { name: string; text: string; kinds: string[]; clean?: string[] }[] = [
    {
      name: 'a markdown heading and a paragraph',
      text: '# Заголовок\n\nТекст абзаца.',
      kinds: ['heading', 'paragraph'],
      clean: ['# Заголовок', 'Текст абзаца.'],
    },
    {
      name: 'a table typed as text: each row its own line, the value with its label',
      text: 'Indicator ................................ Value\nMigrants registered (as of 30 June 2026) ...... 26,300\nArrivals recorded in the border region, Jan-Jun 2026 ..... approx. 3,900',
      kinds: ['paragraph', 'paragraph', 'paragraph'],
      clean: [
        'Indicator ................................ Value',
        'Migrants registered (as of 30 June 2026) ...... 26,300',
        'Arrivals recorded in the border region, Jan-Jun 2026 ..... approx. 3,900',
      ],
    },
    {
      name: 'a table set in two columns of rows: each cell a row of its own',
      text: '  January ......... 4        May ............. 11\n  February ........ 6        June ............ 14',
      kinds: ['paragraph', 'paragraph', 'paragraph', 'paragraph'],
      clean: ['January ......... 4', 'May ............. 11', 'February ........ 6', 'June ............ 14'],
    },
    {
      name: 'a word hyphenated over a line break',
      text: 'По данным правозащитников, в этот день продолжилось освобождение полити-\nческих заключенных.',
      kinds: ['paragraph'],
      clean: ['По данным правозащитников, в этот день продолжилось освобождение политических заключенных.'],
    },
    {
      name: 'a compound in -о- keeps its hyphen',
      text: 'В Минске в этот день прошла первая за пять лет официальная американо-\nбелорусская встреча.',
      kinds: ['paragraph'],
      clean: ['В Минске в этот день прошла первая за пять лет официальная американо-белорусская встреча.'],
    },
    {
      name: 'lower-case continuation joins lines',
      text: 'The envoy arrived in Minsk on Thursday\nand met the president.',
      kinds: ['paragraph'],
      clean: ['The envoy arrived in Minsk on Thursday and met the president.'],
    },
    {
      name: 'a markdown link keeps its text',
      text: 'Санкции [сняли](https://example.org/a) в сентябре.',
      kinds: ['paragraph'],
      clean: ['Санкции сняли в сентябре.'],
    },
    {
      name: 'emphasis markers are dropped',
      text: 'Это *очень* важно для Минска.',
      kinds: ['paragraph'],
      clean: ['Это очень важно для Минска.'],
    },
    {
      name: 'a soft hyphen is invisible',
      text: 'Санк\u00ADции сняли.',
      kinds: ['paragraph'],
      clean: ['Санкции сняли.'],
    },
    {
      name: "a site's byline of fields set apart by bars does not run into the lead",
      text: 'By Ilya Vendt | 19.09.2026, 09:12 | Updated 19.09.2026, 11:40 | 6 min read\n\nVarnel and Kestov on Friday signed a border treaty.',
      kinds: ['heading', 'paragraph'],
      clean: [
        'By Ilya Vendt | 19.09.2026, 09:12 | Updated 19.09.2026, 11:40 | 6 min read',
        'Varnel and Kestov on Friday signed a border treaty.',
      ],
    },
    {
      name: 'a row of fields does not continue a long line before it',
      text: 'Varnel and Kestov signed a border treaty after five months of talks in Northgate\n18.09.2026, 10:27 | Обновлено: 18.09.2026, 16:05 | Автор: Илья Вендт',
      kinds: ['heading', 'heading'],
    },
    {
      name: 'a headline in capitals does not continue the long line before it',
      text: 'Thursday, 19 March 2026, 14:07 (Kestov time) - VARNEL NEWSWIRE (VN) - Borders / Trade\n\nKESTOV FREES VARNEL TRADERS HELD AT NORTHGATE HUB\n\nFourteen traders were released on Tuesday.',
      kinds: ['heading', 'heading', 'paragraph'],
    },
    {
      name: 'a news line opening with a word that begins like a share button is prose',
      text: 'Share this\n\nShares in Vendt fell 3.8 percent in Lorin on Wednesday.\n\nRelatedness of the two cases was denied.\n\nКомментарии\n\nКомментарий министра Кестова последовал вечером.',
      kinds: ['junk', 'paragraph', 'paragraph', 'junk', 'paragraph'],
    },
    {
      name: 'a bare URL line is junk',
      text: 'https://example.org/news/1\n\nОн приехал.',
      kinds: ['junk', 'paragraph'],
    },
    {
      name: 'a repeated short line (page header) is junk',
      text: 'Page header\n\nThe talks went on.\n\nPage header\n\nThey ended.',
      kinds: ['junk', 'paragraph', 'junk', 'paragraph'],
    },
    {
      name: "a site's menu or footer between bars is junk",
      text: 'Главная | Политика | Экономика | Общество\n\nОн приехал.\n\nО проекте | Реклама | Контакты | RSS',
      kinds: ['junk', 'paragraph', 'junk'],
    },
    {
      name: 'a bar line naming its author is kept (the byline)',
      text: '24.07.2026, 18:42 | Просмотров: 3 418 | Автор: Илья Вендт\n\nОн приехал.',
      kinds: ['heading', 'paragraph'],
    },
    {
      name: 'bars between sentences are no menu',
      text: 'The talks ended. | They will resume in May. | Both sides agreed.',
      kinds: ['paragraph'],
    },
    {
      name: 'a listing stamp is junk',
      text: '13 Сентября 2025 17:27see2533\n\nОн приехал.',
      kinds: ['junk', 'paragraph'],
    },
    {
      name: 'a sentence starting with a date is not a footnote',
      text: '14 марта в Астану прибыл посланник.',
      kinds: ['paragraph'],
    },
    {
      name: 'a wrapped line opening with a number goes on with the sentence broken before it',
      text: 'The listing cut the Varnel airline off from spare parts: by mid-2026, three of its\n11 Boeing aircraft were grounded.',
      kinds: ['paragraph'],
      clean: [
        'The listing cut the Varnel airline off from spare parts: by mid-2026, three of its 11 Boeing aircraft were grounded.',
      ],
    },
    {
      name: 'footnotes after a sentence and after each other stay footnotes',
      text: 'The envoy met the board in Northgate and left for Kestov on the same day.\n6 Interview with the author, Kestov\n7 Statement of the Northgate board',
      kinds: ['paragraph', 'footnote', 'footnote'],
    },
    {
      name: 'a short wrapped line ending in a preposition goes on with the next, a numbered heading stays one',
      text: '1. The release schedule\nThe protocol of the Varnel working group was signed in\nNorthgate on 22 April 2026 by deputy ministers.',
      kinds: ['heading', 'paragraph'],
      clean: [
        '1. The release schedule',
        'The protocol of the Varnel working group was signed in Northgate on 22 April 2026 by deputy ministers.',
      ],
    },
    {
      name: 'a short wrapped Russian line ending in a conjunction goes on with the next',
      text: 'Протокол подписали министры Варнела и\nКестова в понедельник.',
      kinds: ['paragraph'],
      clean: ['Протокол подписали министры Варнела и Кестова в понедельник.'],
    },
    {
      name: "a table in aligned columns: each row a paragraph of its own, the header and a page's footer no rows",
      text: 'Releases by month (million cubic metres):\n\n   Month        Release\n   May               780\n   June            1,120\n   -----------------\n   Total           1,900\n\nThe total compares with 1.7 billion last year.\n\nVarnel Policy Brief                       2',
      kinds: ['paragraph', 'heading', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph', 'heading'],
      clean: [
        'Releases by month (million cubic metres):',
        'Month Release',
        'May 780',
        'June 1,120',
        '-----------------',
        'Total 1,900',
        'The total compares with 1.7 billion last year.',
        'Varnel Policy Brief 2',
      ],
    },
    { name: 'empty text has no blocks', text: '', kinds: [] },
    { name: 'whitespace only has no blocks', text: ' \n\n \t\n', kinds: [] },
  ];
  it.each(cases)('$name', ({ text, kinds, clean }) => {
    const blocks = splitBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual(kinds);
    if (clean) expect(blocks.map((b) => b.clean)).toEqual(clean);
    for (const b of blocks)
      for (let i = 0; i < b.clean.length; i++)
        if (b.clean[i] !== ' ') expect(text[b.map[i] as number]).toBe(b.clean[i]);
  });

  // A short first line is classified alone (two words, no sentence end: junk) before the lines are joined.
  it('a short line ending in a hyphen joins its lower-case continuation ("Освобождение полити-\\nческих ...")', () => {
    const blocks = splitBlocks('Освобождение полити-\nческих заключенных продолжилось.');
    expect(blocks.map((b) => [b.kind, b.clean])).toEqual([
      ['paragraph', 'Освобождение политических заключенных продолжилось.'],
    ]);
  });

  it('starts at bodyStart: nothing before it becomes a block', () => {
    const text = '---\ntitle: T\n---\nТекст статьи.';
    const blocks = splitBlocks(text, parseFrontMatter(text).bodyStart);
    expect(blocks.map((b) => b.clean)).toEqual(['Текст статьи.']);
    expect(blocks[0]?.map[0]).toBe(text.indexOf('Текст'));
  });
});

describe('splitBlocks on the English fixture', () => {
  const { blocks } = blocksOf('moldova-us-envoy-2024');

  it.each([['Sanctions: one extension, one relief'], ['Detainees freed in Tiraspol'], ['A consulate reopens']])(
    '%j is a heading',
    (h) => {
      expect(kindOf(blocks, h)).toBe('heading');
    },
  );

  // The title line repeated under the front matter has no sentence end and is followed by a blank line;
  // given the title (as ingest does), it is a heading and not glued to the first paragraph.
  it('the title line is not glued to the first paragraph', () => {
    const text = readFileSync(DOCS['moldova-us-envoy-2024'] as string, 'utf8');
    const front = parseFrontMatter(text);
    const first = paragraphs(splitBlocks(text, front.bodyStart, front.fields.title))[0];
    expect(first?.clean.startsWith('On October 15, 2024')).toBe(true);
  });
});

describe('splitBlocks: a headline in capitals ends where its line ends', () => {
  const blocks = (body: string) =>
    splitBlocks(`---\ntitle: T\n---\n${body}`, parseFrontMatter(`---\ntitle: T\n---\n${body}`).bodyStart);
  it.each([
    [
      'ШКИПЕР ИЛЬЯ ВЕНДТ: «МЫ НЕ ЗНАЛИ, ЧТО УЖЕ В ЧУЖИХ ВОДАХ, И НИКТО НАС НЕ ПРЕДУПРЕДИЛ»\n\n28 мая Кештов и Варнелия обменялись задержанными рыбаками.',
      'ШКИПЕР ИЛЬЯ ВЕНДТ: «МЫ НЕ ЗНАЛИ, ЧТО УЖЕ В ЧУЖИХ ВОДАХ, И НИКТО НАС НЕ ПРЕДУПРЕДИЛ»',
      '28 мая Кештов и Варнелия обменялись задержанными рыбаками.',
    ],
    [
      'BLAST HALTS KESTOV-VARNEL CRUDE PIPELINE; ARMED GROUP CLAIMS THE ATTACK IN THE NORTH\n\nThe operator said on Friday it had suspended pumping.',
      'BLAST HALTS KESTOV-VARNEL CRUDE PIPELINE; ARMED GROUP CLAIMS THE ATTACK IN THE NORTH',
      'The operator said on Friday it had suspended pumping.',
    ],
  ])('%s', (body, headline, lead) => {
    const found = blocks(body);
    expect(found.map((b) => [b.kind, b.clean])).toEqual([
      ['heading', headline],
      ['paragraph', lead],
    ]);
  });

  // A long heading in ordinary case still goes on into a line that continues it.
  it('a long wrapped title in ordinary case still continues', () => {
    const found = blocks(
      'Kestov and Varnelia agree to reopen the border crossing after months of talks mediated\nby the regional bloc, officials say.',
    );
    expect(found).toHaveLength(1);
  });
});

describe("splitBlocks: a site's cookie notice is furniture", () => {
  const body = [
    'КЕШТОВ-ИНФО — новости Кештова',
    'Нефть Brent: 71,40 $   Доллар/варнельский риал: 812 000',
    '',
    '🍪 Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая просмотр, вы соглашаетесь.',
    '',
    'Накануне в Лорине министры подписали соглашение о мосте.',
  ].join('\n');
  const text = `---\ntitle: T\n---\n${body}`;
  const blocks = splitBlocks(text, parseFrontMatter(text).bodyStart);

  it('keeps the notice out of every paragraph', () => {
    for (const p of paragraphs(blocks)) expect(p.clean).not.toMatch(/cookie/);
  });

  it('keeps the article', () => {
    expect(paragraphs(blocks).map((b) => b.clean)).toContain(
      'Накануне в Лорине министры подписали соглашение о мосте.',
    );
  });
});

describe('splitBlocks: the headlines listed under "read also" are links, not prose', () => {
  const cases: Array<[string, string[]]> = [
    [
      'Читайте также:',
      [
        '— Прокуратура задержала директора больницы в Варене и главу подрядчика (04.02.2026)',
        '— Минздрав приостановил выплаты на новый корпус в Варене (26.03.2026)',
        '— В Варене открылась новая велодорожка (15.06.2026)',
      ],
    ],
    [
      'READ ALSO',
      [
        '- Works on the Tarvel hospital site resume after four months (14.07.2026)',
        '- The ministry fines the builder in Tarvel (02.08.2026)',
      ],
    ],
  ];
  it.each(cases)('under "%s" no headline becomes or joins a paragraph', (label, links) => {
    const text = ['Суд начался во вторник.', '', label, ...links, '', 'Комментарии (31)'].join('\n');
    const prose = paragraphs(splitBlocks(text)).map((b) => b.clean);
    expect(prose).toEqual(['Суд начался во вторник.']);
  });

  it('a most-read list, each headline ended by its count of views, is no prose', () => {
    const text = [
      'Суд начался во вторник.',
      '',
      '1. Авария на шахте «Варень»: хроника спасательной операции — 👁 41 306',
      '2. Лицензию шахты приостановили на полгода — 👁 9 214',
    ].join('\n');
    expect(paragraphs(splitBlocks(text)).map((b) => b.clean)).toEqual(['Суд начался во вторник.']);
  });

  it('a list under an ordinary paragraph is still prose', () => {
    const text = ['Министерство назвало три причины:', '— рост цен на сталь;', '— задержка поставок.'].join('\n');
    expect(
      paragraphs(splitBlocks(text))
        .map((b) => b.clean)
        .join(' '),
    ).toContain('рост цен на сталь');
  });
});

/** A PDF's running footer repeats but for its page number: furniture, not a line of the sentence it interrupts. */
describe("splitBlocks: a page's running footer is furniture", () => {
  const body = [
    'Since the fifth unit of the Kestov power station went',
    'back from coal to natural gas on 11 February, deliveries have been more stable than at any time since the cut-off',
    '',
    'Varnel Policy Lab | Policy Brief No. 7/2026                    1',
    '',
    'of Russian gas, and the capital has a direct interest in keeping the plant running.',
    '',
    'The second section looks at tariffs and at the plant.',
    '',
    'Varnel Policy Lab | Policy Brief No. 7/2026                    2',
  ].join('\n');
  const text = `---\ntitle: T\n---\n${body}`;
  const blocks = splitBlocks(text, parseFrontMatter(text).bodyStart);

  it('keeps the footer out of every paragraph', () => {
    for (const p of paragraphs(blocks)) expect(p.clean).not.toMatch(/Policy Brief/);
  });
});

/**
 * A text wrapped narrower than 60 characters (a PDF's column): a line as wide as the others, ending in a
 * name whose next word opens the next line, is wrapped prose, not a heading. A short title still is one.
 */
describe('splitBlocks: lines wrapped at a narrow width', () => {
  const PDF = [
    '4. СТРАХОВАНИЕ',
    '',
    'Порт Лорин застрахован от киберрисков в компании Varnel',
    'General с лимитом 2,5 млрд шиллингов; часть риска перестра-',
    'хована на лондонском рынке. 14 апреля порт подал претен-',
    'зию на 2,4 млрд шиллингов. 15 июля страховщик выплатил про-',
    'межуточное возмещение в 600 млн шиллингов.',
    '',
    '5. Уголовное преследование',
    '',
    'Прокуратура Варнела возбудила дело против двух граждан Кестова',
    'и направила запрос об их выдаче.',
  ].join('\n');
  const blocks = splitBlocks(PDF);
  it.each([
    ['Порт Лорин застрахован от киберрисков в компании Varnel General с лимитом', 'paragraph'],
    ['4. СТРАХОВАНИЕ', 'heading'],
    ['5. Уголовное преследование', 'heading'],
  ])('"%s" is in a %s', (start, kind) => {
    expect(blocks.find((b) => b.clean.startsWith(start))?.kind).toBe(kind);
  });
});
