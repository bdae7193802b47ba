export { ConfigProblemsPanel } from './ConfigProblemsPanel';
