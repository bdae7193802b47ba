import { Persona } from './types';

/**
 * The five personas of the Backstage documentation proposal (BEP "Improved
 * Backstage Documentation with Personas"), used when config lists none.
 */
export const BEP_PERSONAS: ReadonlyArray<Readonly<Persona>> = Object.freeze([
  {
    id: 'user',
    title: 'End User',
    description:
      'Uses Backstage to find information, use plugins and consume the developer portal.',
    groups: [],
  },
  {
    id: 'administrator',
    title: 'Administrator / Operator',
    description:
      'Configures, secures and deploys the developer portal, manages plugins and oversees its administration.',
    groups: [],
  },
  {
    id: 'integrator',
    title: 'Integrator / Builder',
    description:
      'Builds plugins, customizes code and design, and creates custom developer portals on the Backstage framework.',
    groups: [],
  },
  {
    id: 'contributor',
    title: 'Contributor',
    description: 'Contributes to the Backstage upstream ecosystem.',
    groups: [],
  },
  {
    id: 'business-stakeholder',
    title: 'Business Stakeholder',
    description:
      'Defines the strategy for adopting Backstage, identifies use cases and connects the portal to the business strategy.',
    groups: [],
  },
]);

/**
 * The two sections of the proposal, used when config lists none.
 */
export const BEP_SECTIONS: ReadonlyArray<
  Readonly<{ id: string; title: string; description: string }>
> = Object.freeze([
  {
    id: 'developer-portal',
    title: 'Developer Portal',
    description:
      'The developer portal you get out of the box with the core plugins.',
  },
  {
    id: 'framework',
    title: 'Framework',
    description: 'Backstage as a framework to build your own developer portal.',
  },
]);
