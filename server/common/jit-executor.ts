import { GraphQLError, execute, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

// Executes operations with graphql-jit: each distinct operation (Apollo has already parsed and
// validated it, and hashed its text) is compiled once into a function that resolves and completes
// its fields directly, instead of graphql-js interpreting the document at every request. Same
// schema, same resolvers, same results (docs/decisions/0017). Apollo Server takes it through its
// gateway interface, the one way it accepts another executor.

interface ExecutorRequest {
  document: DocumentNode;
  operationName?: string | null;
  queryHash: string;
  request: { variables?: Record<string, unknown> | null };
  context: unknown;
}

/** Compiled operations kept per process (least recently used first out). */
const MAX_COMPILED = 500;

/**
 * Errors with no data are the request's (variables that do not fit their types, e.g. "12.5.0" for
 * a Decimal): Apollo checks variables only when it executes itself, so through a gateway they
 * would reach formatError without a code and be masked as internal errors. They are the caller's.
 */
function badInput(error: GraphQLError): GraphQLError {
  if (error.extensions?.code) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions: { ...error.extensions, code: 'BAD_USER_INPUT' } });
}

export function jitGateway(schema: GraphQLSchema) {
  // false: graphql-jit cannot compile it (graphql-js executes it).
  const compiled = new LRUCache<string, CompiledQuery | false>({ max: MAX_COMPILED });

  function compiledFor(req: ExecutorRequest): CompiledQuery | false {
    const key = `${req.queryHash}:${req.operationName ?? ''}`;
    let entry = compiled.get(key);
    if (entry === undefined) {
      const result = compileQuery(schema, req.document, req.operationName ?? undefined);
      entry = isCompiledQuery(result) ? result : false;
      compiled.set(key, entry);
    }
    return entry;
  }

  async function executor(req: ExecutorRequest): Promise<ExecutionResult> {
    const variables = req.request.variables ?? {};
    const query = compiledFor(req);
    const result = query ? await query.query(undefined, req.context, variables) : await execute({ schema, document: req.document, operationName: req.operationName, contextValue: req.context, variableValues: variables });
    return result.data === undefined && result.errors?.length ? { errors: result.errors.map(badInput) } : result;
  }

  return {
    async load() {
      return { schema, executor };
    },
    onSchemaLoadOrUpdate(callback: (schemaContext: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}
