import { z } from 'zod';

/**
 * The whole configuration, parsed once from the environment.
 * This is the only module that reads process.env; everything else receives a Config.
 */
export interface Config {
  botToken: string | undefined;
  telegramApiRoot: string | undefined;
  adminIds: number[];
  dataDir: string;
  sourcesDir: string;
  dbFile: string;
  prefsFile: string;
  logLevel: LogLevel;
  webhook: WebhookConfig | undefined;
  rateLimitMax: number;
  rateLimitWindowMs: number;
  inlinePageSize: number;
  /** Rebuild the fact store when a file in sourcesDir changes (Telegram modes only). */
  watchSources: boolean;
}

export interface WebhookConfig {
  url: string;
  secret: string;
  port: number;
}

export type LogLevel = (typeof LOG_LEVELS)[number];
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Thrown for a bad setting; the message names the variable, the value's problem and what to do. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses `env` (process.env by default). Throws ConfigError naming every bad setting. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(withoutEmptyValues(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const setting = issue.path.join('.') || 'environment';
      return `  ${setting}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration (see .env.example):\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = e.DATA_DIR;
  return {
    botToken: e.BOT_TOKEN,
    telegramApiRoot: e.TELEGRAM_API_ROOT?.replace(/\/+$/, ''),
    adminIds: e.ADMIN_IDS,
    dataDir,
    sourcesDir: e.SOURCES_DIR ?? `${dataDir}/sources`,
    dbFile: e.DB_FILE ?? `${dataDir}/facts.json`,
    prefsFile: e.PREFS_FILE ?? `${dataDir}/prefs.json`,
    logLevel: e.LOG_LEVEL,
    webhook: e.WEBHOOK_URL ? { url: e.WEBHOOK_URL, secret: e.WEBHOOK_SECRET ?? '', port: e.PORT } : undefined,
    rateLimitMax: e.RATE_LIMIT_MAX,
    rateLimitWindowMs: e.RATE_LIMIT_WINDOW_MS,
    inlinePageSize: e.INLINE_PAGE_SIZE,
    watchSources: e.WATCH_SOURCES,
  };
}

// An empty line in .env ("ADMIN_IDS=") means "not set", not "set to nothing".
function withoutEmptyValues(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') out[key] = value.trim();
  }
  return out;
}

const adminIds = z
  .string()
  .default('')
  .transform((raw, ctx) => {
    const ids: number[] = [];
    for (const part of raw
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      if (!/^-?\d{1,16}$/.test(part)) {
        ctx.addIssue({
          code: 'custom',
          message: `"${part}" is not a Telegram user id; use numbers separated by commas, e.g. 12345,67890`,
        });
        return z.NEVER;
      }
      ids.push(Number(part));
    }
    return ids;
  });

const BOOLEAN_WORDS: Record<string, boolean> = {
  true: true,
  false: false,
  '1': true,
  '0': false,
  yes: true,
  no: false,
  on: true,
  off: false,
};

const flag = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined) return fallback;
      const value = BOOLEAN_WORDS[raw.toLowerCase()];
      if (value === undefined) {
        ctx.addIssue({ code: 'custom', message: `"${raw}" is not true or false (also accepted: 1/0, yes/no, on/off)` });
        return z.NEVER;
      }
      return value;
    });

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z
  .object({
    BOT_TOKEN: z
      .string()
      .regex(/^\d+:[A-Za-z0-9_-]+$/, 'does not look like a bot token from @BotFather ("123456:ABC-def...")')
      .optional(),
    TELEGRAM_API_ROOT: z.url('must be a URL such as http://127.0.0.1:8081').optional(),
    ADMIN_IDS: adminIds,
    DATA_DIR: z.string().default('data'),
    SOURCES_DIR: z.string().optional(),
    DB_FILE: z.string().optional(),
    PREFS_FILE: z.string().optional(),
    LOG_LEVEL: z.enum(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`).default('info'),
    WEBHOOK_URL: z.url('must be an https URL Telegram can reach').optional(),
    WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, 'must be 1-256 characters of A-Z, a-z, 0-9, _ and -')
      .optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(8080),
    RATE_LIMIT_MAX: positiveInt(5),
    RATE_LIMIT_WINDOW_MS: positiveInt(5000),
    INLINE_PAGE_SIZE: z.coerce.number().int().min(1).max(50).default(5),
    WATCH_SOURCES: flag(true),
  })
  .superRefine((e, ctx) => {
    if (e.WEBHOOK_URL && !e.WEBHOOK_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['WEBHOOK_SECRET'], message: 'is required when WEBHOOK_URL is set' });
    }
    if (e.WEBHOOK_URL && !e.BOT_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['BOT_TOKEN'], message: 'is required when WEBHOOK_URL is set' });
    }
  });
