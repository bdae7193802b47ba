export { NotConfiguredState, EXAMPLE_CONFIG } from './NotConfiguredState';
