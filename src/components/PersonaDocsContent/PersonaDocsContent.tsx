import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { makeStyles } from '@material-ui/core/styles';
import { useCoverageAccess } from '../../coverage/useCoverageAccess';
import { usePersonaDocsStore } from '../../hooks/usePersonaDocsStore';
import { usePersonaDocsUrl } from '../../hooks/usePersonaDocsUrl';
import { DocsSiteInfoProvider } from '../../techdocs/DocsSiteInfoContext';
import { personaDocsTranslationRef } from '../../translation';
import { ConfigProblemsPanel } from '../ConfigProblemsPanel';
import { CoverageView } from '../CoverageView';
import { NotConfiguredState } from '../NotConfiguredState';
import { DocsView } from './DocsView';

const useStyles = makeStyles(theme => ({
  tabs: { marginBottom: theme.spacing(2) },
}));

/**
 * The body of the persona docs page, without a page header: the legacy
 * page wraps it in a Page and Header, while the new frontend system draws
 * the header itself. Readers allowed to see it get a coverage tab.
 */
export function PersonaDocsContent() {
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const store = usePersonaDocsStore();
  const [url, updateUrl] = usePersonaDocsUrl();
  const canSeeCoverage = useCoverageAccess(store.model.coverage);
  if (!store.model.configured) {
    return (
      <>
        <ConfigProblemsPanel problems={store.model.problems} />
        <NotConfiguredState />
      </>
    );
  }
  const view = canSeeCoverage && url.view === 'coverage' ? 'coverage' : 'docs';
  // One tree whether or not the tabs show: access is known only after the
  // identity answers, and the docs view must not remount (and ask TechDocs
  // again) when the tabs appear. Both views share the TechDocs answers.
  return (
    <DocsSiteInfoProvider>
      {canSeeCoverage && (
        <Tabs
          className={classes.tabs}
          value={view}
          onChange={(_event, value) =>
            updateUrl({ view: value === 'coverage' ? 'coverage' : undefined })
          }
          indicatorColor="primary"
          aria-label={t('tabs.label')}
        >
          <Tab
            value="docs"
            label={t('tabs.docs')}
            id="persona-docs-tab-docs"
            aria-controls="persona-docs-tabpanel"
          />
          <Tab
            value="coverage"
            label={t('tabs.coverage')}
            id="persona-docs-tab-coverage"
            aria-controls="persona-docs-tabpanel"
          />
        </Tabs>
      )}
      <div
        role={canSeeCoverage ? 'tabpanel' : undefined}
        id="persona-docs-tabpanel"
        aria-labelledby={
          canSeeCoverage ? `persona-docs-tab-${view}` : undefined
        }
      >
        {view === 'coverage' ? (
          <CoverageView store={store} />
        ) : (
          <DocsView store={store} />
        )}
      </div>
    </DocsSiteInfoProvider>
  );
}
