import { LocalizedText, Persona } from './types';

/**
 * The five personas of the Backstage documentation proposal (BEP "Improved
 * Backstage Documentation with Personas"), used when config lists none,
 * with their texts in the languages the plugin's UI ships in.
 */
export const BEP_PERSONAS: ReadonlyArray<Readonly<Persona>> = Object.freeze([
  {
    id: 'user',
    title: 'End User',
    description:
      'Uses Backstage to find information, use plugins and consume the developer portal.',
    groups: [],
    translations: {
      de: {
        title: 'Endanwender',
        description:
          'Nutzt Backstage, um Informationen zu finden, Plugins zu verwenden und das Entwicklerportal zu nutzen.',
      },
      fr: {
        title: 'Utilisateur final',
        description:
          'Utilise Backstage pour trouver des informations, utiliser des plugins et tirer parti du portail développeur.',
      },
      es: {
        title: 'Usuario final',
        description:
          'Usa Backstage para encontrar información, usar plugins y aprovechar el portal para desarrolladores.',
      },
      ja: {
        title: 'エンドユーザー',
        description:
          'Backstage を使って情報を探し、プラグインを使い、開発者ポータルを利用します。',
      },
    },
  },
  {
    id: 'administrator',
    title: 'Administrator / Operator',
    description:
      'Configures, secures and deploys the developer portal, manages plugins and oversees its administration.',
    groups: [],
    translations: {
      de: {
        title: 'Administrator / Betreiber',
        description:
          'Konfiguriert, sichert und betreibt das Entwicklerportal, verwaltet Plugins und beaufsichtigt seine Administration.',
      },
      fr: {
        title: 'Administrateur / Opérateur',
        description:
          'Configure, sécurise et déploie le portail développeur, gère les plugins et supervise son administration.',
      },
      es: {
        title: 'Administrador / Operador',
        description:
          'Configura, protege y despliega el portal para desarrolladores, gestiona los plugins y supervisa su administración.',
      },
      ja: {
        title: '管理者 / 運用者',
        description:
          '開発者ポータルを設定・保護・デプロイし、プラグインを管理し、その運用を統括します。',
      },
    },
  },
  {
    id: 'integrator',
    title: 'Integrator / Builder',
    description:
      'Builds plugins, customizes code and design, and creates custom developer portals on the Backstage framework.',
    groups: [],
    translations: {
      de: {
        title: 'Integrator / Entwickler',
        description:
          'Entwickelt Plugins, passt Code und Design an und baut eigene Entwicklerportale auf dem Backstage-Framework.',
      },
      fr: {
        title: 'Intégrateur / Développeur',
        description:
          'Crée des plugins, personnalise le code et le design, et construit ses propres portails développeur sur le framework Backstage.',
      },
      es: {
        title: 'Integrador / Constructor',
        description:
          'Crea plugins, personaliza el código y el diseño, y construye portales para desarrolladores propios sobre el framework de Backstage.',
      },
      ja: {
        title: 'インテグレーター / ビルダー',
        description:
          'プラグインを開発し、コードとデザインをカスタマイズし、Backstage フレームワーク上に独自の開発者ポータルを構築します。',
      },
    },
  },
  {
    id: 'contributor',
    title: 'Contributor',
    description: 'Contributes to the Backstage upstream ecosystem.',
    groups: [],
    translations: {
      de: {
        title: 'Mitwirkende',
        description: 'Trägt zum Upstream-Ökosystem von Backstage bei.',
      },
      fr: {
        title: 'Contributeur',
        description: 'Contribue à l’écosystème amont de Backstage.',
      },
      es: {
        title: 'Colaborador',
        description: 'Contribuye al ecosistema upstream de Backstage.',
      },
      ja: {
        title: 'コントリビューター',
        description: 'Backstage のアップストリームのエコシステムに貢献します。',
      },
    },
  },
  {
    id: 'business-stakeholder',
    title: 'Business Stakeholder',
    description:
      'Defines the strategy for adopting Backstage, identifies use cases and connects the portal to the business strategy.',
    groups: [],
    translations: {
      de: {
        title: 'Geschäftsverantwortliche',
        description:
          'Legt die Strategie für die Einführung von Backstage fest, findet Anwendungsfälle und verbindet das Portal mit der Geschäftsstrategie.',
      },
      fr: {
        title: 'Partie prenante métier',
        description:
          'Définit la stratégie d’adoption de Backstage, identifie les cas d’usage et relie le portail à la stratégie de l’entreprise.',
      },
      es: {
        title: 'Responsable de negocio',
        description:
          'Define la estrategia de adopción de Backstage, identifica casos de uso y conecta el portal con la estrategia de negocio.',
      },
      ja: {
        title: 'ビジネスステークホルダー',
        description:
          'Backstage 導入の戦略を定め、ユースケースを見つけ、ポータルを事業戦略と結び付けます。',
      },
    },
  },
]);

/**
 * The two sections of the proposal, used when config lists none.
 */
export const BEP_SECTIONS: ReadonlyArray<
  Readonly<{
    id: string;
    title: string;
    description: string;
    translations: Readonly<Record<string, LocalizedText>>;
  }>
> = Object.freeze([
  {
    id: 'developer-portal',
    title: 'Developer Portal',
    description:
      'The developer portal you get out of the box with the core plugins.',
    translations: {
      de: {
        title: 'Entwicklerportal',
        description:
          'Das Entwicklerportal, das die Core-Plugins von Haus aus mitbringen.',
      },
      fr: {
        title: 'Portail développeur',
        description:
          'Le portail développeur fourni d’emblée par les plugins de base.',
      },
      es: {
        title: 'Portal para desarrolladores',
        description:
          'El portal para desarrolladores que traen de serie los plugins principales.',
      },
      ja: {
        title: '開発者ポータル',
        description: 'コアプラグインですぐに使える開発者ポータル。',
      },
    },
  },
  {
    id: 'framework',
    title: 'Framework',
    description: 'Backstage as a framework to build your own developer portal.',
    translations: {
      de: {
        title: 'Framework',
        description:
          'Backstage als Framework, um ein eigenes Entwicklerportal zu bauen.',
      },
      fr: {
        title: 'Framework',
        description:
          'Backstage comme framework pour construire votre propre portail développeur.',
      },
      es: {
        title: 'Framework',
        description:
          'Backstage como framework para construir tu propio portal para desarrolladores.',
      },
      ja: {
        title: 'フレームワーク',
        description:
          '独自の開発者ポータルを構築するためのフレームワークとしての Backstage。',
      },
    },
  },
]);
