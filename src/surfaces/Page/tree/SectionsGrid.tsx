import Grid from '@material-ui/core/Grid';
import { ReactNode } from 'react';
import { VisibleEntry, VisibleSection } from '../../../tree/types';
import { SectionCard } from './SectionCard';

/**
 * Sections side by side, as wide as their number allows: one fills the
 * width, two share it, three or more take a third each on wide screens.
 */
export function SectionsGrid(props: {
  sections: readonly VisibleSection[];
  filtering: boolean;
  renderRow(node: VisibleEntry): ReactNode;
}) {
  const { sections, filtering, renderRow } = props;
  const columns = sections.length === 1 ? 12 : 6;
  return (
    <Grid container spacing={3} alignItems="stretch">
      {sections.map(section => (
        <Grid
          item
          key={section.section.id}
          xs={12}
          md={columns}
          lg={sections.length >= 3 ? 4 : columns}
        >
          <SectionCard
            section={section}
            filtering={filtering}
            renderRow={renderRow}
          />
        </Grid>
      ))}
    </Grid>
  );
}
