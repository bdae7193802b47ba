import {
  createTranslationMessages,
  TranslationMessages,
} from '@backstage/frontend-plugin-api';
import { personaDocsTranslationRef } from '../translation';

/**
 * The persona docs UI in German, checked against every English message by the
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
    'page.title': 'Doku nach Persona',
    'page.subtitle': 'Die Dokumentation, die zu Ihnen passt',
    'page.loading': 'Ihre Persona wird ermittelt…',
    'personaCards.title': 'Wer sind Sie?',
    'personaCards.description':
      'Wählen Sie die Persona, die am besten zu Ihnen passt; diese Seite zeigt dann die Doku, die für Sie gedacht ist. Sie können sie jederzeit ändern.',
    'personaCards.sectionCount_one': '{{count}} Eintrag in {{section}}',
    'personaCards.sectionCount_other': '{{count}} Einträge in {{section}}',
    'personaCards.everything': 'Alles anzeigen',
    'personaCards.everythingDescription':
      'Jeder Eintrag, mit Kennzeichen, für wen er gedacht ist',
    'personaCards.open': 'Wer sind Sie?',
    'personaCards.close': 'Schließen',
    'personaSelect.label': 'Persona',
    'personaSelect.allPersonas': 'Alle Personas',
    'personaSelect.allPersonasDescription':
      'Jeder Eintrag, mit Kennzeichen, für wen er gedacht ist',
    'reason.chosen': 'Von Ihnen gewählt',
    'reason.group': 'Aus Ihrer Mitgliedschaft in {{entityRef}}',
    'reason.default': 'Standard dieses Portals',
    'reason.none':
      'Für Sie ist keine Persona festgelegt, daher werden alle Einträge angezeigt',
    'reason.link': 'Aus dem geöffneten Link',
    'reason.unsaved':
      'Ihre Wahl konnte nicht gespeichert werden; sie gilt bis zum Neuladen',
    'reason.reset': 'Zurück zu {{persona}}',
    'reason.useOwn': 'Eigene verwenden ({{persona}})',
    'sectionFilter.label': 'Bereich',
    'sectionFilter.allSections': 'Alle Bereiche',
    'filter.label': 'Doku filtern',
    'filter.placeholder': 'Titel oder Beschreibung',
    'filter.clear': 'Filter löschen',
    'section.entries_one': '{{count}} Eintrag',
    'section.entries_other': '{{count}} Einträge',
    'section.matches_one': '{{count}} Treffer',
    'section.matches_other': '{{count}} Treffer',
    'section.treeLabel': 'Doku: {{section}}',
    'section.collapsedEmpty': 'Nichts für {{persona}} in {{section}}',
    'section.collapsedEmptyForAll': '{{section}} hat keine Einträge',
    'section.collapsedNoMatches': 'Keine Treffer in {{section}}',
    'section.showForAll': 'Für alle Personas anzeigen',
    'section.showForAllIn': '{{section}} für alle Personas anzeigen',
    'section.showMore': '{{next}} weitere von {{total}} anzeigen',
    'entry.docsNotFound': 'Doku nicht gefunden',
    'entry.docsNotFoundHint': 'TechDocs hat keine Site für {{entityRef}}',
    'entry.statusUnknown': 'Status unbekannt',
    'entry.statusUnknownHint':
      'TechDocs hat für {{entityRef}} nicht geantwortet; der Link kann trotzdem funktionieren',
    'entry.everyone': 'Alle',
    'entry.personasLabel': 'Für',
    'entry.opensInNewTab': '(öffnet in einem neuen Tab)',
    'entry.showAll_one': '{{count}} Eintrag anzeigen',
    'entry.showAll_other': 'Alle {{count}} Einträge anzeigen',
    'emptyState.noEntriesTitle': 'Noch keine Doku für {{persona}}',
    'emptyState.noEntriesDescription': 'Diese Personas haben Einträge:',
    'emptyState.noEntriesAnywhere': 'Noch keine Persona hat Einträge.',
    'emptyState.noMatchesTitle': 'Nichts passt zu „{{query}}“ für {{persona}}',
    'emptyState.noMatchesDescription': 'Diese Personas haben Treffer:',
    'emptyState.switchTo': '{{persona}} ({{entries}})',
    'emptyState.notConfiguredTitle': 'Noch ist keine Doku Personas zugeordnet',
    'emptyState.notConfiguredDescription':
      'Administratoren legen Doku-Einträge unter personaDocs in app-config.yaml an, zum Beispiel:',
    'paths.title': 'Lernpfade',
    'paths.progress': '{{done}} von {{total}} erledigt',
    'paths.progressLabel': 'Fortschritt in {{path}}',
    'paths.next': 'Nächster Schritt',
    'paths.complete': 'Pfad abgeschlossen',
    'paths.reset': 'Pfad zurücksetzen',
    'paths.steps': 'Schritte von {{path}}',
    'paths.stepDone': '(erledigt)',
    'paths.stepOf': 'Schritt {{step}} von {{total}} in {{path}}',
    'home.allDocs': 'Alle Doku für Sie',
    'home.empty': 'Noch keine Doku für {{persona}}.',
    'addon.label': 'Diese Seite in der Doku für {{persona}}',
    'addon.trail': 'Wo diese Seite steht',
    'addon.previous': 'Zurück',
    'addon.next': 'Weiter',
    'addon.back': 'Alle Doku für {{persona}}',
    'addon.markUndone': 'Als nicht erledigt markieren',
    'entity.title': 'Doku für Sie',
    'entity.subtitle': 'Über diese Entität ({{kind}}), für {{persona}}',
    'entity.none': 'Keine Doku über diese Entität ({{kind}}) für {{persona}}.',
    'entity.others_one': '{{count}} Eintrag hier ist für andere Personas.',
    'entity.others_other': '{{count}} Einträge hier sind für andere Personas.',
    'entity.showAll': 'Alle Personas anzeigen',
    'settings.title': 'Persona',
    'settings.description':
      'Wer Sie sind, bestimmt, welche Doku Ihnen die Doku-Seiten, die Startseite und der Doku-Reader zuerst zeigen.',
    'settings.reset': 'Meine Wahl vergessen',
    'search.open': 'In diesen Dokus suchen',
    'search.resultsTitle': 'In der Doku für {{persona}}',
    'search.results_one': '{{count}} Seite passt zu „{{query}}“',
    'search.results_other': '{{count}} Seiten passen zu „{{query}}“',
    'search.none': 'Keine Seite in diesen Dokus passt zu „{{query}}“.',
    'search.failed':
      'Die Suche hat nicht geantwortet; versuchen Sie es später erneut.',
    'search.close': 'Ergebnisse schließen',
    'search.unanswered_one':
      '{{count}} Site hat nicht geantwortet; ihre Seiten fehlen.',
    'search.unanswered_other':
      '{{count}} Sites haben nicht geantwortet; ihre Seiten fehlen.',
    'search.otherPages': 'Weitere Seiten von {{site}}',
    'tabs.label': 'Ansichten der Doku nach Persona',
    'tabs.docs': 'Doku',
    'tabs.coverage': 'Abdeckung',
    'coverage.matrixTitle': 'Einträge je Persona und Bereich',
    'coverage.forEveryone_one':
      '{{count}} von {{total}} Einträgen ist für jede Persona.',
    'coverage.forEveryone_other':
      '{{count}} von {{total}} Einträgen sind für jede Persona.',
    'coverage.persona': 'Persona',
    'coverage.total': 'Gesamt',
    'coverage.noEntries': 'Keine Einträge',
    'coverage.fewEntries': 'Wenige Einträge',
    'coverage.sitesTitle': 'TechDocs-Sites',
    'coverage.sitesSummary':
      '{{sites}} Sites: {{missing}} fehlen, {{unreadable}} nicht lesbar, {{stale}} veraltet',
    'coverage.site': 'Site',
    'coverage.entries': 'Einträge',
    'coverage.status': 'Status',
    'coverage.siteChecking': 'Wird geprüft…',
    'coverage.siteMissing': 'Nicht in TechDocs gefunden',
    'coverage.siteUnreadable': 'TechDocs hat nicht geantwortet',
    'coverage.siteStale_one': 'Veraltet: vor {{count}} Tag gebaut',
    'coverage.siteStale_other': 'Veraltet: vor {{count}} Tagen gebaut',
    'coverage.siteBuilt_one': 'Vor {{count}} Tag gebaut',
    'coverage.siteBuilt_other': 'Vor {{count}} Tagen gebaut',
    'coverage.siteBuildUnknown': 'Build-Zeit unbekannt',
    'coverage.problemsTitle': 'Konfigurationsprobleme',
    'coverage.noProblems': 'Keine Probleme in der personaDocs-Konfiguration.',
    'coverage.viewAsTitle': 'Ansehen als',
    'coverage.viewAsHint':
      'Wählen Sie einen Benutzer oder eine Gruppe aus dem Katalog, um zu sehen, welche Persona sie bekämen und genau ihren Baum.',
    'coverage.viewAsLabel': 'Benutzer oder Gruppe',
    'coverage.viewAsNoOptions': 'Kein Benutzer und keine Gruppe passt',
    'coverage.viewAsNoCatalog':
      'Ansehen als braucht den Softwarekatalog, den diese App nicht hat.',
    'coverage.viewAsGone':
      '{{name}} ist nicht mehr im Katalog; wählen Sie einen anderen Benutzer oder eine andere Gruppe.',
    'coverage.viewAsFailed': 'Der Katalog hat nicht geantwortet: {{error}}',
    'coverage.viewAsResultLabel': 'Was sie sehen',
    'coverage.viewAsResult': '{{name}} bekommt {{persona}}',
    'coverage.viewAsGroup': 'Aus der Mitgliedschaft in {{entityRef}}.',
    'coverage.viewAsDefault':
      'Der Standard des Portals, da keine Gruppe sie einer Persona zuordnet.',
    'coverage.viewAsNone':
      'Keine Persona trifft zu, daher sehen sie alle Einträge.',
    'coverage.viewAsChoice': 'Eine selbst gewählte Persona hätte Vorrang.',
    'catalog.loading': 'Doku aus dem Katalog wird geladen…',
    'catalog.slow':
      'Der Katalog antwortet langsam; bis dahin wird die Doku aus der Konfiguration angezeigt.',
    'catalog.failed':
      'Die Doku aus dem Katalog konnte nicht geladen werden ({{error}}); die Doku aus der Konfiguration wird angezeigt.',
    'catalog.retry': 'Erneut versuchen',
    'catalog.endless':
      'Der Katalog lieferte immer weitere Seiten, daher wurde das Lesen beendet; die bis dahin gelieferten Entitäten werden angezeigt.',
    'catalog.truncated':
      'Der Katalog hat mehr als {{max}} Entitäten gefunden; nur die ersten {{max}} werden aufgeführt.',
    'problems.title_one': '{{count}} Problem in der personaDocs-Konfiguration',
    'problems.title_other':
      '{{count}} Probleme in der personaDocs-Konfiguration',
    'problems.description':
      'Die unten genannten Einträge oder Felder wurden übersprungen; alles andere wird angezeigt.',
  },
});

export default messages;
