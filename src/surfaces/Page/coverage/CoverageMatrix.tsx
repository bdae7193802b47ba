import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { CoverageReport } from '../../../coverage/coverageReport';
import { personaDocsTranslationRef } from '../../../translation';

/** Entries per persona and section, with thinly served personas flagged. */
export function CoverageMatrix(props: { report: CoverageReport }) {
  const { report } = props;
  const { t } = useTranslationRef(personaDocsTranslationRef);
  return (
    <Table size="small" aria-label={t('coverage.matrixTitle')}>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            {t('coverage.persona')}
          </TableCell>
          {report.sections.map(section => (
            <TableCell
              key={section.id}
              align="right"
              component="th"
              scope="col"
            >
              {section.title}
            </TableCell>
          ))}
          <TableCell align="right" component="th" scope="col">
            {t('coverage.total')}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {report.personas.map(row => (
          <TableRow key={row.persona.id}>
            <TableCell component="th" scope="row">
              {row.persona.title}{' '}
              {row.thin && (
                <Chip
                  size="small"
                  color={row.thin === 'none' ? 'secondary' : 'default'}
                  label={
                    row.thin === 'none'
                      ? t('coverage.noEntries')
                      : t('coverage.fewEntries')
                  }
                />
              )}
            </TableCell>
            {row.counts.map((count, index) => (
              <TableCell key={report.sections[index].id} align="right">
                {count}
              </TableCell>
            ))}
            <TableCell align="right">{row.total}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
