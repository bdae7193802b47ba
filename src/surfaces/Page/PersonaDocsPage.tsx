import { Content, Header, Page } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { makeStyles } from '@material-ui/core/styles';
import { usePersonaDocsData } from '../../hooks/usePersonaDocsData';
import { personaDocsTranslationRef } from '../../translation';
import { useFrontendSystem } from '../SurfaceFrame';
import { PageContent } from './PageContent';

const useStyles = makeStyles(theme => ({
  content: {
    padding: theme.spacing(0, 3, 3),
  },
}));

/**
 * The "Docs by persona" page. In the new frontend system the framework
 * draws the page header; legacy pages draw their own.
 */
export function PersonaDocsPage() {
  const classes = useStyles();
  const system = useFrontendSystem();
  const { title } = usePersonaDocsData().model;
  const { t } = useTranslationRef(personaDocsTranslationRef);
  if (system === 'new') {
    return (
      <div className={classes.content}>
        <PageContent />
      </div>
    );
  }
  return (
    <Page themeId="documentation">
      <Header title={title ?? t('page.title')} subtitle={t('page.subtitle')} />
      <Content>
        <PageContent />
      </Content>
    </Page>
  );
}
