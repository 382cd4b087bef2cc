import { describe, expect, it } from 'vitest';
import { enumeratedEvents } from '../../../src/knowledge/answer/enumerated-events.ts';

describe('enumeratedEvents: the events a chronology question names', () => {
  it.each([
    [
      'Put in order, with dates: the delisting of the Northgate banks, the award of the road contracts, and the extension of the regime.',
      ['the delisting of the Northgate banks', 'the award of the road contracts', 'the extension of the regime'],
    ],
    [
      'Восстановите хронологию дела Вендта: задержание, приговор, этап в Кештов, освобождение.',
      ['задержание', 'приговор', 'этап в Кештов', 'освобождение'],
    ],
    [
      'Расположите по порядку — визит посланника и освобождение водителей.',
      ['визит посланника', 'освобождение водителей'],
    ],
    [
      'В каком порядке произошли отмена рейса из Кештова, обмен в Нортгейте и переход на два рейса в неделю? Назовите даты.',
      ['отмена рейса из Кештова', 'обмен в Нортгейте', 'переход на два рейса в неделю'],
    ],
    [
      'В каком порядке произошли: задержание капитана траулера, полёт вертолёта над Кештовом и обмен? Укажите даты.',
      ['задержание капитана траулера', 'полёт вертолёта над Кештовом', 'обмен'],
    ],
    [
      'In what order did the arrest of Vendt, the Halden talks and the release take place?',
      ['the arrest of Vendt', 'the Halden talks', 'the release'],
    ],
  ])('%s', (question, events) => {
    expect(enumeratedEvents(question)).toEqual(events);
  });

  it.each([
    'List the visits of Varnel officials to Kestov in chronological order.',
    // A dash inside a name pair is no list.
    'List the Vendt–Kestov phone calls mentioned in the documents, with their dates.',
    'Что произошло раньше — объявление о переносе саммита или договорённость? Назовите даты.',
    'Put in order: A, B.',
    // The order of visits by two envoys, not a list of events.
    'In what order did the Varnel and Kestov envoys visit Northgate in July, and on which dates?',
  ])('none in "%s"', (question) => {
    expect(enumeratedEvents(question)).toBeUndefined();
  });
});
