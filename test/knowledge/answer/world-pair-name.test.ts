import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** A hyphenated pair of countries after a role ("envoy for the Norway-Finland border") names no one. */
const ENVOY = `---
title: Varnel names a border envoy
published: 2026-02-20
lang: en
---
Varnel names a border envoy

16 Feb (Mon) - Varnel, as chair of the council, appoints Ilse Vendt as special envoy for the Norway-Finland border.

The envoy will report to the council every month.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('a pair of countries joined by a hyphen is no person', () => {
  it.each([
    'Кто назначен спецпосланником по норвежско-финляндской границе?',
    "Who is in charge of the council's work on the Norway-Finland border?",
  ])('%s', (question) => {
    const a = knowledgeBaseOfTexts({ 'envoy.md': ENVOY }).answer(question, { now });
    expect(a.answered).toBe(true);
    const first = a.text.split('\n')[0] ?? '';
    expect(first).toMatch(/Ilse Vendt/);
    expect(first).not.toMatch(/Norway-Finland/);
  });
});
