import { json, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node';
import { type MetaFunction } from '@remix-run/react';
import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import graphiqlStyles from 'graphiql/style.css?url';
import { responseHeaders } from '../graphql/client.server.js';
import { pageTitle } from '../utils/meta.js';

// The GraphQL explorer of development (S8, decision 21): GraphiQL from the project's own bundle,
// so it works offline and under the page CSP, where Apollo's landing page loaded from a CDN.
// Served only while introspection is on (by default everywhere but production).

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: graphiqlStyles }];

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('graphiql.title'));

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (!context.graphqlExplorer) throw json({ code: 'NOT_FOUND', message: 'Not found' }, { status: 404, headers: responseHeaders(request) });
  return json({}, { headers: responseHeaders(request) });
}

/** Runs the explorer's operations on /graphql as the signed-in user (the session cookie goes along). */
async function fetcher(params: unknown) {
  const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(params) });
  return res.json();
}

type Explorer = ComponentType<{ fetcher: typeof fetcher }>;

export default function GraphiqlPage() {
  const { t } = useTranslation();
  const [GraphiQL, setGraphiQL] = useState<Explorer | null>(null);
  // GraphiQL's editors need a browser: loaded after hydration, in a chunk of its own.
  useEffect(() => {
    void import('graphiql').then((m) => setGraphiQL(() => m.GraphiQL as unknown as Explorer));
  }, []);
  return (
    <main className="graphiql-page">
      <h1 className="visually-hidden">{t('graphiql.title')}</h1>
      {GraphiQL ? <GraphiQL fetcher={fetcher} /> : <p className="note">{t('graphiql.loading')}</p>}
    </main>
  );
}
