import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import * as generated from '../../web/app/graphql/generated/graphql.js';

export interface WebOperation {
  name: string;
  text: string;
  operation: OperationDefinitionNode;
}

/** Every operation the store and the hub send (web/app/graphql, as codegen compiled them, fragments included). */
export function webOperations(): WebOperation[] {
  return Object.entries(generated)
    .filter(([name, value]) => name.endsWith('Document') && value instanceof generated.TypedDocumentString)
    .map(([name, value]) => {
      const text = String(value);
      const operation = parse(text).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      if (!operation) throw new Error(`${name} holds no operation`);
      return { name: name.replace(/Document$/, ''), text, operation };
    });
}
