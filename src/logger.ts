import { pino, type Logger } from 'pino';
import type { LogLevel } from './config.ts';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level: LogLevel;
  /** Strings that must never be printed (bot token, webhook secret). Scrubbed from every line. */
  secrets: readonly (string | undefined)[];
  /** Where lines go; stderr by default so stdout stays for the console chat. */
  destination?: { write(line: string): unknown };
}

/**
 * Structured JSON logs to stderr.
 * Redaction by path is not enough: grammY errors can hold the API URL (".../bot<token>/getUpdates")
 * inside messages and stacks, so every finished line is scrubbed as text before it is written.
 */
export function createLogger(options: LoggerOptions): Logger {
  const destination = options.destination ?? pino.destination({ dest: 2, sync: true });
  const scrub = secretScrubber(options.secrets);
  return pino(
    {
      level: options.level,
      redact: { paths: ['token', '*.token', 'botToken', '*.botToken', 'secret', '*.secret'], censor: '[redacted]' },
    },
    { write: (line: string) => destination.write(scrub(line)) },
  );
}

/** A function that replaces each secret (raw and URL-encoded) with "[redacted]". */
export function secretScrubber(secrets: readonly (string | undefined)[]): (text: string) => string {
  const forms = new Set<string>();
  for (const secret of secrets) {
    // Short strings would redact ordinary words; real tokens are long.
    if (!secret || secret.length < 8) continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    // The numeric bot id alone is public; the part after the colon is the secret.
    const afterColon = secret.split(':')[1];
    if (afterColon && afterColon.length >= 8) forms.add(afterColon);
  }
  const ordered = [...forms].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const form of ordered) out = out.split(form).join('[redacted]');
    return out;
  };
}
