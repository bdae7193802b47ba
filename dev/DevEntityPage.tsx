import { ReactNode, useEffect, useState } from 'react';
import {
  Content,
  Header,
  Link,
  Page,
  Progress,
  ResponseErrorPanel,
  StructuredMetadataTable,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import {
  EntityRefLinks,
  catalogApiRef,
  getEntityRelations,
} from '@backstage/plugin-catalog-react';
import { techdocsPlugin } from '@backstage/plugin-techdocs';
import { buildTechDocsURL } from '@backstage/plugin-techdocs-react';
import {
  Entity,
  RELATION_HAS_MEMBER,
  RELATION_MEMBER_OF,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useParams } from 'react-router-dom';

/**
 * A stand-in for the catalog's entity page at
 * `/catalog/:namespace/:kind/:name`, mounted on the catalog's entity route.
 * The dev apps do not install the catalog plugin, but components such as the
 * TechDocs reader header link to entities and fail when no page is mounted on
 * that route.
 *
 * @public
 */
export function DevEntityPage() {
  const { namespace = '', kind = '', name = '' } = useParams();
  const catalogApi = useApi(catalogApiRef);
  const docsLink = useRouteRef(techdocsPlugin.routes.docRoot);
  const [state, setState] = useState<{ entity?: Entity; error?: Error }>();
  useEffect(() => {
    setState(undefined);
    catalogApi.getEntityByRef({ namespace, kind, name }).then(
      entity => setState({ entity }),
      error => setState({ error }),
    );
  }, [catalogApi, namespace, kind, name]);
  const { entity, error } = state ?? {};

  let content;
  if (!state) {
    content = <Progress />;
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (!entity) {
    content = `No entity ${kind}:${namespace}/${name} in the dev catalog.`;
  } else {
    const metadata: Record<string, ReactNode> = {
      ref: stringifyEntityRef(entity),
    };
    if (entity.metadata.description) {
      metadata.description = entity.metadata.description;
    }
    const relations = {
      owner: RELATION_OWNED_BY,
      'member of': RELATION_MEMBER_OF,
      members: RELATION_HAS_MEMBER,
    };
    for (const [label, type] of Object.entries(relations)) {
      const refs = getEntityRelations(entity, type);
      if (refs.length > 0) {
        metadata[label] = <EntityRefLinks entityRefs={refs} />;
      }
    }
    const docsUrl = entity.metadata.annotations?.['backstage.io/techdocs-ref']
      ? buildTechDocsURL(entity, docsLink)
      : undefined;
    if (docsUrl) {
      metadata.docs = <Link to={docsUrl}>View TechDocs</Link>;
    }
    content = <StructuredMetadataTable metadata={metadata} />;
  }

  return (
    <Page themeId="tool">
      <Header
        title={entity?.metadata.title ?? name}
        subtitle="Dev catalog entity (the catalog plugin is not installed)"
        type={kind}
      />
      <Content>{content}</Content>
    </Page>
  );
}
