// Debug: `npx tsx scripts/why.ts STORY "question"` prints the analysis and the top ranked sentences.
import { join } from 'node:path';
import { analyzeQuestion } from '../src/knowledge/answer/analyze.ts';
import { rankSentences } from '../src/knowledge/answer/retrieve.ts';
import { openKnowledgeBase } from '../src/knowledge/open.ts';

const [story, question] = process.argv.slice(2) as [string, string];
const dir = story.startsWith('/')
  ? story
  : story === 'dev'
    ? '../shared/corpus'
    : join('../shared/eval/stories', story);
const { kb } = await openKnowledgeBase({
  sourcesDir: [dir],
  dbFile: story.startsWith('/') ? join(story, '.why.json') : `tmp/eval-${story}.json`,
  log: () => {},
});
const q = analyzeQuestion(question, kb.index, { spelling: kb.spelling });
console.log(
  q.type,
  q.lang,
  q.dates.map((d) => d.text),
  q.ordinals,
);
for (const t of q.terms)
  console.log(
    `  ${t.raw} w=${t.weight.toFixed(2)} ${t.name ? 'NAME' : ''} ${t.unknown ? 'UNKNOWN' : ''} ${t.correctedTo ?? ''} ${t.features.join(' ')}`,
  );
for (const r of rankSentences(q, kb.index).slice(0, 6)) {
  console.log(
    `${r.score.toFixed(2)} cov=${r.coverage.toFixed(2)} ${r.dateFit} [${r.matches.map((m) => `${m.term.raw}:${m.credit}`).join(' ')}] ${r.entry.sentence.text.slice(0, 150)}`,
  );
}
const a = kb.answer(question);
console.log('=>', a.answered, a.text.slice(0, 300));
