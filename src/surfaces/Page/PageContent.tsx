import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { makeStyles } from '@material-ui/core/styles';
import { useCoverageAccess } from '../../coverage/useCoverageAccess';
import { usePersonaDocsData } from '../../hooks/usePersonaDocsData';
import { usePersonaDocsUrl } from '../../hooks/usePersonaDocsUrl';
import { personaDocsTranslationRef } from '../../translation';
import { ConfigProblemsPanel } from './states/ConfigProblemsPanel';
import { CoverageView } from './coverage/CoverageView';
import { NotConfiguredState } from './states/NotConfiguredState';
import { DocsView } from './DocsView';

const useStyles = makeStyles(theme => ({
  tabs: { marginBottom: theme.spacing(2) },
}));

/**
 * The body of the persona docs page below its header: the docs, and for
 * readers allowed to see it, a coverage tab.
 */
export function PageContent() {
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const store = usePersonaDocsData();
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
  // again) when the tabs appear. Both views share the surface's TechDocs
  // answers.
  return (
    <>
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
    </>
  );
}
