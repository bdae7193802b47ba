import { Content, Header, Page } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { usePersonaDocsModel } from '../../hooks/usePersonaDocsModel';
import { personaDocsTranslationRef } from '../../translation';
import { PersonaDocsContent } from '../PersonaDocsContent';

/**
 * The "Docs by persona" page with its own header, for the legacy frontend
 * system.
 *
 * @public
 */
export function PersonaDocsPage() {
  const { title } = usePersonaDocsModel();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  return (
    <Page themeId="documentation">
      <Header title={title ?? t('page.title')} subtitle={t('page.subtitle')} />
      <Content>
        <PersonaDocsContent />
      </Content>
    </Page>
  );
}

/**
 * The page for the new frontend system, whose framework draws the header.
 *
 * @internal
 */
export function NfsPersonaDocsPage() {
  return (
    <Content>
      <PersonaDocsContent />
    </Content>
  );
}
