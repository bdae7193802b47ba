export { SurfaceProviders } from './SurfaceProviders';
