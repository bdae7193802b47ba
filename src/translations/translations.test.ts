import { personaDocsTranslationRef } from '../translation';
import de from './de';
import es from './es';
import fr from './fr';
import ja from './ja';

const english: Record<string, string> = (
  personaDocsTranslationRef as any
).getDefaultMessages();

const placeholders = (text: string) =>
  (text.match(/{{\w+}}/g) ?? []).sort().join(' ');

describe.each([
  ['de', de],
  ['fr', fr],
  ['es', es],
  ['ja', ja],
])('the %s translation', (_language, messages: Record<string, string>) => {
  it('translates every string, and nothing else', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(Object.keys(english))('keeps the placeholders of %s', key => {
    expect(placeholders(messages[key])).toBe(placeholders(english[key]));
    expect(messages[key].trim()).not.toBe('');
  });
});

it('offers each language to the app, loaded only when asked for', async () => {
  const { resources } = (personaDocsTranslationRef as any).getDefaultResource();
  expect(resources.map((r: any) => r.language).sort()).toEqual([
    'de',
    'es',
    'fr',
    'ja',
  ]);
  const german = resources.find((r: any) => r.language === 'de');
  expect((await german.loader()).messages['page.title']).toBe('Persona-Doku');
});
