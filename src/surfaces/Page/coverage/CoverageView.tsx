import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { ReactNode, useId, useMemo } from 'react';
import { coverageReport } from '../../../coverage/coverageReport';
import { useDocsLanguage } from '../../../hooks/useDocsLanguage';
import { PersonaDocsData } from '../../../store/PersonaDocsData';
import { personaDocsTranslationRef } from '../../../translation';
import { ConfigProblemsPanel } from '../states/ConfigProblemsPanel';
import { CatalogStatusLine } from '../states/CatalogStatusLine';
import { CoverageMatrix } from './CoverageMatrix';
import { SitesTable } from './SitesTable';
import { ViewAs } from './ViewAs';

const useStyles = makeStyles(theme => ({
  part: { padding: theme.spacing(2), marginBottom: theme.spacing(3) },
}));

function Part(props: { title: string; children: ReactNode }) {
  const classes = useStyles();
  const id = useId();
  return (
    <Paper
      variant="outlined"
      component="section"
      className={classes.part}
      aria-labelledby={id}
    >
      <Typography variant="h5" component="h2" id={id} gutterBottom>
        {props.title}
      </Typography>
      {props.children}
    </Paper>
  );
}

/**
 * For administrators: how well each persona is served, which sites are
 * missing, unreadable or stale, every config problem, and "view as" any
 * user or group of the catalog.
 */
export function CoverageView(props: { store: PersonaDocsData }) {
  const { store } = props;
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const language = useDocsLanguage();
  const index = store.index(language);
  const personas = store.personas(language);
  const { coverage, problems } = store.model;
  const report = useMemo(
    () => coverageReport(index, personas, coverage),
    [index, personas, coverage],
  );
  return (
    <>
      <CatalogStatusLine />
      <Part title={t('coverage.matrixTitle')}>
        <Typography variant="body2" paragraph>
          {t('coverage.forEveryone', {
            count: report.forEveryone,
            total: String(report.total),
          })}
        </Typography>
        <CoverageMatrix report={report} />
      </Part>
      <Part title={t('coverage.sitesTitle')}>
        <SitesTable
          sites={report.sites}
          staleAfterDays={coverage.staleAfterDays}
        />
      </Part>
      <Part title={t('coverage.problemsTitle')}>
        {problems.length === 0 ? (
          <Typography variant="body2">{t('coverage.noProblems')}</Typography>
        ) : (
          <ConfigProblemsPanel problems={problems} />
        )}
      </Part>
      <Part title={t('coverage.viewAsTitle')}>
        <ViewAs store={store} language={language} />
      </Part>
    </>
  );
}
