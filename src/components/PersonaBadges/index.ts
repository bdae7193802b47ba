export { PersonaBadges } from './PersonaBadges';
