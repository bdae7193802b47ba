import { englishMessages } from './en';
import de from './de';
import es from './es';
import fr from './fr';
import ja from './ja';

/** The English messages as translations are keyed: `section.key`. */
function flatten(messages: object, prefix = ''): Record<string, string> {
  return Object.entries(messages).reduce<Record<string, string>>(
    (flat, [key, value]) =>
      typeof value === 'string'
        ? { ...flat, [`${prefix}${key}`]: value }
        : { ...flat, ...flatten(value, `${prefix}${key}.`) },
    {},
  );
}

const english = flatten(englishMessages);
const placeholders = (text: string) =>
  (text.match(/{{\w+}}/g) ?? []).sort().join(' ');

// That every language has every key, and no other, the compiler checks
// (createTranslationMessages with full: true); what it cannot see is the
// text of each message.
describe.each([
  ['de', de],
  ['fr', fr],
  ['es', es],
  ['ja', ja],
])('the %s translation', (_language, translation) => {
  it('belongs to the persona docs messages and overrides all of them', () => {
    expect(translation.id).toBe('plugin.persona-docs');
    expect(translation.full).toBe(true);
  });

  it.each(Object.keys(english))('keeps the placeholders of %s', key => {
    const text = translation.messages[key];
    expect(placeholders(text)).toBe(placeholders(english[key]));
    expect(text.trim()).not.toBe('');
  });
});
