import type { TypedDocumentString } from './generated/graphql';

/** The application's GraphQL endpoint, relative to the page (served at /map/) so that a servlet context path is kept. */
const endpoint = new URL('../graphql', document.baseURI);

interface GraphQlResponse<R> {
  data?: R | null;
  errors?: { message: string }[];
}

/** Sends one operation and returns its data; GraphQL errors and HTTP failures become an Error with their messages. */
export async function execute<R, V>(operation: TypedDocumentString<R, V>, variables: V, signal?: AbortSignal): Promise<R> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: operation.toString(), variables }),
    signal,
  });
  const body = (await response.json().catch(() => null)) as GraphQlResponse<R> | null;
  if (body?.errors?.length) {
    throw new Error(body.errors.map((error) => error.message).join('; '));
  }
  if (!response.ok || !body?.data) {
    throw new Error(`The API answered ${response.status} ${response.statusText}`);
  }
  return body.data;
}
