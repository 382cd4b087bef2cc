import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * Asked whether the sources agree on a number of people, one source's "workers" and another's
 * «горняков» count the same strikers by other names. Invented mine and union.
 */
const kb = knowledgeBaseOfTexts({
  'wire.md': documentText(
    [
      'Varnel miners down tools over back pay',
      'Some 2,900 workers at the Kestov copper mine downed tools on Monday, the union said.',
      'The company called the strike illegal.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-08-18' },
  ),
  'channel.md': documentText(
    [
      'Медь и долги',
      '17.08.2026. На руднике Кестов бастуют около 3 400 горняков — по данным профсоюза, это почти все работники смены.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-08-17' },
  ),
});
const now = new Date('2026-12-01');

describe('people counted by other names in two sources', () => {
  it('gives both figures when asked whether the sources agree', () => {
    const a = kb.answer('How many workers went on strike at the Kestov mine in August? Do the sources agree?', { now });
    expect(a.summary, a.text).toMatch(/2,900/);
    expect(a.summary, a.text).toMatch(/3[\s ]?400/);
  });
});
