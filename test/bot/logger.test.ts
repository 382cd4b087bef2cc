import { describe, expect, it } from 'vitest';
import { createLogger, secretScrubber } from '../../src/logger.ts';

const TOKEN = '123456:ABCdefGHIjklMNOpqrSTU';

describe('logger', () => {
  it.each([
    [
      'an error whose message holds the API URL',
      (log: ReturnType<typeof createLogger>) =>
        log.error({ err: new Error(`request to https://api.telegram.org/bot${TOKEN}/getMe failed`) }, 'boom'),
    ],
    ['a token field', (log: ReturnType<typeof createLogger>) => log.info({ token: TOKEN }, 'config')],
    ['a URL-encoded token', (log: ReturnType<typeof createLogger>) => log.warn(`url ${encodeURIComponent(TOKEN)}`)],
    ['the secret half alone', (log: ReturnType<typeof createLogger>) => log.warn(`part ${TOKEN.split(':')[1]}`)],
  ])('never prints the token: %s', (_name, write) => {
    const lines: string[] = [];
    const log = createLogger({ level: 'info', secrets: [TOKEN], destination: { write: (l) => lines.push(l) } });
    write(log);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('ABCdefGHIjklMNOpqrSTU');
    expect(lines[0]).toContain('[redacted]');
  });

  it('leaves text alone when there is no secret, and ignores secrets too short to be real', () => {
    expect(secretScrubber([undefined, 'abc'])('abc def')).toBe('abc def');
  });
});
