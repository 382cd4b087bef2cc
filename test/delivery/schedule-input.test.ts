import { describe, expect, it } from 'vitest';
import { parseHour, resolveTimeZone } from '../../src/delivery/schedule-input.ts';

describe('parseHour', () => {
  const good: [string, number][] = [
    ['9', 9],
    ['09', 9],
    ['0', 0],
    ['23', 23],
    ['9:00', 9],
    ['21.00', 21],
    ['9am', 9],
    ['9 pm', 21],
    ['12am', 0],
    ['12 PM', 12],
    ['9 a.m.', 9],
    ['в 18', 18],
    ['18 ч', 18],
    ['at 7', 7],
    ['  8  ', 8],
    // Russian times of day, as people write them (issue 11: "9 утра" was refused while "8am" worked).
    ['9 утра', 9],
    ['в 9 утра', 9],
    ['3 дня', 15],
    ['12 дня', 12],
    ['9 вечера', 21],
    ['12 ночи', 0],
    ['2 ночи', 2],
  ];
  it.each(good)('reads %j as %i', (text, hour) => {
    expect(parseHour(text)).toEqual({ ok: true, value: hour });
  });

  const bad: [string, string][] = [
    ['', 'empty'],
    ['24', 'out-of-range'],
    ['25:00', 'out-of-range'],
    ['13pm', 'out-of-range'],
    ['0am', 'out-of-range'],
    ['9:30', 'not-whole-hour'],
    ['9:75', 'out-of-range'],
    ['-1', 'not-understood'],
    ['nine', 'not-understood'],
    ['утром', 'not-understood'],
    ['13 вечера', 'out-of-range'],
    ['9:0', 'not-understood'],
  ];
  it.each(bad)('refuses %j (%s)', (text, reason) => {
    expect(parseHour(text)).toEqual({ ok: false, reason });
  });
});

describe('resolveTimeZone', () => {
  const good: [string, string][] = [
    ['Europe/Minsk', 'Europe/Minsk'],
    ['europe/minsk', 'Europe/Minsk'],
    ['America/New_York', 'America/New_York'],
    ['america/new york', 'America/New_York'],
    ['Минск', 'Europe/Minsk'],
    ['минск', 'Europe/Minsk'],
    ['Могилёв', 'Europe/Minsk'],
    ['Москва', 'Europe/Moscow'],
    ['Washington', 'America/New_York'],
    ['Вашингтон', 'America/New_York'],
    ['Vilnius', 'Europe/Vilnius'],
    ['Tokyo', 'Asia/Tokyo'],
    ['los angeles', 'America/Los_Angeles'],
    ['Kyiv', 'Europe/Kyiv'],
    ['UTC', 'UTC'],
    ['utc+3', 'Etc/GMT-3'],
    ['GMT-5', 'Etc/GMT+5'],
    ['UTC+0', 'UTC'],
  ];
  it.each(good)('resolves %j to %s', (text, zone) => {
    expect(resolveTimeZone(text)).toEqual({ ok: true, value: zone });
  });

  const bad: [string, string][] = [
    ['', 'empty'],
    ['Mars/Olympus', 'not-understood'],
    ['Гондор', 'not-understood'],
    ['UTC+15', 'out-of-range'],
    ['Europe', 'not-understood'],
    ['+3', 'not-understood'],
  ];
  it.each(bad)('refuses %j (%s)', (text, reason) => {
    expect(resolveTimeZone(text)).toEqual({ ok: false, reason });
  });
});
