import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isSpecifiedScalarType, isUnionType, type GraphQLNamedType } from 'graphql';
import { getSchema, printPublishedSchema } from '../../server/schema.js';

describe('schema.graphql, the published contract', () => {
  it('is current: regenerate it with `npm run schema` when this fails', async () => {
    const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await printPublishedSchema());
  });

  it('describes every type, field, argument and enum value', async () => {
    const schema = await getSchema();
    const missing: string[] = [];
    const types = Object.values(schema.getTypeMap()).filter((t: GraphQLNamedType) => !t.name.startsWith('__') && !(isScalarType(t) && isSpecifiedScalarType(t)));
    for (const type of types) {
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      if (isUnionType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });

  it('follows the API conventions: Node ids, connections, payloads with userErrors, one input', async () => {
    const schema = await getSchema();
    const node = schema.getType('Node');
    expect(isInterfaceType(node)).toBe(true);
    for (const name of ['Customer', 'Product', 'Order', 'StoreAccess', 'OutboxEmail']) {
      const type = schema.getType(name);
      expect(isObjectType(type) && type.getInterfaces().map((i) => i.name)).toContain('Node');
    }
    const mutations = schema.getMutationType()!.getFields();
    for (const [name, field] of Object.entries(mutations)) {
      const payload = field.type.toString().replace(/!$/, '');
      expect(payload, name).toMatch(/Payload$/);
      const type = schema.getType(payload);
      expect(isObjectType(type) && Object.keys(type.getFields()), name).toContain('userErrors');
      expect(field.args.length <= 1 && field.args.every((a) => a.name === 'input'), name).toBe(true);
    }
    for (const [name, field] of Object.entries(schema.getQueryType()!.getFields())) {
      if (field.type.toString().endsWith('Connection!')) {
        expect(field.args.map((a) => a.name), name).toEqual(expect.arrayContaining(['first', 'after']));
      }
    }
    expect(schema.getType('BaseEntity')).toBeUndefined();
  });
});
