import {
  createTranslationMessages,
  TranslationMessages,
} from '@backstage/frontend-plugin-api';
import { personaDocsTranslationRef } from '../translation';

/**
 * The persona docs UI in Spanish, checked against every English message by the
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
    'page.title': 'Docs por persona',
    'page.subtitle': 'La documentación que encaja contigo',
    'page.loading': 'Buscando tu persona…',
    'personaCards.title': '¿Quién eres?',
    'personaCards.description':
      'Elige la persona que mejor te describe y esta página mostrará los docs pensados para ti. Puedes cambiarla cuando quieras.',
    'personaCards.sectionCount_one': '{{count}} entrada en {{section}}',
    'personaCards.sectionCount_other': '{{count}} entradas en {{section}}',
    'personaCards.everything': 'Mostrarlo todo',
    'personaCards.everythingDescription':
      'Todas las entradas, con etiquetas que indican para quién son',
    'personaCards.open': '¿Quién eres?',
    'personaCards.close': 'Cerrar',
    'personaSelect.label': 'Persona',
    'personaSelect.allPersonas': 'Todas las personas',
    'personaSelect.allPersonasDescription':
      'Todas las entradas, con etiquetas que indican para quién son',
    'reason.chosen': 'Elegida por ti',
    'reason.group': 'Por tu pertenencia a {{entityRef}}',
    'reason.default': 'Predeterminada en este portal',
    'reason.none':
      'No tienes ninguna persona asignada, así que se muestran todas las entradas',
    'reason.link': 'Del enlace que abriste',
    'reason.unsaved':
      'No se pudo guardar tu elección; se aplica hasta que recargues',
    'reason.reset': 'Volver a {{persona}}',
    'reason.useOwn': 'Usar la tuya ({{persona}})',
    'sectionFilter.label': 'Sección',
    'sectionFilter.allSections': 'Todas las secciones',
    'filter.label': 'Filtrar los docs',
    'filter.placeholder': 'Título o descripción',
    'filter.clear': 'Borrar filtro',
    'section.entries_one': '{{count}} entrada',
    'section.entries_other': '{{count}} entradas',
    'section.matches_one': '{{count}} coincidencia',
    'section.matches_other': '{{count}} coincidencias',
    'section.treeLabel': 'Docs: {{section}}',
    'section.collapsedEmpty': 'Nada para {{persona}} en {{section}}',
    'section.collapsedEmptyForAll': '{{section}} no tiene entradas',
    'section.collapsedNoMatches': 'Sin coincidencias en {{section}}',
    'section.showForAll': 'Mostrar para todas las personas',
    'section.showForAllIn': 'Mostrar {{section}} para todas las personas',
    'section.showMore': 'Mostrar {{next}} más de {{total}}',
    'entry.docsNotFound': 'Docs no encontrados',
    'entry.docsNotFoundHint': 'TechDocs no tiene un sitio para {{entityRef}}',
    'entry.statusUnknown': 'Estado desconocido',
    'entry.statusUnknownHint':
      'TechDocs no respondió para {{entityRef}}; puede que el enlace funcione igualmente',
    'entry.everyone': 'Todos',
    'entry.personasLabel': 'Para',
    'entry.opensInNewTab': '(se abre en una pestaña nueva)',
    'entry.showAll_one': 'Mostrar {{count}} entrada',
    'entry.showAll_other': 'Mostrar las {{count}} entradas',
    'emptyState.noEntriesTitle': 'Aún no hay docs para {{persona}}',
    'emptyState.noEntriesDescription': 'Estas personas tienen entradas:',
    'emptyState.noEntriesAnywhere': 'Ninguna persona tiene entradas todavía.',
    'emptyState.noMatchesTitle':
      'Nada coincide con «{{query}}» para {{persona}}',
    'emptyState.noMatchesDescription': 'Estas personas tienen coincidencias:',
    'emptyState.switchTo': '{{persona}} ({{entries}})',
    'emptyState.notConfiguredTitle': 'Todavía no hay docs asignados a personas',
    'emptyState.notConfiguredDescription':
      'Los administradores declaran las entradas en personaDocs dentro de app-config.yaml, por ejemplo:',
    'paths.title': 'Rutas de aprendizaje',
    'paths.progress': '{{done}} de {{total}} hechos',
    'paths.progressLabel': 'Progreso en {{path}}',
    'paths.next': 'Siguiente paso',
    'paths.complete': 'Ruta completada',
    'paths.reset': 'Reiniciar ruta',
    'paths.steps': 'Pasos de {{path}}',
    'paths.stepDone': '(hecho)',
    'paths.stepOf': 'Paso {{step}} de {{total}} en {{path}}',
    'home.allDocs': 'Todos tus docs',
    'home.empty': 'Aún no hay docs para {{persona}}.',
    'addon.label': 'Esta página en los docs para {{persona}}',
    'addon.trail': 'Dónde está esta página',
    'addon.previous': 'Anterior',
    'addon.next': 'Siguiente',
    'addon.back': 'Todos los docs para {{persona}}',
    'addon.markUndone': 'Marcar como no hecho',
    'entity.title': 'Docs para ti',
    'entity.subtitle': 'Sobre esta entidad ({{kind}}), para {{persona}}',
    'entity.none':
      'No hay docs sobre esta entidad ({{kind}}) para {{persona}}.',
    'entity.others_one': '{{count}} entrada de aquí es para otras personas.',
    'entity.others_other':
      '{{count}} entradas de aquí son para otras personas.',
    'entity.showAll': 'Mostrar todas las personas',
    'settings.title': 'Persona',
    'settings.description':
      'Quién eres decide qué docs te muestran primero las páginas de docs, la página de inicio y el lector de docs.',
    'settings.reset': 'Olvidar mi elección',
    'search.open': 'Buscar dentro de estos docs',
    'search.resultsTitle': 'Dentro de los docs de {{persona}}',
    'search.results_one': '{{count}} página coincide con «{{query}}»',
    'search.results_other': '{{count}} páginas coinciden con «{{query}}»',
    'search.none': 'Ninguna página de estos docs coincide con «{{query}}».',
    'search.failed': 'La búsqueda no respondió; inténtalo más tarde.',
    'search.close': 'Cerrar los resultados',
    'search.unanswered_one':
      '{{count}} sitio no respondió; faltan sus páginas.',
    'search.unanswered_other':
      '{{count}} sitios no respondieron; faltan sus páginas.',
    'search.otherPages': 'Otras páginas de {{site}}',
    'tabs.label': 'Vistas de los docs por persona',
    'tabs.docs': 'Docs',
    'tabs.coverage': 'Cobertura',
    'coverage.matrixTitle': 'Entradas por persona y sección',
    'coverage.forEveryone_one':
      '{{count}} de {{total}} entradas es para todas las personas.',
    'coverage.forEveryone_other':
      '{{count}} de {{total}} entradas son para todas las personas.',
    'coverage.persona': 'Persona',
    'coverage.total': 'Total',
    'coverage.noEntries': 'Sin entradas',
    'coverage.fewEntries': 'Pocas entradas',
    'coverage.sitesTitle': 'Sitios de TechDocs',
    'coverage.sitesSummary':
      '{{sites}} sitios: {{missing}} ausentes, {{unreadable}} ilegibles, {{stale}} desactualizados',
    'coverage.site': 'Sitio',
    'coverage.entries': 'Entradas',
    'coverage.status': 'Estado',
    'coverage.siteChecking': 'Comprobando…',
    'coverage.siteMissing': 'No está en TechDocs',
    'coverage.siteUnreadable': 'TechDocs no respondió',
    'coverage.siteStale_one': 'Desactualizado: generado hace {{count}} día',
    'coverage.siteStale_other': 'Desactualizado: generado hace {{count}} días',
    'coverage.siteBuilt_one': 'Generado hace {{count}} día',
    'coverage.siteBuilt_other': 'Generado hace {{count}} días',
    'coverage.siteBuildUnknown': 'Fecha de generación desconocida',
    'coverage.problemsTitle': 'Problemas de configuración',
    'coverage.noProblems':
      'No hay problemas en la configuración de personaDocs.',
    'coverage.viewAsTitle': 'Ver como',
    'coverage.viewAsHint':
      'Elige un usuario o grupo del catálogo para ver la persona que obtendría y exactamente su árbol.',
    'coverage.viewAsLabel': 'Usuario o grupo',
    'coverage.viewAsNoOptions': 'Ningún usuario ni grupo coincide',
    'coverage.viewAsNoCatalog':
      'Ver como necesita el catálogo de software, que esta aplicación no tiene.',
    'coverage.viewAsGone':
      '{{name}} ya no está en el catálogo; elija otro usuario o grupo.',
    'coverage.viewAsFailed': 'El catálogo no respondió: {{error}}',
    'coverage.viewAsResultLabel': 'Lo que ven',
    'coverage.viewAsResult': '{{name}} obtiene {{persona}}',
    'coverage.viewAsGroup': 'Por pertenecer a {{entityRef}}.',
    'coverage.viewAsDefault':
      'El valor predeterminado del portal, ya que ningún grupo les asigna una persona.',
    'coverage.viewAsNone':
      'No se aplica ninguna persona, así que ven todas las entradas.',
    'coverage.viewAsChoice':
      'Una persona elegida por ellos mismos tendría prioridad.',
    'catalog.loading': 'Cargando docs del catálogo…',
    'catalog.slow':
      'El catálogo tarda en responder; mientras tanto se muestran los docs de la configuración.',
    'catalog.failed':
      'No se pudieron cargar los docs del catálogo ({{error}}); se muestran los docs de la configuración.',
    'catalog.retry': 'Reintentar',
    'catalog.endless':
      'El catálogo seguía enviando páginas, así que se dejó de leer; se muestran las entidades recibidas hasta entonces.',
    'catalog.truncated':
      'El catálogo encontró más de {{max}} entidades; solo se muestran las primeras {{max}}.',
    'problems.title_one':
      '{{count}} problema en la configuración de personaDocs',
    'problems.title_other':
      '{{count}} problemas en la configuración de personaDocs',
    'problems.description':
      'Las entradas o campos indicados abajo se omitieron; todo lo demás se muestra.',
  },
});

export default messages;
