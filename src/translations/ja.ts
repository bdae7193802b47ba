import { fullTranslation } from './fullTranslation';

/** The persona docs UI in Japanese. */
export default fullTranslation({
  'page.title': 'ペルソナ別ドキュメント',
  'page.subtitle': 'あなたに合ったドキュメント',
  'page.loading': 'ペルソナを確認しています…',
  'personaCards.title': 'あなたはどなたですか？',
  'personaCards.description':
    '最も当てはまるペルソナを選ぶと、このページにあなた向けのドキュメントが表示されます。いつでも変更できます。',
  'personaCards.sectionCount_one': '{{section}} に {{count}} 件',
  'personaCards.sectionCount_other': '{{section}} に {{count}} 件',
  'personaCards.everything': 'すべて表示',
  'personaCards.everythingDescription':
    'すべての項目を、対象者を示すバッジ付きで表示します',
  'personaCards.open': 'あなたはどなたですか？',
  'personaCards.close': '閉じる',
  'personaSelect.label': 'ペルソナ',
  'personaSelect.allPersonas': 'すべてのペルソナ',
  'personaSelect.allPersonasDescription':
    'すべての項目を、対象者を示すバッジ付きで表示します',
  'reason.chosen': 'あなたが選択',
  'reason.group': '{{entityRef}} のメンバーであるため',
  'reason.default': 'このポータルの既定',
  'reason.none': 'ペルソナが設定されていないため、すべての項目を表示しています',
  'reason.link': '開いたリンクから',
  'reason.unsaved': '選択を保存できませんでした。再読み込みするまで有効です',
  'reason.reset': '{{persona}} に戻す',
  'reason.useOwn': '自分のペルソナを使う（{{persona}}）',
  'sectionFilter.label': 'セクション',
  'sectionFilter.allSections': 'すべてのセクション',
  'filter.label': 'ドキュメントを絞り込む',
  'filter.placeholder': 'タイトルまたは説明',
  'filter.clear': '絞り込みをクリア',
  'section.entries_one': '{{count}} 件',
  'section.entries_other': '{{count}} 件',
  'section.matches_one': '{{count}} 件一致',
  'section.matches_other': '{{count}} 件一致',
  'section.treeLabel': '{{section}} のドキュメント',
  'section.collapsedEmpty':
    '{{section}} には {{persona}} 向けの項目がありません',
  'section.collapsedEmptyForAll': '{{section}} には項目がありません',
  'section.collapsedNoMatches': '{{section}} に一致する項目はありません',
  'section.showForAll': 'すべてのペルソナで表示',
  'section.showForAllIn': '{{section}} をすべてのペルソナで表示',
  'section.showMore': 'さらに {{next}} 件を表示（全 {{total}} 件）',
  'entry.docsNotFound': 'ドキュメントが見つかりません',
  'entry.docsNotFoundHint': 'TechDocs に {{entityRef}} のサイトがありません',
  'entry.statusUnknown': '状態不明',
  'entry.statusUnknownHint':
    'TechDocs から {{entityRef}} の応答がありません。リンクは機能する可能性があります',
  'entry.everyone': '全員',
  'entry.personasLabel': '対象',
  'entry.opensInNewTab': '（新しいタブで開きます）',
  'entry.showAll_one': '{{count}} 件を表示',
  'entry.showAll_other': '全 {{count}} 件を表示',
  'emptyState.noEntriesTitle': '{{persona}} 向けのドキュメントはまだありません',
  'emptyState.noEntriesDescription': '項目があるペルソナ：',
  'emptyState.noEntriesAnywhere': '項目があるペルソナはまだありません。',
  'emptyState.noMatchesTitle':
    '{{persona}} 向けに「{{query}}」に一致するものはありません',
  'emptyState.noMatchesDescription': '一致する項目があるペルソナ：',
  'emptyState.switchTo': '{{persona}}（{{entries}}）',
  'emptyState.notConfiguredTitle':
    'ペルソナに割り当てられたドキュメントはまだありません',
  'emptyState.notConfiguredDescription':
    '管理者は app-config.yaml の personaDocs にドキュメントの項目を記述します。例：',
  'paths.title': '学習パス',
  'paths.progress': '{{total}} 件中 {{done}} 件完了',
  'paths.progressLabel': '{{path}} の進捗',
  'paths.next': '次のステップ',
  'paths.complete': 'パス完了',
  'paths.reset': 'パスをリセット',
  'paths.steps': '{{path}} のステップ',
  'paths.stepDone': '（完了）',
  'paths.stepOf': '{{path}} のステップ {{step}} / {{total}}',
  'home.allDocs': 'あなた向けのドキュメントをすべて表示',
  'home.empty': '{{persona}} 向けのドキュメントはまだありません。',
  'addon.label': '{{persona}} 向けドキュメントでのこのページ',
  'addon.trail': 'このページの位置',
  'addon.previous': '前へ',
  'addon.next': '次へ',
  'addon.back': '{{persona}} 向けのドキュメントをすべて表示',
  'addon.markUndone': '未完了にする',
  'entity.title': 'あなたへのドキュメント',
  'entity.subtitle': 'この {{kind}} について、{{persona}} 向け',
  'entity.none':
    'この {{kind}} について {{persona}} 向けのドキュメントはありません。',
  'entity.others_one': 'ここにある {{count}} 件は他のペルソナ向けです。',
  'entity.others_other': 'ここにある {{count}} 件は他のペルソナ向けです。',
  'entity.showAll': 'すべてのペルソナを表示',
  'settings.title': 'ペルソナ',
  'settings.description':
    'あなたのペルソナによって、ドキュメントページ、ホームページ、ドキュメントリーダーで最初に表示されるドキュメントが決まります。',
  'settings.reset': '選択を解除',
  'search.open': 'これらのドキュメント内を検索',
  'search.resultsTitle': '{{persona}} のドキュメント内',
  'search.results_one': '「{{query}}」に一致するページが {{count}} 件あります',
  'search.results_other':
    '「{{query}}」に一致するページが {{count}} 件あります',
  'search.none':
    'これらのドキュメントに「{{query}}」に一致するページはありません。',
  'search.failed':
    '検索が応答しませんでした。しばらくしてから再度お試しください。',
  'search.close': '結果を閉じる',
  'search.unanswered_one':
    '{{count}} 件のサイトが応答しませんでした。そのページは表示されていません。',
  'search.unanswered_other':
    '{{count}} 件のサイトが応答しませんでした。そのページは表示されていません。',
  'search.otherPages': '{{site}} のその他のページ',
  'tabs.label': 'ペルソナ別ドキュメントの表示',
  'tabs.docs': 'ドキュメント',
  'tabs.coverage': 'カバレッジ',
  'coverage.matrixTitle': 'ペルソナ・セクションごとの項目数',
  'coverage.forEveryone_one':
    '{{total}} 件中 {{count}} 件がすべてのペルソナ向けです。',
  'coverage.forEveryone_other':
    '{{total}} 件中 {{count}} 件がすべてのペルソナ向けです。',
  'coverage.persona': 'ペルソナ',
  'coverage.total': '合計',
  'coverage.noEntries': '項目なし',
  'coverage.fewEntries': '項目が少ない',
  'coverage.sitesTitle': 'TechDocs サイト',
  'coverage.sitesSummary':
    '{{sites}} サイト：見つからない {{missing}}、読めない {{unreadable}}、古い {{stale}}',
  'coverage.site': 'サイト',
  'coverage.entries': '項目',
  'coverage.status': '状態',
  'coverage.siteChecking': '確認中…',
  'coverage.siteMissing': 'TechDocs に見つかりません',
  'coverage.siteUnreadable': 'TechDocs から応答がありません',
  'coverage.siteStale_one': '古い：{{count}} 日前にビルド',
  'coverage.siteStale_other': '古い：{{count}} 日前にビルド',
  'coverage.siteBuilt_one': '{{count}} 日前にビルド',
  'coverage.siteBuilt_other': '{{count}} 日前にビルド',
  'coverage.siteBuildUnknown': 'ビルド日時不明',
  'coverage.problemsTitle': '設定の問題',
  'coverage.noProblems': 'personaDocs の設定に問題はありません。',
  'coverage.viewAsTitle': '表示を切り替え',
  'coverage.viewAsHint':
    'カタログのユーザーまたはグループを選ぶと、そのペルソナと表示されるツリーを確認できます。',
  'coverage.viewAsLabel': 'ユーザーまたはグループ',
  'coverage.viewAsNoOptions': '一致するユーザーやグループはありません',
  'coverage.viewAsNoCatalog':
    '「表示を切り替え」にはソフトウェアカタログが必要ですが、このアプリにはありません。',
  'coverage.viewAsGone':
    '{{name}} はカタログにもう存在しません。別のユーザーまたはグループを選んでください。',
  'coverage.viewAsFailed': 'カタログから応答がありません：{{error}}',
  'coverage.viewAsResultLabel': '表示される内容',
  'coverage.viewAsResult': '{{name}} のペルソナは {{persona}}',
  'coverage.viewAsGroup': '{{entityRef}} のメンバーであるため。',
  'coverage.viewAsDefault':
    'どのグループにも割り当てられていないため、ポータルの既定です。',
  'coverage.viewAsNone':
    '該当するペルソナがないため、すべての項目が表示されます。',
  'coverage.viewAsChoice':
    '本人が選んだペルソナがあれば、そちらが優先されます。',
  'catalog.loading': 'カタログからドキュメントを読み込んでいます…',
  'catalog.slow':
    'カタログの応答が遅れています。その間は設定のドキュメントを表示しています。',
  'catalog.failed':
    'カタログのドキュメントを読み込めませんでした（{{error}}）。設定のドキュメントを表示しています。',
  'catalog.retry': '再試行',
  'catalog.endless':
    'カタログがページを送り続けたため読み込みを停止しました。それまでに受け取ったエンティティを表示しています。',
  'catalog.truncated':
    'カタログで {{max}} 件を超えるエンティティが見つかりました。最初の {{max}} 件のみ表示しています。',
  'problems.title_one': 'personaDocs の設定に {{count}} 件の問題があります',
  'problems.title_other': 'personaDocs の設定に {{count}} 件の問題があります',
  'problems.description':
    '以下の項目またはフィールドはスキップされました。それ以外はすべて表示されています。',
});
