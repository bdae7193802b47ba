export { DocsSiteStatusChip } from './DocsSiteStatusChip';
