import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('loadConfig', () => {
  it('has working defaults for an empty environment (console chat)', () => {
    expect(loadConfig({})).toMatchObject({
      botToken: undefined,
      adminIds: [],
      dataDir: 'data',
      sourcesDir: 'data/sources',
      dbFile: 'data/facts.json',
      logLevel: 'info',
      webhook: undefined,
      watchSources: true,
    });
  });

  it.each([
    [{ ADMIN_IDS: '1, 22 ,333' }, { adminIds: [1, 22, 333] }],
    [{ ADMIN_IDS: '' }, { adminIds: [] }],
    [
      { DATA_DIR: '/srv/bb' },
      { sourcesDir: '/srv/bb/sources', dbFile: '/srv/bb/facts.json', prefsFile: '/srv/bb/prefs.json' },
    ],
    [{ TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/' }, { telegramApiRoot: 'http://127.0.0.1:8081' }],
    [{ WATCH_SOURCES: 'false' }, { watchSources: false }],
    [{ WATCH_SOURCES: 'OFF' }, { watchSources: false }],
    [{ WATCH_SOURCES: '1' }, { watchSources: true }],
    [{ WATCH_SOURCES: '' }, { watchSources: true }],
    [
      { BOT_TOKEN: '123:abc-DEF_g', WEBHOOK_URL: 'https://bot.example/hook', WEBHOOK_SECRET: 's3cr3t', PORT: '9000' },
      { webhook: { url: 'https://bot.example/hook', secret: 's3cr3t', port: 9000 } },
    ],
  ])('reads %j', (env, expected) => {
    expect(loadConfig(env)).toMatchObject(expected);
  });

  it.each([
    [{ ADMIN_IDS: '12,abc' }, /ADMIN_IDS: "abc" is not a Telegram user id/],
    [{ ADMIN_IDS: '1;2' }, /ADMIN_IDS/],
    [{ BOT_TOKEN: 'not a token' }, /BOT_TOKEN: does not look like a bot token/],
    [{ TELEGRAM_API_ROOT: 'localhost' }, /TELEGRAM_API_ROOT: must be a URL/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL: must be one of/],
    [{ PORT: '70000' }, /PORT/],
    [{ BOT_TOKEN: '1:a', WEBHOOK_URL: 'https://x.example/h' }, /WEBHOOK_SECRET: is required when WEBHOOK_URL is set/],
    [{ RATE_LIMIT_MAX: '0' }, /RATE_LIMIT_MAX/],
    [{ WATCH_SOURCES: 'sometimes' }, /WATCH_SOURCES: "sometimes" is not true or false/],
  ])('rejects %j naming the setting', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never echoes a bad token back', () => {
    expect(() => loadConfig({ BOT_TOKEN: 'secret value with spaces' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('secret value') }),
    );
  });
});
