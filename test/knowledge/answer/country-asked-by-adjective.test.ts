import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * A country the question names is not its answer, however it is named: by a Russian adjective in lower
 * case ("белорусская сторона") as by an English capitalised one ("the Belarusian side").
 */
describe('a country asked by its adjective is no answer', () => {
  const now = new Date('2026-12-01');
  const kb = knowledgeBaseOfTexts({
    'trucks.md': documentText(
      'Кестовские грузовики\n\nС 4 марта белорусская сторона держит задержанные кестовские грузовики. Машины стоят в Беларуси, на охраняемых стоянках в Лорине.',
      { lang: 'ru', published: '2026-05-01' },
    ),
  });
  it('Где белорусская сторона держит задержанные кестовские грузовики?', () => {
    const a = kb.answer('Где белорусская сторона держит задержанные кестовские грузовики?', { now });
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(/Лорин/);
    expect(a.summary).not.toMatch(/Беларус/);
  });
});
