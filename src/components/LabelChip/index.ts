export { LabelChip } from './LabelChip';
