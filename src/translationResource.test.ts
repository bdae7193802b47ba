import { personaDocsTranslations } from './translationResource';
import de from './translations/de';

/** The resource as Backstage's translation API reads it. */
const resource = personaDocsTranslations as unknown as {
  id: string;
  resources: Array<{
    language: string;
    loader(): Promise<{ messages: Record<string, string> }>;
  }>;
};

describe('personaDocsTranslations', () => {
  it('offers every language the plugin ships, for its translation ref', async () => {
    expect(resource.id).toBe('plugin.persona-docs');
    expect(resource.resources.map(r => r.language)).toEqual([
      'de',
      'fr',
      'es',
      'ja',
    ]);
    const german = resource.resources.find(r => r.language === 'de')!;
    expect((await german.loader()).messages).toEqual(de.messages);
  });
});
