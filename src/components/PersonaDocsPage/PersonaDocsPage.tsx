import { Content, Header, Page } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { makeStyles } from '@material-ui/core/styles';
import { usePersonaDocsStore } from '../../hooks/usePersonaDocsStore';
import { LegacyRouting } from '../../routing/LegacyRouting';
import { NewSystemRouting } from '../../routing/NewSystemRouting';
import { personaDocsTranslationRef } from '../../translation';
import { PersonaDocsContent } from '../PersonaDocsContent';

/**
 * The "Docs by persona" page with its own header, for the legacy frontend
 * system, whose pages draw their own chrome.
 */
export function PersonaDocsPage() {
  const { title } = usePersonaDocsStore().model;
  const { t } = useTranslationRef(personaDocsTranslationRef);
  return (
    <LegacyRouting>
      <Page themeId="documentation">
        <Header
          title={title ?? t('page.title')}
          subtitle={t('page.subtitle')}
        />
        <Content>
          <PersonaDocsContent />
        </Content>
      </Page>
    </LegacyRouting>
  );
}

const useStyles = makeStyles(theme => ({
  content: {
    padding: theme.spacing(0, 3, 3),
  },
}));

/**
 * The page for the new frontend system, whose framework draws the header.
 */
export function NfsPersonaDocsPage() {
  const classes = useStyles();
  return (
    <NewSystemRouting>
      <div className={classes.content}>
        <PersonaDocsContent />
      </div>
    </NewSystemRouting>
  );
}
