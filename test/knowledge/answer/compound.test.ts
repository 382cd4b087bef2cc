import { describe, expect, it } from 'vitest';
import { splitCompound } from '../../../src/knowledge/answer/compound.ts';

describe('splitCompound: the two questions of a compound one', () => {
  it.each([
    ['When did the envoy arrive in Kestov, and from where?', 'When did the envoy arrive in Kestov?', 'from where?'],
    [
      'Who heads Northgate Chemicals, and what did he say after the delisting?',
      'Who heads Northgate Chemicals?',
      'what did he say after the delisting?',
    ],
    ['Was Ilkin Vendt released, and when?', 'Was Ilkin Vendt released?', 'when?'],
    ['В какой день посланник прилетел в Кештов и откуда?', 'В какой день посланник прилетел в Кештов?', 'откуда?'],
    [
      'Что министр Вендт передал послу и как тот отреагировал?',
      'Что министр Вендт передал послу?',
      'как тот отреагировал?',
    ],
    [
      'Сколько водителей освободили в мае, а также какие у них были грузы?',
      'Сколько водителей освободили в мае?',
      'какие у них были грузы?',
    ],
    // Two slots of one event: each asked of the rest.
    ['Кто и когда подписал соглашение?', 'Кто подписал соглашение?', 'когда подписал соглашение?'],
    [
      'When and where was the first round of the Varnel–Kestov dialogue held?',
      'When was the first round of the Varnel–Kestov dialogue held?',
      'where was the first round of the Varnel–Kestov dialogue held?',
    ],
    [
      'Когда и на какой срок суд приговорил Вендта?',
      'Когда суд приговорил Вендта?',
      'на какой срок суд приговорил Вендта?',
    ],
  ])('%s', (question, first, second) => {
    expect(splitCompound(question)).toEqual({ first, second });
  });

  it.each([
    'When did the envoy visit Kestov?',
    // The conjunction joins two subjects, not two questions.
    'Which ministers of Varnelia and Kestov met in May?',
    'Перечислите по порядку освобождения и сколько человек выходило каждый раз.',
    'Министр сказал, что ждёт ответа, и что дальше?',
  ])('none in "%s"', (question) => {
    expect(splitCompound(question)).toBeUndefined();
  });
});
