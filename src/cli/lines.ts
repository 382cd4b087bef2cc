/**
 * The lines of a text stream, split on "\n" only ("\r\n" loses its "\r"). node:readline also ends a
 * line at a lone "\r", so a question holding one (pasted from an old Mac file, or typed on purpose)
 * would become two questions and two answers: `ask --jsonl` promises one JSON line per input line.
 * A last line without "\n" is still a line; an empty input has none.
 */
export async function* linesOf(input: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let rest = '';
  for await (const chunk of input) {
    rest += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let end = rest.indexOf('\n');
    while (end >= 0) {
      yield rest.slice(0, end).replace(/\r$/, '');
      rest = rest.slice(end + 1);
      end = rest.indexOf('\n');
    }
  }
  rest += decoder.decode();
  if (rest.length > 0) yield rest.replace(/\r$/, '');
}
