import {
  createTranslationMessages,
  TranslationMessages,
} from '@backstage/frontend-plugin-api';
import { personaDocsTranslationRef } from '../translation';

/**
 * The persona docs UI in French, checked against every English message by the
 * compiler (`full: true`).
 */
const messages: TranslationMessages<
  'plugin.persona-docs',
  { [key: string]: string },
  true
> = createTranslationMessages({
  ref: personaDocsTranslationRef,
  full: true,
  messages: {
    'page.title': 'Docs par persona',
    'page.subtitle': 'La documentation qui vous correspond',
    'page.loading': 'Recherche de votre persona…',
    'personaCards.title': 'Qui êtes-vous ?',
    'personaCards.description':
      'Choisissez la persona qui vous correspond le mieux : cette page affiche alors les docs qui vous sont destinées. Vous pouvez la changer à tout moment.',
    'personaCards.sectionCount_one': '{{count}} entrée dans {{section}}',
    'personaCards.sectionCount_other': '{{count}} entrées dans {{section}}',
    'personaCards.everything': 'Tout afficher',
    'personaCards.everythingDescription':
      'Toutes les entrées, avec des badges indiquant à qui elles s’adressent',
    'personaCards.open': 'Qui êtes-vous ?',
    'personaCards.close': 'Fermer',
    'personaSelect.label': 'Persona',
    'personaSelect.allPersonas': 'Toutes les personas',
    'personaSelect.allPersonasDescription':
      'Toutes les entrées, avec des badges indiquant à qui elles s’adressent',
    'reason.chosen': 'Choisie par vous',
    'reason.group': 'D’après votre appartenance à {{entityRef}}',
    'reason.default': 'Par défaut pour ce portail',
    'reason.none':
      'Aucune persona ne vous est attribuée : toutes les entrées sont affichées',
    'reason.link': 'D’après le lien que vous avez ouvert',
    'reason.unsaved':
      'Votre choix n’a pas pu être enregistré ; il s’applique jusqu’au rechargement',
    'reason.reset': 'Revenir à {{persona}}',
    'reason.useOwn': 'Utiliser la vôtre ({{persona}})',
    'sectionFilter.label': 'Section',
    'sectionFilter.allSections': 'Toutes les sections',
    'filter.label': 'Filtrer les docs',
    'filter.placeholder': 'Titre ou description',
    'filter.clear': 'Effacer le filtre',
    'section.entries_one': '{{count}} entrée',
    'section.entries_other': '{{count}} entrées',
    'section.matches_one': '{{count}} résultat',
    'section.matches_other': '{{count}} résultats',
    'section.treeLabel': 'Docs : {{section}}',
    'section.collapsedEmpty': 'Rien pour {{persona}} dans {{section}}',
    'section.collapsedEmptyForAll': '{{section}} n’a aucune entrée',
    'section.collapsedNoMatches': 'Aucun résultat dans {{section}}',
    'section.showForAll': 'Afficher pour toutes les personas',
    'section.showForAllIn': 'Afficher {{section}} pour toutes les personas',
    'section.showMore': 'Afficher {{next}} de plus sur {{total}}',
    'entry.docsNotFound': 'Docs introuvables',
    'entry.docsNotFoundHint': 'TechDocs n’a pas de site pour {{entityRef}}',
    'entry.statusUnknown': 'État inconnu',
    'entry.statusUnknownHint':
      'TechDocs n’a pas répondu pour {{entityRef}} ; le lien peut tout de même fonctionner',
    'entry.everyone': 'Tout le monde',
    'entry.personasLabel': 'Pour',
    'entry.opensInNewTab': '(s’ouvre dans un nouvel onglet)',
    'entry.showAll_one': 'Afficher {{count}} entrée',
    'entry.showAll_other': 'Afficher les {{count}} entrées',
    'emptyState.noEntriesTitle': 'Pas encore de docs pour {{persona}}',
    'emptyState.noEntriesDescription': 'Ces personas ont des entrées :',
    'emptyState.noEntriesAnywhere': 'Aucune persona n’a encore d’entrées.',
    'emptyState.noMatchesTitle':
      'Rien ne correspond à « {{query}} » pour {{persona}}',
    'emptyState.noMatchesDescription': 'Ces personas ont des résultats :',
    'emptyState.switchTo': '{{persona}} ({{entries}})',
    'emptyState.notConfiguredTitle':
      'Aucune doc n’est encore associée à des personas',
    'emptyState.notConfiguredDescription':
      'Les administrateurs déclarent les entrées sous personaDocs dans app-config.yaml, par exemple :',
    'paths.title': 'Parcours d’apprentissage',
    'paths.progress': '{{done}} sur {{total}} faits',
    'paths.progressLabel': 'Progression dans {{path}}',
    'paths.next': 'Étape suivante',
    'paths.complete': 'Parcours terminé',
    'paths.reset': 'Réinitialiser le parcours',
    'paths.steps': 'Étapes de {{path}}',
    'paths.stepDone': '(fait)',
    'paths.stepOf': 'Étape {{step}} sur {{total}} de {{path}}',
    'home.allDocs': 'Toutes vos docs',
    'home.empty': 'Pas encore de docs pour {{persona}}.',
    'addon.label': 'Cette page dans les docs pour {{persona}}',
    'addon.trail': 'Où se situe cette page',
    'addon.previous': 'Précédent',
    'addon.next': 'Suivant',
    'addon.back': 'Toutes les docs pour {{persona}}',
    'addon.markUndone': 'Marquer comme non fait',
    'entity.title': 'Docs pour vous',
    'entity.subtitle': 'Sur cette entité ({{kind}}), pour {{persona}}',
    'entity.none': 'Aucune doc sur cette entité ({{kind}}) pour {{persona}}.',
    'entity.others_one':
      '{{count}} entrée ici est destinée à d’autres personas.',
    'entity.others_other':
      '{{count}} entrées ici sont destinées à d’autres personas.',
    'entity.showAll': 'Afficher toutes les personas',
    'settings.title': 'Persona',
    'settings.description':
      'Qui vous êtes décide des docs que les pages de docs, la page d’accueil et le lecteur de docs vous montrent en premier.',
    'settings.reset': 'Oublier mon choix',
    'search.open': 'Rechercher dans ces docs',
    'search.resultsTitle': 'Dans les docs de {{persona}}',
    'search.results_one': '{{count}} page correspond à « {{query}} »',
    'search.results_other': '{{count}} pages correspondent à « {{query}} »',
    'search.none': 'Aucune page de ces docs ne correspond à « {{query}} ».',
    'search.failed': 'La recherche n’a pas répondu ; réessayez plus tard.',
    'search.close': 'Fermer les résultats',
    'search.unanswered_one':
      '{{count}} site n’a pas répondu ; ses pages manquent.',
    'search.unanswered_other':
      '{{count}} sites n’ont pas répondu ; leurs pages manquent.',
    'search.otherPages': 'Autres pages de {{site}}',
    'tabs.label': 'Vues des docs par persona',
    'tabs.docs': 'Docs',
    'tabs.coverage': 'Couverture',
    'coverage.matrixTitle': 'Entrées par persona et par section',
    'coverage.forEveryone_one':
      '{{count}} entrée sur {{total}} est destinée à toutes les personas.',
    'coverage.forEveryone_other':
      '{{count}} entrées sur {{total}} sont destinées à toutes les personas.',
    'coverage.persona': 'Persona',
    'coverage.total': 'Total',
    'coverage.noEntries': 'Aucune entrée',
    'coverage.fewEntries': 'Peu d’entrées',
    'coverage.sitesTitle': 'Sites TechDocs',
    'coverage.sitesSummary':
      '{{sites}} sites : {{missing}} manquants, {{unreadable}} illisibles, {{stale}} périmés',
    'coverage.site': 'Site',
    'coverage.entries': 'Entrées',
    'coverage.status': 'État',
    'coverage.siteChecking': 'Vérification…',
    'coverage.siteMissing': 'Introuvable dans TechDocs',
    'coverage.siteUnreadable': 'TechDocs n’a pas répondu',
    'coverage.siteStale_one': 'Périmé : construit il y a {{count}} jour',
    'coverage.siteStale_other': 'Périmé : construit il y a {{count}} jours',
    'coverage.siteBuilt_one': 'Construit il y a {{count}} jour',
    'coverage.siteBuilt_other': 'Construit il y a {{count}} jours',
    'coverage.siteBuildUnknown': 'Date de construction inconnue',
    'coverage.problemsTitle': 'Problèmes de configuration',
    'coverage.noProblems': 'Aucun problème dans la configuration personaDocs.',
    'coverage.viewAsTitle': 'Voir en tant que',
    'coverage.viewAsHint':
      'Choisissez un utilisateur ou un groupe du catalogue pour voir la persona qu’il obtiendrait, et exactement son arbre.',
    'coverage.viewAsLabel': 'Utilisateur ou groupe',
    'coverage.viewAsNoOptions': 'Aucun utilisateur ni groupe ne correspond',
    'coverage.viewAsNoCatalog':
      'Voir comme a besoin du catalogue logiciel, que cette application n’a pas.',
    'coverage.viewAsGone':
      '{{name}} n’est plus dans le catalogue ; choisissez un autre utilisateur ou groupe.',
    'coverage.viewAsFailed': 'Le catalogue n’a pas répondu : {{error}}',
    'coverage.viewAsResultLabel': 'Ce qu’ils voient',
    'coverage.viewAsResult': '{{name}} obtient {{persona}}',
    'coverage.viewAsGroup': 'D’après l’appartenance à {{entityRef}}.',
    'coverage.viewAsDefault':
      'La valeur par défaut du portail, aucun groupe ne les associant à une persona.',
    'coverage.viewAsNone':
      'Aucune persona ne s’applique : ils voient toutes les entrées.',
    'coverage.viewAsChoice': 'Une persona choisie par eux-mêmes l’emporterait.',
    'catalog.loading': 'Chargement des docs depuis le catalogue…',
    'catalog.slow':
      'Le catalogue tarde à répondre ; les docs de la configuration sont affichées en attendant.',
    'catalog.failed':
      'Les docs du catalogue n’ont pas pu être chargées ({{error}}) ; les docs de la configuration sont affichées.',
    'catalog.retry': 'Réessayer',
    'catalog.endless':
      'Le catalogue envoyait sans fin de nouvelles pages ; la lecture s’est arrêtée et les entités reçues jusque-là sont listées.',
    'catalog.truncated':
      'Le catalogue a trouvé plus de {{max}} entités ; seules les {{max}} premières sont listées.',
    'problems.title_one':
      '{{count}} problème dans la configuration personaDocs',
    'problems.title_other':
      '{{count}} problèmes dans la configuration personaDocs',
    'problems.description':
      'Les entrées ou champs cités ci-dessous ont été ignorés ; tout le reste est affiché.',
  },
});

export default messages;
