import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Typography from '@material-ui/core/Typography';
import { lighten, darken, makeStyles } from '@material-ui/core/styles';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import WarningIcon from '@material-ui/icons/ReportProblemOutlined';
import { ConfigProblem } from '../../../model/types';
import { personaDocsTranslationRef } from '../../../translation';

const useStyles = makeStyles(theme => {
  const light = theme.palette.type === 'light';
  const text = (light ? darken : lighten)(theme.palette.warning.main, 0.6);
  return {
    panel: {
      backgroundColor: (light ? lighten : darken)(
        theme.palette.warning.light,
        0.85,
      ),
      color: text,
      marginBottom: theme.spacing(2),
    },
    summary: {
      '& svg': { color: text },
    },
    summaryContent: {
      alignItems: 'center',
      gap: theme.spacing(1),
    },
    title: {
      fontWeight: theme.typography.fontWeightBold as number,
    },
    details: {
      display: 'block',
    },
    list: {
      margin: theme.spacing(1, 0, 0),
      paddingLeft: theme.spacing(2.5),
    },
    key: {
      fontFamily: 'monospace',
      fontWeight: theme.typography.fontWeightBold as number,
      wordBreak: 'break-all',
    },
    problem: {
      wordBreak: 'break-word',
      marginBottom: theme.spacing(0.5),
    },
  };
});

/**
 * One collapsible warning listing every configuration problem, each on its
 * own line with its key path, above the valid rest of the page.
 */
export function ConfigProblemsPanel(props: { problems: ConfigProblem[] }) {
  const { problems } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  if (problems.length === 0) return null;
  return (
    <Accordion className={classes.panel} elevation={0}>
      <AccordionSummary
        className={classes.summary}
        classes={{ content: classes.summaryContent }}
        expandIcon={<ExpandMoreIcon />}
        aria-controls="persona-docs-problems"
        id="persona-docs-problems-summary"
      >
        <WarningIcon aria-hidden />
        <Typography
          component="h2"
          variant="subtitle1"
          className={classes.title}
        >
          {t('problems.title', { count: problems.length })}
        </Typography>
      </AccordionSummary>
      <AccordionDetails className={classes.details}>
        <Typography variant="body2">{t('problems.description')}</Typography>
        <ul className={classes.list}>
          {problems.map(problem => (
            <li key={problem.text} className={classes.problem}>
              <Typography variant="body2" component="span">
                <code className={classes.key}>{problem.key}</code>
                {`: ${problem.message}`}
              </Typography>
            </li>
          ))}
        </ul>
      </AccordionDetails>
    </Accordion>
  );
}
