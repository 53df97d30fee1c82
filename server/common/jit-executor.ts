import { execute, getOperationAST, getVariableValues, GraphQLError, type DocumentNode, type ExecutionResult, type OperationDefinitionNode, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

// Executes operations with graphql-jit: each distinct operation (Apollo has already parsed and
// validated it, and hashed its text) is compiled once into a function that resolves and completes
// its fields directly, instead of graphql-js interpreting the document at every request. Same
// schema, same resolvers, same results (docs/decisions/0017). Apollo Server takes it through its
// gateway interface, the one way it accepts another executor.

interface ExecutorRequest {
  document: DocumentNode;
  /** The operation Apollo resolved (none when operationName names none of the document's). */
  operation?: OperationDefinitionNode;
  operationName?: string | null;
  queryHash: string;
  request: { variables?: Record<string, unknown> | null; operationName?: string | null };
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
    // An operationName naming none of the document's operations: Apollo hands `operationName: null`
    // here, which would run the document's only operation; graphql-js, given the name asked, answers
    // the error Apollo expects.
    if (!req.operation) return execute({ schema, document: req.document, operationName: req.request.operationName, contextValue: req.context, variableValues: variables });
    const query = compiledFor(req);
    if (!query) return execute({ schema, document: req.document, operationName: req.operationName, contextValue: req.context, variableValues: variables });
    const result = withExtensions(await query.query(undefined, req.context, variables));
    // No data: graphql-jit refused the variables. Its errors lack the variable's node, which Apollo
    // reads to answer 400 BAD_USER_INPUT; graphql-js's coercion gives the same verdict with it.
    if (result.data === undefined && result.errors?.length) {
      const operation = getOperationAST(req.document, req.operationName);
      const coerced = operation && getVariableValues(schema, operation.variableDefinitions ?? [], variables);
      if (coerced?.errors) return { errors: coerced.errors };
      return { errors: result.errors.map(badInput) };
    }
    return result;
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

/**
 * graphql-jit's errors have no `extensions` when the resolver's error had none (a database gone
 * away, a bug), and Apollo's normalisation then fails before formatError sees them: such errors
 * become graphql-js errors, keeping their path and original error.
 */
function withExtensions(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.some((e) => !e.extensions)) return result;
  return {
    ...result,
    errors: result.errors.map((e) => (e.extensions ? e : new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined }))),
  };
}
