import { describe, expect, it } from 'vitest';
import { expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** The reporters and editors a wire story credits are no actors of its news. */
const WIRE = `---
title: Truckers picket Varnel consulate in Kestov
published: 2026-06-11
lang: en
---
Truckers picket Varnel consulate in Kestov

About two hundred truck drivers picketed the Varnel consulate general in Kestov on Wednesday against the port fee.

Varnel's deputy foreign minister Tomas Arlen said the fee would be reviewed.

(Reporting by Ana Kestrel in Northgate and Ivo Lorin in Kestov; Editing by Mia Holm) (c) Varnel Wire 2026.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('names in a wire story credits', () => {
  const kb = knowledgeBaseOfTexts({ 'wire.md': WIRE });
  it.each([["What is the name of Varnel's consul general in Kestov?"], ['Who represents Varnel in Kestov?']])(
    'are not given for %s',
    (question) => {
      expect(kb.answer(question, { now }).summary ?? '').not.toMatch(/Lorin|Holm|Kestrel/);
    },
  );

  it('leave the names of the story', () => {
    expectStated(kb.answer("Who is Varnel's deputy foreign minister?", { now }), /Arlen/);
  });
});
